package org.imrengine.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.imrengine.medication.Drug;
import org.imrengine.medication.DrugCatalog;
import org.imrengine.medication.Prescription;
import org.imrengine.medication.PrescriptionReader;
import org.imrengine.model.CaseFileProblem.Code;

/**
 * Reads case files (JSON, the format in {@code docs/case-format.md}) into {@link CaseFile}s,
 * validating everything on the way in. Nothing is defaulted silently: unknown fields, missing
 * required fields, values outside their vocabulary or bounds, and dates that cannot all be true
 * are problems. Every problem of a file is reported at once, each with a stable code, the JSON path
 * and a message: {@link #validate} returns them, {@link #read} and {@link #parse} throw them in a
 * {@link CaseFileException}.
 *
 * <p>The format is also given as a JSON Schema (draft 2020-12), {@link #SCHEMA_RESOURCE}; the
 * reader checks more than the schema can say (date order, duplicate ids, references, quantities
 * that do not fit their frequency).
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseFileReader {
  /** The class-path resource of the case format's JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/org/imrengine/model/case-format.schema.json";

  /**
   * The largest case file read, in bytes (the sample cases are under 20 KB). Larger input is
   * refused before it is parsed: a case needs several times its size in memory.
   */
  public static final int MAX_BYTES = 2 << 20;
  /**
   * The deepest nesting of objects and arrays read (the format itself needs 6). Deeper input is
   * refused while it is parsed, before any tree is built.
   */
  public static final int MAX_DEPTH = 32;
  /** The most digits a number may have (no quantity of the format needs more than 10). */
  public static final int MAX_NUMBER_LENGTH = 32;

  private static final ObjectReader JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(MAX_BYTES)
              .maxNestingDepth(MAX_DEPTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .build())
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      // Content after the case object (a stray brace from an edit) is an error, not ignored.
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build()
      .readerFor(JsonNode.class);

  // "C5-C6", "C5-6", "L5-S1", "L4"
  private static final Pattern LEVEL = Pattern.compile("^[CTLS]\\d{1,2}(-[CTLS]?\\d{1,2})?$");

  private CaseFileReader() {}

  /**
   * Reads the case file at {@code file}.
   *
   * @param file the file to read
   * @return a case file
   * @throws IOException if the file cannot be read
   * @throws CaseFileException listing every problem, if its content is not a valid case file
   */
  public static CaseFile read(Path file) throws IOException {
    return read(file, DrugCatalog.builtIn());
  }

  /**
   * Reads the case file at {@code file}, naming drugs of {@code drugs}.
   *
   * @param file the case file
   * @param drugs the drug vocabulary its medications are named from
   * @return the case file
   * @throws IOException if the file cannot be read
   * @throws CaseFileException listing every problem, if its content is not a valid case file
   */
  public static CaseFile read(Path file, DrugCatalog drugs) throws IOException {
    String source = file.getFileName().toString();
    String text = text(file);
    if (text == null) {
      throw new CaseFileException(source, List.of(tooLarge()));
    }
    return parse(text, source, drugs);
  }

  /**
   * The file as text, strict UTF-8, or null when it has more than {@link #MAX_BYTES}: no more than
   * that (and one byte) is read, so an oversize file or an endless stream fills no memory.
   */
  private static String text(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      return null;
    }
    // A malformed or unmappable byte is a CharacterCodingException, as from Files.readString.
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static CaseFileProblem tooLarge() {
    return new CaseFileProblem(Code.TOO_LARGE, "$", "too large: a case file has at most " + MAX_BYTES
        + " bytes");
  }

  /**
   * Parses a case file from JSON text.
   *
   * @param json the JSON text
   * @param source the name to use in error messages, usually the file name
   * @return a case file
   * @throws CaseFileException listing every problem, if the text is not a valid case file
   */
  public static CaseFile parse(String json, String source) {
    return parse(json, source, DrugCatalog.builtIn());
  }

  /**
   * Parses a case file from JSON text, naming drugs of {@code drugs} (the built-in vocabulary is
   * {@link DrugCatalog#builtIn()}).
   *
   * @param json the JSON text
   * @param source the name to use in error messages, usually the file name
   * @param drugs the drug vocabulary its medications are named from
   * @return a case file
   * @throws CaseFileException listing every problem, if the text is not a valid case file
   */
  public static CaseFile parse(String json, String source, DrugCatalog drugs) {
    Result result = run(json, drugs);
    if (!result.problems.isEmpty()) {
      throw new CaseFileException(source, result.problems);
    }
    return result.file;
  }

  /**
   * Checks the case file at {@code file} without evaluating it.
   *
   * @param file the file to read
   * @return every problem of the file, in file order; empty when it is a valid case file
   * @throws IOException if the file cannot be read
   */
  public static List<CaseFileProblem> validate(Path file) throws IOException {
    String text = text(file);
    return text == null ? List.of(tooLarge()) : validate(text);
  }

  /**
   * Checks the case file at {@code file}, reading it with the vocabulary of {@code drugs} (its
   * drugs, and the services, categories and codes of the rule base it was compiled with), without
   * evaluating it.
   *
   * @param file the file to read
   * @param drugs the drug vocabulary of the rule base, such as {@code RuleBase.drugs()}
   * @return every problem of the file, in file order; empty when it is a valid case file
   * @throws IOException if the file cannot be read
   */
  public static List<CaseFileProblem> validate(Path file, DrugCatalog drugs) throws IOException {
    String text = text(file);
    return text == null ? List.of(tooLarge()) : validate(text, drugs);
  }

  /**
   * Checks case-file JSON text without evaluating it.
   *
   * @param json the JSON text
   * @return every problem of the text, in file order; empty when it is a valid case file
   */
  public static List<CaseFileProblem> validate(String json) {
    return run(json, DrugCatalog.builtIn()).problems;
  }

  /**
   * Checks case-file JSON text, naming drugs of {@code drugs}, without evaluating it.
   *
   * @param json the JSON text
   * @param drugs the drug vocabulary its medications are named from
   * @return every problem of the text, in file order; empty when it is a valid case file
   */
  public static List<CaseFileProblem> validate(String json, DrugCatalog drugs) {
    return run(json, drugs).problems;
  }

  private static final class Result {
    final CaseFile file;
    final List<CaseFileProblem> problems;

    Result(CaseFile file, List<CaseFileProblem> problems) {
      this.file = file;
      this.problems = problems;
    }
  }

  private static Result run(String json, DrugCatalog drugs) {
    if (json.length() > MAX_BYTES) {
      return failed(tooLarge());
    }
    JsonNode root;
    try {
      root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json); // a byte-order mark is skipped, as in rule files
    } catch (StreamConstraintsException e) {
      return failed(limit(e));
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      return failed(new CaseFileProblem(Code.MALFORMED_JSON, "$",
          "malformed JSON" + at + ": " + syntax(e.getOriginalMessage())));
    }
    if (root == null || root.isMissingNode()) {
      return failed(new CaseFileProblem(Code.MALFORMED_JSON, "$", "empty file"));
    }
    Reading reading = new Reading(drugs);
    CaseFile file = reading.caseFile(JsonObject.of(reading.problems, "$", root));
    return new Result(file, reading.problems.list());
  }

  /**
   * The parser's description of a syntax error, without the parser's internals (the feature or
   * type names some of its messages quote).
   */
  private static String syntax(String message) {
    if (message == null || message.isBlank()) {
      return "not valid JSON";
    }
    if (message.startsWith("Trailing token")) {
      return "content after the case object";
    }
    String out = message;
    for (String internal : new String[] {"\n", " (bound as", ": not allowed as per", "`"}) {
      int cut = out.indexOf(internal);
      if (cut >= 0) {
        out = out.substring(0, cut);
      }
    }
    return out.isBlank() ? "not valid JSON" : out.strip();
  }

  /** The reader's own words for a parser limit, at the place it was reached. */
  private static CaseFileProblem limit(StreamConstraintsException e) {
    JsonLocation where = e.getLocation();
    String at = where == null || where.getLineNr() < 1 ? ""
        : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    String message = e.getOriginalMessage();
    String what;
    if (message.contains("nesting depth")) {
      what = "nested too deeply" + at + ": objects and arrays nest at most " + MAX_DEPTH + " deep";
    } else if (message.contains("Number value length")) {
      what = "number too long" + at + ": a number has at most " + MAX_NUMBER_LENGTH + " digits";
    } else if (message.contains("Document length")) {
      return tooLarge();
    } else {
      what = "value too long" + at;
    }
    return new CaseFileProblem(Code.TOO_LARGE, "$", what);
  }

  private static Result failed(CaseFileProblem problem) {
    return new Result(null, List.of(problem));
  }

  /** One read of one file: collects problems, and remembers ids and item paths. */
  private static final class Reading {
    private static final String[] ITEM = {"id", "date", "text", "from", "codes"};

    final Problems problems = new Problems();
    private final DrugCatalog drugs;
    private final Vocabulary vocabulary;
    private final PrescriptionReader prescriptions;
    private final Map<String, String> idPaths = new HashMap<>();
    // The JSON path of every item read, per list, in list order (items with problems are dropped).
    private final Map<String, List<String>> itemPaths = new HashMap<>();
    private final List<JsonObject> references = new ArrayList<>();

    Reading(DrugCatalog drugs) {
      this.drugs = drugs;
      this.vocabulary = drugs.vocabulary();
      this.prescriptions = drugs.prescriptions();
    }

    CaseFile caseFile(JsonObject o) {
      int mark = problems.mark();
      o.allow("caseId", "asOf", "claimant", "injuryDate", "diagnoses", "symptoms", "findings",
          "treatments", "studies", "redFlags", "events", "plans", "conditions", "surgeries",
          "examSummaries", "medications", "observations", "requests");
      String caseId = o.string("caseId");
      var asOf = o.date("asOf");
      Optional<DateSpan> injury = o.optSpan("injuryDate");
      Claimant claimant = o.optObject("claimant", this::claimant)
          .orElse(new Claimant(Optional.empty(), Optional.empty()));
      CaseFile.Builder b = CaseFile.builder().caseId(caseId).asOf(asOf).injuryDate(injury)
          .claimant(claimant == null ? new Claimant(Optional.empty(), Optional.empty()) : claimant);
      list(o, "diagnoses", this::diagnosis).forEach(b::diagnosis);
      list(o, "symptoms", this::symptom).forEach(b::symptom);
      list(o, "findings", this::finding).forEach(b::finding);
      list(o, "treatments", this::treatment).forEach(b::treatment);
      list(o, "studies", this::study).forEach(b::study);
      list(o, "redFlags", this::redFlag).forEach(b::redFlag);
      list(o, "events", this::event).forEach(b::event);
      list(o, "plans", this::plan).forEach(b::plan);
      list(o, "conditions", this::condition).forEach(b::condition);
      list(o, "surgeries", this::surgery).forEach(b::surgery);
      list(o, "examSummaries", this::examSummary).forEach(b::examSummary);
      list(o, "medications", this::medication).forEach(b::medication);
      list(o, "observations", this::observation).forEach(b::observation);
      List<Request> requests = list(o, "requests", this::request);
      if (!o.has("requests") || (requests.isEmpty() && !problems.since(mark))) {
        o.fail(Code.MISSING_FIELD, "$.requests", "missing required field (at least one disputed request)");
      }
      requests.forEach(b::request);
      checkReferences();
      if (caseId == null || asOf == null || requests.isEmpty()) {
        return null;
      }
      CaseFile file = problems.build(problems.mark(), "$", b::buildWithoutDateChecks);
      if (file == null) {
        return null;
      }
      for (CaseFileProblem p : CaseDates.problems(file, (list, i) -> itemPaths.get(list).get(i))) {
        problems.add(p.code(), p.path(), p.message());
      }
      return problems.isEmpty() ? file : null;
    }

    private <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> reader) {
      List<String> paths = itemPaths.computeIfAbsent(name, k -> new ArrayList<>());
      return o.list(name, element -> {
        T item = reader.apply(element);
        if (item != null) {
          paths.add(element.path());
        }
        return item;
      });
    }

    private void checkReferences() {
      for (JsonObject o : references) {
        String about = o.optString("about").orElse(null);
        if (about != null && !idPaths.containsKey(about)) {
          o.fail(Code.UNKNOWN_REFERENCE, o.at("about"), "no item of the file has id '" + about + "'");
        }
      }
    }

    private Claimant claimant(JsonObject o) {
      int mark = problems.mark();
      o.allow("age", "sex");
      Optional<Integer> age = o.optInt("age", 0, 130);
      Optional<Sex> sex = o.optTerm("sex", Sex.class);
      return problems.build(mark, o.path(), () -> new Claimant(age, sex));
    }

    private String id(JsonObject o) {
      String id = o.string("id");
      if (id == null) {
        return null;
      }
      String earlier = idPaths.putIfAbsent(id, o.path());
      if (earlier != null) {
        o.fail(Code.DUPLICATE_ID, o.at("id"), "duplicate id '" + id + "' (also at " + earlier + ")");
      }
      return id;
    }

    private static String[] with(String... extra) {
      String[] all = new String[ITEM.length + extra.length];
      System.arraycopy(ITEM, 0, all, 0, ITEM.length);
      System.arraycopy(extra, 0, all, ITEM.length, extra.length);
      return all;
    }

    private static Provenance from(JsonObject o) {
      return o.optTerm("from", Provenance.class).orElse(Provenance.SUMMARY);
    }

    private List<StandardCode> codes(JsonObject o) {
      return o.list("codes", c -> {
        int mark = problems.mark();
        c.allow("system", "code");
        CodeSystem system = c.term("system", CodeSystem.class);
        String code = c.string("code");
        return problems.build(mark, c.at("code"), () -> new StandardCode(system, code));
      });
    }

    private Diagnosis diagnosis(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("category", "region", "side"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var category = o.term("category", vocabulary.diagnosisCategories());
      var region = o.optTerm("region", Region.class);
      var side = o.optTerm("side", Side.class);
      var codes = codes(o);
      return problems.build(mark, o.path(),
          () -> new Diagnosis(id, date, text, from, category, region, side, codes));
    }

    private Symptom symptom(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("region", "side", "onset", "radiation"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var region = o.term("region", Region.class);
      var side = o.optTerm("side", Side.class);
      var onset = o.optSpan("onset");
      var radiation = o.optTerm("radiation", Radiation.class);
      var codes = codes(o);
      return problems.build(mark, o.path(),
          () -> new Symptom(id, date, text, from, region, side, onset, radiation, codes));
    }

    private Finding finding(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("type", "region", "side", "result", "level", "twitchResponse", "referredPain"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var type = o.term("type", vocabulary.findingTypes());
      var region = o.term("region", Region.class);
      var side = o.optTerm("side", Side.class);
      var result = o.term("result", FindingResult.class);
      Optional<String> level = o.optString("level");
      level.ifPresent(l -> checkLevel(o, "level", l));
      var twitch = o.optBool("twitchResponse");
      var referred = o.optBool("referredPain");
      var codes = codes(o);
      return problems.build(mark, o.path(), () -> new Finding(id, date, text, from, type, region,
          side, result, level, twitch, referred, codes));
    }

    private Treatment treatment(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("service", "region", "start", "end", "weeks", "visits", "response",
          "reliefPercent", "reliefWeeks", "functionalImprovement", "given", "authorized",
          "completed", "side"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var service = o.term("service", vocabulary.services());
      var region = o.optTerm("region", Region.class);
      var start = o.optSpan("start");
      var end = o.optSpan("end");
      var weeks = o.optInt("weeks", 0, 520);
      var visits = o.optInt("visits", 0, Amount.MAX);
      var response = o.optTerm("response", Response.class);
      var relief = o.optInt("reliefPercent", 0, 100);
      var reliefWeeks = o.optInt("reliefWeeks", 0, 520);
      var improvement = o.optBool("functionalImprovement");
      var given = o.optBool("given");
      var authorized = o.optBool("authorized");
      var completed = o.optBool("completed");
      var side = o.optTerm("side", Side.class);
      var codes = codes(o);
      return problems.build(mark, o.path(), () -> new Treatment(id, date, text, from, service,
          region, start, end, weeks, visits, response, relief, reliefWeeks, improvement, given,
          authorized, completed, codes, side));
    }

    private Study study(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("service", "region", "result", "level", "radiculopathy", "side"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      Service service = o.term("service", vocabulary.services());
      if (service != null && !service.isStudy()) {
        o.fail(Code.BAD_VALUE, o.at("service"),
            "'" + service.id() + "' is not a diagnostic study (expected imaging, emg_ncv or a test)");
      }
      var region = o.term("region", Region.class);
      var result = o.optTerm("result", StudyResult.class);
      var level = o.optString("level");
      var radiculopathy = o.optBool("radiculopathy");
      var side = o.optTerm("side", Side.class);
      var codes = codes(o);
      return problems.build(mark, o.path(), () -> new Study(id, date, text, from, service, region,
          result, level, radiculopathy, side, codes));
    }

    private RedFlag redFlag(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("kind", "present", "region"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var kind = o.term("kind", RedFlagKind.class);
      Boolean present = o.bool("present");
      var region = o.optTerm("region", Region.class);
      var codes = codes(o);
      return problems.build(mark, o.path(),
          () -> new RedFlag(id, date, text, from, kind, present, region, codes));
    }

    private ClinicalEvent event(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("kind", "present", "region"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var kind = o.term("kind", EventKind.class);
      Boolean present = o.bool("present");
      var region = o.optTerm("region", Region.class);
      var codes = codes(o);
      return problems.build(mark, o.path(),
          () -> new ClinicalEvent(id, date, text, from, kind, present, region, codes));
    }

    private Plan plan(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("service", "region", "present", "side"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var service = o.term("service", vocabulary.services());
      var region = o.term("region", Region.class);
      Boolean present = o.bool("present");
      var side = o.optTerm("side", Side.class);
      var codes = codes(o);
      return problems.build(mark, o.path(),
          () -> new Plan(id, date, text, from, service, region, present, codes, side));
    }

    private Condition condition(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("kind", "present"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var kind = o.term("kind", ConditionKind.class);
      Boolean present = o.bool("present");
      var codes = codes(o);
      return problems.build(mark, o.path(),
          () -> new Condition(id, date, text, from, kind, present, codes));
    }

    private Surgery surgery(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("kind", "region", "side", "levels"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      Service kind = o.term("kind", vocabulary.services());
      if (kind != null && kind.kind() != Service.Kind.SURGERY) {
        o.fail(Code.BAD_VALUE, o.at("kind"), "'" + kind.id() + "' is not a surgery (expected "
            + "fusion_surgery, decompression_surgery, discectomy, arthroplasty, arthroscopy or other_surgery)");
      }
      var region = o.term("region", Region.class);
      var side = o.optTerm("side", Side.class);
      List<String> levels = levels(o);
      var codes = codes(o);
      return problems.build(mark, o.path(),
          () -> new Surgery(id, date, text, from, kind, region, side, levels, codes));
    }

    private ExamSummary examSummary(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("region", "side", "consistentWith", "normal"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var region = o.term("region", Region.class);
      var side = o.optTerm("side", Side.class);
      var consistentWith = o.optTerm("consistentWith", vocabulary.diagnosisCategories());
      var normal = o.optBool("normal");
      var codes = codes(o);
      return problems.build(mark, o.path(), () -> new ExamSummary(id, date, text, from, region,
          side, consistentWith, normal, codes));
    }

    private Medication medication(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("drug", "drugId", "drugClass", "dose", "quantity", "directions", "rate", "start",
          "end", "response", "painWith", "painWithout", "functionalImprovement", "sideEffects", "weeks",
          "adverseEffects", "aberrantBehavior", "functionalChange", "ingredients"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      var drug = o.string("drug");
      var drugId = o.optString("drugId");
      var drugClass = o.optTerm("drugClass", vocabulary.services());
      var dose = o.optObject("dose", this::dose);
      var quantity = o.optObject("quantity", this::amount);
      var directions = o.optString("directions");
      var rate = o.optObject("rate", this::rate);
      var start = o.optSpan("start");
      var end = o.optSpan("end");
      var response = o.optTerm("response", Response.class);
      var painWith = o.optInt("painWith", 0, 10);
      var painWithout = o.optInt("painWithout", 0, 10);
      var improvement = o.optBool("functionalImprovement");
      var sideEffects = o.strings("sideEffects");
      var codes = codes(o);
      var weeks = o.optInt("weeks", 0, 1040);
      var adverse = o.optTerm("adverseEffects", AdverseEffects.class);
      var aberrant = o.optBool("aberrantBehavior");
      var change = o.optString("functionalChange");
      List<Ingredient> ingredients = o.list("ingredients", this::ingredient);
      drugId.ifPresent(d -> knownDrug(o, "drugId", d));
      // The drug as written fills what is not given by hand; a name outside the vocabulary stays unclassed.
      Optional<MedicationOrder> read = drug == null ? Optional.empty()
          : prescriptions.read(drug + directions.map(d -> " " + d).orElse("")).order();
      if (read.isPresent() && read.get().drug().isPresent() && drugId.isPresent()
          && !drugId.get().equals(read.get().drug().get())) {
        read = Optional.empty();
      }
      if (drugId.isEmpty() && read.isPresent()) {
        drugId = read.get().drug();
      }
      if (drugClass.isEmpty() && drugId.isPresent() && read.isPresent()) {
        drugClass = drugs.serviceOf(read.get());
      } else if (drugClass.isEmpty() && drugId.isPresent()) {
        drugClass = drugs.drug(drugId.get()).map(Drug::service);
      }
      if (ingredients.isEmpty() && read.isPresent()) {
        ingredients = read.get().ingredients();
      }
      if (ingredients.isEmpty() && drugId.isPresent() && dose.isPresent()) {
        ingredients = doseAsStrength(drugId.get(), dose.get());
      }
      Optional<Directions> schedule = read.flatMap(MedicationOrder::directions);
      var finalDrugId = drugId;
      var finalClass = drugClass;
      var finalIngredients = ingredients;
      return problems.build(mark, o.path(), () -> new Medication(id, date, text, from, drug,
          finalDrugId, finalClass, dose, quantity, directions, rate, start, end, response, painWith,
          painWithout, improvement, sideEffects, codes, weeks, adverse, aberrant, change, finalIngredients,
          schedule));
    }

    /** A dose of a single drug as its strength a unit. */
    private List<Ingredient> doseAsStrength(String drugId, Dose dose) {
      Optional<Drug> d = drugs.drug(drugId);
      if (d.isEmpty() || d.get().isCombination() || (dose.unit() != Unit.MG && dose.unit() != Unit.MCG)) {
        return List.of();
      }
      StrengthUnit unit = dose.unit() == Unit.MG ? StrengthUnit.MG : StrengthUnit.MCG;
      return List.of(new Ingredient(drugId, Optional.of(new Strength(dose.amount(), unit))));
    }

    private void knownDrug(JsonObject o, String field, String id) {
      if (drugs.drug(id).isEmpty()) {
        o.fail(Code.UNKNOWN_VALUE, o.at(field), "unknown drug '" + id
            + "' (not in the drug vocabulary, rules/drugs.yaml; see docs/medications.md)");
      }
    }

    private Ingredient ingredient(JsonObject o) {
      int mark = problems.mark();
      o.allow("drug", "strength");
      String drug = o.string("drug");
      if (drug != null) {
        knownDrug(o, "drug", drug);
      }
      Optional<Strength> strength = o.optObject("strength", this::strength);
      return problems.build(mark, o.path(), () -> new Ingredient(drug, strength));
    }

    private Strength strength(JsonObject o) {
      return measured(o, StrengthUnit.class, Strength::new);
    }

    /** {@code {"amount": <decimal>, "unit": <unit>}}, both required: a dose or a strength. */
    private <U extends Enum<U> & Term, T> T measured(JsonObject o, Class<U> units,
        java.util.function.BiFunction<java.math.BigDecimal, U, T> make) {
      int mark = problems.mark();
      o.allow("amount", "unit");
      var amount = o.optDecimal("amount");
      if (!o.has("amount")) {
        o.fail(Code.MISSING_FIELD, o.at("amount"), "missing required field");
      }
      U unit = o.term("unit", units);
      return problems.build(mark, o.path(), () -> make.apply(amount.get(), unit));
    }

    private DoseRange doseRange(JsonObject parent, String name) {
      if (!parent.has(name)) {
        return null;
      }
      if (parent.isObjectField(name)) {
        return parent.optObject(name, r -> {
          int mark = problems.mark();
          r.allow("min", "max");
          var min = r.optDecimal("min");
          var max = r.optDecimal("max");
          if (!r.has("min") || !r.has("max")) {
            r.fail(Code.MISSING_FIELD, r.path(), "a range has min and max");
          }
          return problems.build(mark, r.path(), () -> new DoseRange(min.get(), max.get()));
        }).orElse(null);
      }
      Optional<java.math.BigDecimal> n = parent.optDecimal(name);
      if (n.isEmpty()) {
        return null;
      }
      int mark = problems.mark();
      return problems.build(mark, parent.at(name), () -> DoseRange.of(n.get()));
    }

    private Directions directions(JsonObject o) {
      int mark = problems.mark();
      o.allow("unitsPerDose", "timesPerDay", "everyHours", "asNeeded");
      o.exclusive("timesPerDay", "everyHours");
      DoseRange units = doseRange(o, "unitsPerDose");
      DoseRange times = doseRange(o, "timesPerDay");
      DoseRange every = doseRange(o, "everyHours");
      var asNeeded = o.optBool("asNeeded");
      return problems.build(mark, o.path(), () -> new Directions(Optional.ofNullable(units),
          Optional.ofNullable(times), Optional.ofNullable(every), asNeeded));
    }

    /** A request's drug in parts; the prescription string fills what is not given by hand. */
    private MedicationOrder medicationOrder(JsonObject o) {
      int mark = problems.mark();
      o.allow("prescription", "drug", "ingredients", "form", "route", "directions", "quantity",
          "daysSupply", "refills");
      Optional<String> prescription = o.optString("prescription");
      Optional<String> drug = o.optString("drug");
      drug.ifPresent(d -> knownDrug(o, "drug", d));
      List<Ingredient> ingredients = o.list("ingredients", this::ingredient);
      Optional<DoseForm> form = o.optTerm("form", DoseForm.class);
      Optional<Route> route = o.optTerm("route", Route.class);
      Optional<Directions> directions = o.optObject("directions", this::directions);
      Optional<Amount> quantity = o.optObject("quantity", this::amount);
      Optional<Integer> daysSupply = o.optInt("daysSupply", 1, MedicationOrder.MAX_DAYS_SUPPLY);
      Optional<Integer> refills = o.optInt("refills", 0, MedicationOrder.MAX_REFILLS);
      if (prescription.isEmpty() && !o.has("drug") && !o.has("ingredients")) {
        o.fail(Code.MISSING_FIELD, o.path(), "a medication names its drug: give prescription, drug or ingredients");
      }
      boolean handComplete = (o.has("drug") || o.has("ingredients")) && o.has("directions") && o.has("quantity");
      if (prescription.isPresent() && !handComplete && !problems.since(mark)) {
        Prescription p = prescriptions.read(prescription.get());
        String at = o.at("prescription");
        for (String problem : p.problems()) {
          o.fail(Code.BAD_VALUE, at, "the prescription " + problem);
        }
        for (Prescription.Unread u : p.unread()) {
          o.fail(Code.BAD_VALUE, at, "could not read " + u.where() + " of the prescription (a drug outside the"
              + " vocabulary, or a part the reader does not know: write it as a field of medication, or leave it out)");
        }
        if (p.order().isPresent()) {
          MedicationOrder read = p.order().get();
          if (drug.isPresent() && !read.drug().equals(drug)) {
            o.fail(Code.INCONSISTENT, o.at("drug"), "'" + drug.get() + "' is not the drug the prescription names ("
                + read.drug().orElse("a compound") + ")");
          }
          if (drug.isEmpty() && ingredients.isEmpty()) {
            drug = read.drug();
          }
          if (ingredients.isEmpty() && read.drug().equals(drug)) {
            ingredients = read.ingredients();
          }
          form = form.or(read::form);
          route = route.or(read::route);
          directions = directions.or(read::directions);
          quantity = quantity.or(read::quantity);
          daysSupply = daysSupply.or(read::daysSupply);
          refills = refills.or(read::refills);
        }
      }
      if (drug.isPresent() && ingredients.isEmpty()) {
        Optional<Drug> d = drugs.drug(drug.get());
        if (d.isPresent() && d.get().isCombination()) {
          ingredients = d.get().components().stream().map(c -> new Ingredient(c, Optional.empty())).toList();
        }
      }
      if (route.isEmpty() && form.isPresent()) {
        route = form.get().impliedRoute();
        if (form.get() == DoseForm.PATCH) {
          route = Optional.of(drug.flatMap(drugs::drug).map(Drug::patchRoute).orElse(Route.TOPICAL));
        }
      }
      var d = drug;
      var i = ingredients;
      var f = form;
      var r = route;
      var dir = directions;
      var q = quantity;
      var days = daysSupply;
      var ref = refills;
      return problems.build(mark, o.path(), () -> new MedicationOrder(prescription, d, i, f, r, dir, q, days, ref));
    }

    private Observation observation(JsonObject o) {
      int mark = problems.mark();
      o.allow(with("code", "value", "unit", "present", "region", "side", "about"));
      String id = id(o);
      var date = o.optSpan("date");
      var text = o.optString("text");
      var from = from(o);
      ObservationCode code = o.term("code", vocabulary.observationCodes());
      var value = o.optDecimal("value");
      var unit = o.optString("unit");
      var present = o.optBool("present");
      var region = o.optTerm("region", Region.class);
      var side = o.optTerm("side", Side.class);
      var about = o.optString("about");
      references.add(o);
      var codes = codes(o);
      return problems.build(mark, o.path(), () -> new Observation(id, date, text, from, code,
          value, unit, present, region, side, about, codes));
    }

    private Request request(JsonObject o) {
      int mark = problems.mark();
      o.allow("id", "description", "service", "region", "regions", "date", "side", "levels",
          "approach", "quantity", "frequency", "contrast", "addOns", "injectate", "ur",
          "acquisition", "rentalDuration", "codes", "imr", "serviceDate", "dispensedDate",
          "medication");
      // Request ids share the file's id space with items: unique within the file.
      String id = id(o);
      var description = o.string("description");
      int before = problems.mark();
      Optional<MedicationOrder> medication = o.optObject("medication", this::medicationOrder);
      Optional<Service> derived = medication.flatMap(drugs::serviceOf);
      Service service;
      if (o.has("medication") && !o.has("service")) {
        service = problems.since(before) ? null : derived.orElse(null);
      } else {
        service = o.term("service", vocabulary.services());
        if (service != null && derived.isPresent() && derived.get() != service) {
          o.fail(Code.INCONSISTENT, o.at("service"), "'" + service.id() + "' is not the class of the drug requested ('"
              + derived.get().id() + "'); leave service out to take it from the drug");
        }
      }
      var region = o.term("region", Region.class);
      var regions = o.terms("regions", Region.class);
      var date = o.optDate("date");
      var serviceDate = o.optDate("serviceDate");
      var dispensedDate = o.optDate("dispensedDate");
      var side = o.optTerm("side", Side.class);
      List<String> levels = levels(o);
      var approach = o.optTerm("approach", Approach.class);
      // "quantity": 12, or "quantity": {"amount": 12, "unit": "sessions"}
      Optional<Integer> quantity;
      Optional<Unit> unit;
      if (o.isObjectField("quantity")) {
        Optional<Amount> amount = o.optObject("quantity", this::amount);
        quantity = amount.map(Amount::amount);
        unit = amount.map(Amount::unit);
      } else {
        quantity = o.optInt("quantity", 1, Amount.MAX);
        unit = Optional.empty();
      }
      Optional<Frequency> frequency = o.optObject("frequency", this::frequency);
      if (quantity.isPresent() && frequency.isPresent()
          && unit.map(Unit::isSession).orElse(true)) {
        Frequency f = frequency.get();
        if (quantity.get() < f.minVisits() || quantity.get() > f.maxVisits()) {
          o.fail(Code.INCONSISTENT, o.at("quantity"), "quantity " + quantity.get()
              + " does not fit the frequency (" + f.minVisits() + " to " + f.maxVisits() + " visits)");
        }
      }
      var contrast = o.optTerm("contrast", Contrast.class);
      List<Service> addOns = o.terms("addOns", vocabulary.services());
      var injectate = o.optTerm("injectate", Injectate.class);
      var ur = o.optObject("ur", this::ur);
      var acquisition = o.optTerm("acquisition", Acquisition.class);
      var rental = o.optObject("rentalDuration", this::amount);
      var codes = codes(o);
      List<Region> all = regions.isEmpty() || region == null ? List.of() : regions;
      if (!all.isEmpty() && !all.contains(region)) {
        o.fail(Code.INCONSISTENT, o.at("regions"), "must include region '" + region.id() + "'");
      }
      List<Region> ordered = new ArrayList<>();
      if (region != null) {
        ordered.add(region);
        all.stream().filter(r -> r != region).forEach(ordered::add);
      }
      Optional<ImrDecision> imr = o.optObject("imr",
          i -> ImrDecisionReader.read(i, date, ur.flatMap(UrDecision::date)));
      return problems.build(mark, o.path(), () -> new Request(id, description, service, region,
          date, side, levels, approach, quantity, unit, frequency, contrast, addOns, injectate, ur,
          ordered, acquisition, rental, codes, imr, serviceDate, dispensedDate, medication));
    }

    private Amount amount(JsonObject o) {
      int mark = problems.mark();
      o.allow("amount", "unit");
      Integer amount = o.integer("amount", 1, Amount.MAX);
      Unit unit = o.term("unit", Unit.class);
      return problems.build(mark, o.path(), () -> new Amount(amount, unit));
    }

    private Dose dose(JsonObject o) {
      return measured(o, Unit.class, Dose::new);
    }

    // {"amount": 4, "unit": "hours", "per": "day"} or {"min": 2, "max": 3, "unit": "visits", "per": "week"}
    private Rate rate(JsonObject o) {
      int mark = problems.mark();
      o.allow("amount", "min", "max", "unit", "per");
      o.exclusive("amount", "min");
      o.exclusive("amount", "max");
      Integer min;
      Integer max;
      if (o.has("amount") || !o.has("min")) {
        min = o.integer("amount", 1, Amount.MAX);
        max = min;
      } else {
        min = o.integer("min", 1, Amount.MAX);
        max = o.optInt("max", 1, Amount.MAX).orElse(min);
      }
      Unit unit = o.term("unit", Unit.class);
      Per per = o.term("per", Per.class);
      return problems.build(mark, o.path(), () -> new Rate(min, max, unit, per));
    }

    private Frequency frequency(JsonObject o) {
      int mark = problems.mark();
      if (o.has("rates") || o.has("duration")) {
        o.allow("rates", "duration");
        List<Rate> rates = o.list("rates", this::rate);
        if (!o.has("rates")) {
          o.fail(Code.MISSING_FIELD, o.at("rates"), "missing required field");
        }
        Optional<Amount> duration = o.optObject("duration", this::amount);
        if (!o.has("duration")) {
          o.fail(Code.MISSING_FIELD, o.at("duration"), "missing required field");
        }
        return problems.build(mark, o.path(), () -> new Frequency(rates, duration.get()));
      }
      o.allow("perWeekMin", "perWeekMax", "weeks");
      int limit = Rate.limit(Unit.VISITS, Per.WEEK);
      Integer min = o.integer("perWeekMin", 1, limit);
      Integer max = o.integer("perWeekMax", 1, limit);
      Integer weeks = o.integer("weeks", 1, 52);
      if (min != null && max != null && max < min) {
        o.fail(Code.BAD_VALUE, o.at("perWeekMax"), "must be at least perWeekMin (" + min + "), was " + max);
      }
      return problems.build(mark, o.path(), () -> new Frequency(min, max, weeks));
    }

    private UrDecision ur(JsonObject o) {
      int mark = problems.mark();
      o.allow("outcome", "date", "approvedQuantity");
      var outcome = o.term("outcome", UrOutcome.class);
      var date = o.optDate("date");
      var approved = o.optInt("approvedQuantity", 0, Amount.MAX);
      return problems.build(mark, o.path(), () -> new UrDecision(outcome, date, approved));
    }

    private List<String> levels(JsonObject o) {
      List<String> levels = o.strings("levels");
      for (int i = 0; i < levels.size(); i++) {
        checkLevel(o, "levels[" + i + "]", levels.get(i));
      }
      return levels;
    }

    private static void checkLevel(JsonObject o, String field, String level) {
      if (!LEVEL.matcher(level).matches()) {
        o.fail(Code.BAD_VALUE, o.at(field),
            "not a spinal level '" + level + "' (expected forms such as C6, C5-C6 or L5-S1)");
      }
    }
  }
}
