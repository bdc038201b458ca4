package org.imrengine.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads case files (JSON, the format in {@code docs/case-format.md}) into {@link CaseFile}s,
 * validating everything on the way in. Nothing is defaulted silently: an unknown field, a missing
 * required field, a value outside its vocabulary or dates that cannot all be true raise a
 * {@link CaseFileException} naming the file, the JSON path and the problem.
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseFileReader {
  private static final ObjectReader JSON = JsonMapper.builder()
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
   * @throws IOException if the file cannot be read
   * @throws CaseFileException if its content is not a valid case file
   */
  public static CaseFile read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /**
   * Parses a case file from JSON text.
   *
   * @param json the JSON text
   * @param source the name to use in error messages, usually the file name
   * @throws CaseFileException if the text is not a valid case file
   */
  public static CaseFile parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json); // a byte-order mark is skipped, as in rule files
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      throw new CaseFileException(source, "$", "malformed JSON" + at + ": " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new CaseFileException(source, "$", "empty file");
    }
    return new Reading(source).caseFile(new JsonObject(source, "$", root));
  }

  /** One read of one file: remembers item ids so that duplicates are reported by path. */
  private static final class Reading {
    private static final String[] ITEM = {"id", "date", "text", "from"};

    private final String source;
    private final Map<String, String> idPaths = new HashMap<>();

    Reading(String source) {
      this.source = source;
    }

    CaseFile caseFile(JsonObject o) {
      o.allow("caseId", "asOf", "claimant", "injuryDate", "diagnoses", "symptoms", "findings",
          "treatments", "studies", "redFlags", "events", "plans", "conditions", "requests");
      CaseFile.Builder b = CaseFile.builder()
          .caseId(o.string("caseId"))
          .asOf(o.date("asOf"))
          .injuryDate(o.date("injuryDate"))
          .claimant(o.optObject("claimant").map(this::claimant)
              .orElse(new Claimant(Optional.empty(), Optional.empty())));
      o.list("diagnoses", this::diagnosis).forEach(b::diagnosis);
      o.list("symptoms", this::symptom).forEach(b::symptom);
      o.list("findings", this::finding).forEach(b::finding);
      o.list("treatments", this::treatment).forEach(b::treatment);
      o.list("studies", this::study).forEach(b::study);
      o.list("redFlags", this::redFlag).forEach(b::redFlag);
      o.list("events", this::event).forEach(b::event);
      o.list("plans", this::plan).forEach(b::plan);
      o.list("conditions", this::condition).forEach(b::condition);
      List<Request> requests = o.list("requests", this::request);
      if (requests.isEmpty()) {
        throw o.fail("$.requests", "missing required field (at least one disputed request)");
      }
      requests.forEach(b::request);
      try {
        return b.build();
      } catch (CaseDates.Invalid e) {
        throw new CaseFileException(source, e.path(), e.problem());
      }
    }

    private Claimant claimant(JsonObject o) {
      o.allow("age", "sex");
      return new Claimant(o.optInt("age", 0), o.optTerm("sex", Sex.class));
    }

    private String id(JsonObject o) {
      String id = o.string("id");
      String earlier = idPaths.putIfAbsent(id, o.path());
      if (earlier != null) {
        throw o.fail(o.path() + ".id", "duplicate id '" + id + "' (also at " + earlier + ")");
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

    private Diagnosis diagnosis(JsonObject o) {
      o.allow(with("category", "region", "side"));
      return new Diagnosis(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("category", DiagnosisCategory.class), o.optTerm("region", Region.class),
          o.optTerm("side", Side.class));
    }

    private Symptom symptom(JsonObject o) {
      o.allow(with("region", "side", "onset", "radiation"));
      return new Symptom(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("region", Region.class), o.optTerm("side", Side.class), o.optDate("onset"),
          o.optTerm("radiation", Radiation.class));
    }

    private Finding finding(JsonObject o) {
      o.allow(with("type", "region", "side", "result", "level", "twitchResponse", "referredPain"));
      Optional<String> level = o.optString("level");
      level.ifPresent(l -> checkLevel(o, "level", l));
      return new Finding(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("type", FindingType.class), o.term("region", Region.class),
          o.optTerm("side", Side.class), o.term("result", FindingResult.class), level,
          o.optBool("twitchResponse"), o.optBool("referredPain"));
    }

    private Treatment treatment(JsonObject o) {
      o.allow(with("service", "region", "start", "end", "weeks", "visits", "response",
          "reliefPercent", "reliefWeeks", "functionalImprovement"));
      Optional<Integer> relief = o.optInt("reliefPercent", 0);
      if (relief.isPresent() && relief.get() > 100) {
        throw o.fail(o.path() + ".reliefPercent", "must be at most 100, was " + relief.get());
      }
      return new Treatment(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("service", Service.class), o.optTerm("region", Region.class),
          o.optDate("start"), o.optDate("end"), o.optInt("weeks", 0), o.optInt("visits", 0),
          o.optTerm("response", Response.class), relief, o.optInt("reliefWeeks", 0),
          o.optBool("functionalImprovement"));
    }

    private Study study(JsonObject o) {
      o.allow(with("service", "region", "result", "level", "radiculopathy"));
      Service service = o.term("service", Service.class);
      if (!service.isStudy()) {
        throw o.fail(o.path() + ".service",
            "'" + service.id() + "' is not a diagnostic study (expected imaging, emg_ncv or a test)");
      }
      return new Study(id(o), o.optDate("date"), o.optString("text"), from(o), service,
          o.term("region", Region.class), o.optTerm("result", StudyResult.class),
          o.optString("level"), o.optBool("radiculopathy"));
    }

    private RedFlag redFlag(JsonObject o) {
      o.allow(with("kind", "present", "region"));
      return new RedFlag(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("kind", RedFlagKind.class), o.bool("present"), o.optTerm("region", Region.class));
    }

    private ClinicalEvent event(JsonObject o) {
      o.allow(with("kind", "present", "region"));
      return new ClinicalEvent(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("kind", EventKind.class), o.bool("present"), o.optTerm("region", Region.class));
    }

    private Plan plan(JsonObject o) {
      o.allow(with("service", "region", "present"));
      return new Plan(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("service", Service.class), o.term("region", Region.class), o.bool("present"));
    }

    private Condition condition(JsonObject o) {
      o.allow(with("kind", "present"));
      return new Condition(id(o), o.optDate("date"), o.optString("text"), from(o),
          o.term("kind", ConditionKind.class), o.bool("present"));
    }

    private Request request(JsonObject o) {
      o.allow("id", "description", "service", "region", "date", "side", "levels", "approach",
          "quantity", "frequency", "contrast", "addOns", "injectate", "ur");
      // Request ids share the file's id space with items: unique within the file.
      String id = id(o);
      List<String> levels = o.strings("levels");
      for (int i = 0; i < levels.size(); i++) {
        checkLevel(o, "levels[" + i + "]", levels.get(i));
      }
      Optional<Integer> quantity = o.optInt("quantity", 1);
      Optional<Frequency> frequency = o.optObject("frequency").map(this::frequency);
      if (quantity.isPresent() && frequency.isPresent()) {
        Frequency f = frequency.get();
        if (quantity.get() < f.minVisits() || quantity.get() > f.maxVisits()) {
          throw o.fail(o.path() + ".quantity", "quantity " + quantity.get()
              + " does not fit the frequency (" + f.minVisits() + " to " + f.maxVisits() + " visits)");
        }
      }
      List<Service> addOns = o.terms("addOns", Service.class);
      return new Request(id, o.string("description"), o.term("service", Service.class),
          o.term("region", Region.class), o.optDate("date"), o.optTerm("side", Side.class), levels,
          o.optTerm("approach", Approach.class), quantity, frequency,
          o.optTerm("contrast", Contrast.class), addOns, o.optTerm("injectate", Injectate.class),
          o.optObject("ur").map(this::ur));
    }

    private Frequency frequency(JsonObject o) {
      o.allow("perWeekMin", "perWeekMax", "weeks");
      int min = o.integer("perWeekMin", 1);
      int max = o.integer("perWeekMax", 1);
      if (max < min) {
        throw o.fail(o.path() + ".perWeekMax", "must be at least perWeekMin (" + min + "), was " + max);
      }
      return new Frequency(min, max, o.integer("weeks", 1));
    }

    private UrDecision ur(JsonObject o) {
      o.allow("outcome", "date", "approvedQuantity");
      return new UrDecision(o.term("outcome", UrOutcome.class), o.optDate("date"),
          o.optInt("approvedQuantity", 0));
    }

    private static void checkLevel(JsonObject o, String field, String level) {
      if (!LEVEL.matcher(level).matches()) {
        throw o.fail(o.path() + "." + field,
            "not a spinal level '" + level + "' (expected forms such as C6, C5-C6 or L5-S1)");
      }
    }
  }

}
