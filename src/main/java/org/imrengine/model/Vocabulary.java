package org.imrengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.imrengine.rules.Guideline;
import org.imrengine.rules.Tier;

/**
 * The vocabularies that grow with the rule base: services, diagnosis categories, finding types,
 * observation codes and guideline sources, compiled from the files {@code rules/index.yaml} names
 * under {@code vocabulary:} (format in {@code docs/rule-format.md}, "Vocabularies"). Case files and
 * rule files are read against the vocabulary of the rule base in use, so a rule directory can add
 * a service, a finding type or an observation code with files of its own. Ids are interned once and
 * looked up by hash. Immutable and thread-safe.
 */
public final class Vocabulary {
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");

  /** One vocabulary file: its key in {@code index.yaml} (and its list key) and its built-in file. */
  public enum Part implements Term {
    /** The services ({@link Service}). */
    SERVICES("services", "vocabulary/services.yaml"),
    /** The diagnosis categories ({@link DiagnosisCategory}). */
    DIAGNOSIS_CATEGORIES("diagnosisCategories", "vocabulary/diagnosis-categories.yaml"),
    /** The finding types ({@link FindingType}). */
    FINDING_TYPES("findingTypes", "vocabulary/finding-types.yaml"),
    /** The observation codes ({@link ObservationCode}). */
    OBSERVATION_CODES("observationCodes", "vocabulary/observation-codes.yaml"),
    /** The guideline sources ({@link Guideline}). */
    GUIDELINES("guidelines", "vocabulary/guidelines.yaml");

    private final String key;
    private final String file;

    Part(String key, String file) {
      this.key = key;
      this.file = file;
    }

    /** {@return the key of this part under {@code vocabulary:} in {@code index.yaml}, and the list key of its file} */
    public String key() {
      return key;
    }

    /** {@return the built-in file of this part, relative to {@code rules/}} */
    public String builtInFile() {
      return file;
    }
  }

  /**
   * A part a vocabulary entry plays for the engine, named in the file ({@code role: unspecified})
   * instead of a hard-coded id. Each role is held by at most one entry of a vocabulary.
   */
  public enum Role implements Term {
    /** What a record names that the vocabulary does not: written "this service" in prose. */
    UNSPECIFIED,
    /** A service for a medication of no stated class: its requests are worded by the drug's name. */
    MEDICATION,
    /** The drug class of a compound and of anything applied to the skin. */
    TOPICAL
  }

  /** Where problems found while compiling go: the file, the place in it and what is wrong. */
  @FunctionalInterface
  public interface Problems {
    /**
     * Reports one problem.
     *
     * @param part the vocabulary file it is in
     * @param path where in the file, such as {@code services[3].kind}
     * @param message what is wrong
     */
    void add(Part part, String path, String message);
  }

  /**
   * The values of one vocabulary, in file order, looked up by id. Immutable and thread-safe.
   *
   * @param <T> the type of the values
   */
  public static final class Terms<T extends Term> {
    private final List<T> all;
    private final Map<String, T> byId;
    private final String ids;

    private Terms(List<T> all) {
      this.all = List.copyOf(all);
      Map<String, T> map = new HashMap<>();
      StringBuilder out = new StringBuilder();
      for (T t : all) {
        map.put(t.id(), t);
        out.append(out.length() > 0 ? ", " : "").append(t.id());
      }
      this.byId = map;
      this.ids = out.toString();
    }

    /** {@return every value, in file order} */
    public List<T> all() {
      return all;
    }

    /**
     * {@return the value with id {@code id}, if there is one}
     * @param id the id
     */
    public Optional<T> find(String id) {
      return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The value with id {@code id}.
     *
     * @param id the id
     * @return the value
     * @throws IllegalArgumentException naming the allowed ids when there is none
     */
    public T get(String id) {
      T t = id == null ? null : byId.get(id);
      if (t == null) {
        throw new IllegalArgumentException("unknown value '" + id + "' (expected one of " + ids + ")");
      }
      return t;
    }

    /** {@return the ids of every value, comma separated, in file order} */
    public String ids() {
      return ids;
    }

    /** {@return the ids of every value, in file order} */
    public List<String> idList() {
      List<String> out = new ArrayList<>();
      all.forEach(t -> out.add(t.id()));
      return out;
    }

    @Override
    public String toString() {
      return "Terms[" + all.size() + "]";
    }
  }

  private final Terms<Service> services;
  private final Terms<DiagnosisCategory> categories;
  private final Terms<FindingType> findingTypes;
  private final Terms<ObservationCode> observationCodes;
  private final Terms<Guideline> guidelines;
  private final Map<Class<?>, Terms<?>> byType;
  private final Optional<Service> unspecifiedService;
  private final Optional<Service> topicalService;

  private Vocabulary(Terms<Service> services, Terms<DiagnosisCategory> categories,
      Terms<FindingType> findingTypes, Terms<ObservationCode> observationCodes, Terms<Guideline> guidelines) {
    this.services = services;
    this.categories = categories;
    this.findingTypes = findingTypes;
    this.observationCodes = observationCodes;
    this.guidelines = guidelines;
    this.byType = Map.of(Service.class, services, DiagnosisCategory.class, categories,
        FindingType.class, findingTypes, ObservationCode.class, observationCodes, Guideline.class, guidelines);
    this.unspecifiedService = withRole(services.all(), Role.UNSPECIFIED);
    this.topicalService = withRole(services.all(), Role.TOPICAL);
  }

  private static final class BuiltIn {
    static final Vocabulary INSTANCE = loadBuiltIn();
  }

  /**
   * The vocabulary built into the library ({@code rules/vocabulary/*.yaml}).
   *
   * @return the built-in vocabulary, loaded once
   * @throws IllegalStateException if a packaged file is invalid (a packaging bug)
   */
  public static Vocabulary builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static Vocabulary loadBuiltIn() {
    Map<Part, JsonNode> files = new EnumMap<>(Part.class);
    YAMLMapper yaml = new YAMLMapper();
    for (Part part : Part.values()) {
      String resource = "/rules/" + part.builtInFile();
      try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the class path");
        }
        files.put(part, yaml.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    List<String> problems = new ArrayList<>();
    Vocabulary v = compile(files, null, (part, path, message) -> problems.add(part.builtInFile() + " " + path + ": " + message));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the built-in vocabulary is invalid: " + problems);
    }
    return v;
  }

  /**
   * Compiles vocabulary files, reporting every problem; a part with no file is the built-in one.
   *
   * @param files the parsed files, by part
   * @param problems where each problem found goes
   * @return the vocabulary of what compiled; complete only when no problem was reported
   */
  public static Vocabulary compile(Map<Part, JsonNode> files, Problems problems) {
    return compile(files, builtIn(), problems);
  }

  private static Vocabulary compile(Map<Part, JsonNode> files, Vocabulary base, Problems problems) {
    Objects.requireNonNull(problems, "problems");
    return new Vocabulary(
        part(files, Part.SERVICES, base == null ? null : base.services, problems, Vocabulary::service),
        part(files, Part.DIAGNOSIS_CATEGORIES, base == null ? null : base.categories, problems,
            e -> new DiagnosisCategory(e.id, e.description, e.role, e.codes)),
        part(files, Part.FINDING_TYPES, base == null ? null : base.findingTypes, problems,
            e -> new FindingType(e.id, e.description, e.role, e.codes)),
        part(files, Part.OBSERVATION_CODES, base == null ? null : base.observationCodes, problems,
            Vocabulary::observationCode),
        part(files, Part.GUIDELINES, base == null ? null : base.guidelines, problems, Vocabulary::guideline));
  }

  /** {@return the services} */
  public Terms<Service> services() {
    return services;
  }

  /** {@return the diagnosis categories} */
  public Terms<DiagnosisCategory> diagnosisCategories() {
    return categories;
  }

  /** {@return the finding types} */
  public Terms<FindingType> findingTypes() {
    return findingTypes;
  }

  /** {@return the observation codes} */
  public Terms<ObservationCode> observationCodes() {
    return observationCodes;
  }

  /** {@return the guideline sources} */
  public Terms<Guideline> guidelines() {
    return guidelines;
  }

  /**
   * {@return the vocabulary whose values are of {@code type}, if it is one of these vocabularies}
   * @param type a value type such as {@code Service.class}
   */
  public Optional<Terms<?>> termsOf(Class<?> type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** {@return the service with role {@code unspecified}: what a request is when the vocabulary does not name it} */
  public Optional<Service> unspecifiedService() {
    return unspecifiedService;
  }

  /** {@return the service with role {@code topical}: the drug class of compounds and topical drugs} */
  public Optional<Service> topicalService() {
    return topicalService;
  }

  @Override
  public String toString() {
    return "Vocabulary[" + services.all().size() + " services, " + categories.all().size() + " diagnosis categories, "
        + findingTypes.all().size() + " finding types, " + observationCodes.all().size() + " observation codes, "
        + guidelines.all().size() + " guidelines]";
  }

  /**
   * {@return {@code id}, checked to be a lower_snake id}
   * @param id the id
   * @throws IllegalArgumentException if it is not
   */
  public static String checkId(String id) {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a lower_snake id: '" + id + "'");
    }
    return id;
  }

  private static <T extends Term> Optional<T> withRole(List<T> all, Role role) {
    for (T t : all) {
      if (roleOf(t).equals(Optional.of(role))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static Optional<Role> roleOf(Term t) {
    if (t instanceof Service) {
      return ((Service) t).role();
    }
    if (t instanceof DiagnosisCategory) {
      return ((DiagnosisCategory) t).role();
    }
    if (t instanceof FindingType) {
      return ((FindingType) t).role();
    }
    if (t instanceof Guideline) {
      return ((Guideline) t).role();
    }
    return Optional.empty();
  }

  // ---- compiling

  /** One entry of a file as read, before it is built. */
  private static final class Entry {
    final JsonNode node;
    final String at;
    final Part part;
    final Problems problems;
    String id;
    String description;
    Optional<Role> role = Optional.empty();
    List<StandardCode> codes = List.of();

    Entry(JsonNode node, String at, Part part, Problems problems) {
      this.node = node;
      this.at = at;
      this.part = part;
      this.problems = problems;
    }

    void problem(String field, String message) {
      problems.add(part, field.isEmpty() ? at : at + "." + field, message);
    }

    String text(String field, boolean required) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problem(field, "missing required field");
        }
        return null;
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        problem(field, "expected a non-empty string, was " + v);
        return null;
      }
      return v.asText();
    }

    <E extends Enum<E> & Term> E term(String field, Class<E> type, boolean required) {
      String text = text(field, required);
      if (text == null) {
        return null;
      }
      try {
        return Term.parse(type, text);
      } catch (IllegalArgumentException e) {
        problem(field, e.getMessage());
        return null;
      }
    }
  }

  private static final Map<Part, Set<String>> KEYS = Map.of(
      Part.SERVICES, Set.of("id", "kind", "description", "role", "codes"),
      Part.DIAGNOSIS_CATEGORIES, Set.of("id", "description", "role", "codes"),
      Part.FINDING_TYPES, Set.of("id", "description", "role", "codes"),
      Part.OBSERVATION_CODES, Set.of("id", "description", "written", "unit", "codes"),
      Part.GUIDELINES, Set.of("id", "title", "tier", "description", "role"));

  private static final Map<Part, Set<Role>> ROLES = Map.of(
      Part.SERVICES, Set.of(Role.UNSPECIFIED, Role.MEDICATION, Role.TOPICAL),
      Part.DIAGNOSIS_CATEGORIES, Set.of(Role.UNSPECIFIED),
      Part.FINDING_TYPES, Set.of(Role.UNSPECIFIED),
      Part.OBSERVATION_CODES, Set.of(),
      Part.GUIDELINES, Set.of(Role.UNSPECIFIED));

  private static <T extends Term> Terms<T> part(Map<Part, JsonNode> files, Part part, Terms<T> base,
      Problems problems, Function<Entry, T> build) {
    JsonNode root = files.get(part);
    if (root == null) {
      if (base == null) {
        throw new IllegalStateException("no " + part.key() + " vocabulary");
      }
      return base;
    }
    List<T> out = new ArrayList<>();
    if (!root.isObject() || !root.has(part.key())) {
      problems.add(part, "", "a vocabulary file is a mapping with the list '" + part.key() + "'");
      return new Terms<>(out);
    }
    known(root, "", Set.of(part.key()), part, problems);
    JsonNode list = root.get(part.key());
    if (!list.isArray() || list.isEmpty()) {
      problems.add(part, part.key(), "expected a non-empty list of entries");
      return new Terms<>(out);
    }
    Map<String, String> seen = new HashMap<>();
    Map<Role, String> roles = new EnumMap<>(Role.class);
    for (int i = 0; i < list.size(); i++) {
      String at = part.key() + "[" + i + "]";
      JsonNode node = list.get(i);
      if (!node.isObject()) {
        problems.add(part, at, "expected a mapping");
        continue;
      }
      known(node, at, KEYS.get(part), part, problems);
      Entry e = new Entry(node, at, part, problems);
      e.id = e.text("id", true);
      if (e.id != null && !ID.matcher(e.id).matches()) {
        e.problem("id", "not a lower_snake id: '" + e.id + "'");
        e.id = null;
      }
      if (e.id != null && seen.containsKey(e.id)) {
        e.problem("id", "duplicate id '" + e.id + "' (also " + seen.get(e.id) + ")");
        e.id = null;
      } else if (e.id != null) {
        seen.put(e.id, at);
      }
      e.description = e.text("description", part != Part.GUIDELINES);
      if (node.has("role")) {
        Role role = e.term("role", Role.class, true);
        if (role != null && !ROLES.get(part).contains(role)) {
          e.problem("role", "role '" + role.id() + "' is not one of the " + part.key() + " vocabulary");
        } else if (role != null && roles.containsKey(role)) {
          e.problem("role", "role '" + role.id() + "' is held by " + roles.get(role) + " already");
        } else if (role != null) {
          roles.put(role, at);
          e.role = Optional.of(role);
        }
      }
      if (node.has("codes")) {
        e.codes = codes(e);
      }
      T built = build.apply(e);
      if (built != null) {
        out.add(built);
      }
    }
    return new Terms<>(out);
  }

  private static Service service(Entry e) {
    Service.Kind kind = e.term("kind", Service.Kind.class, true);
    if (e.id == null || e.description == null || kind == null) {
      return null;
    }
    return new Service(e.id, kind, e.description, e.role, e.codes);
  }

  private static ObservationCode observationCode(Entry e) {
    String written = e.text("written", true);
    boolean present = "present".equals(written);
    if (written != null && !present && !written.equals("value")) {
      e.problem("written", "expected 'value' (a number, with the unit given) or 'present' (true or false), was '"
          + written + "'");
    }
    String unit = e.text("unit", false);
    if (unit != null && !ID.matcher(unit).matches()) {
      e.problem("unit", "not a lower_snake unit id: '" + unit + "'");
      unit = null;
    }
    if (unit != null && present) {
      e.problem("unit", "a code written with present has no unit");
      unit = null;
    }
    if (e.id == null || e.description == null || written == null) {
      return null;
    }
    return new ObservationCode(e.id, e.description, e.role, e.codes, present, Optional.ofNullable(unit));
  }

  private static Guideline guideline(Entry e) {
    String title = e.text("title", true);
    Tier tier = e.term("tier", Tier.class, true);
    if (e.id == null || title == null || tier == null) {
      return null;
    }
    return new Guideline(e.id, title, tier, e.description == null ? title : e.description, e.role);
  }

  private static List<StandardCode> codes(Entry e) {
    JsonNode node = e.node.get("codes");
    if (!node.isObject()) {
      e.problem("codes", "expected a mapping of code system to codes, such as { cpt: [\"97810\"] }");
      return List.of();
    }
    List<StandardCode> out = new ArrayList<>();
    node.properties().forEach(field -> {
      String at = "codes." + field.getKey();
      CodeSystem system;
      try {
        system = Term.parse(CodeSystem.class, field.getKey());
      } catch (IllegalArgumentException ex) {
        e.problem(at, ex.getMessage());
        return;
      }
      JsonNode list = field.getValue();
      if (!list.isArray() || list.isEmpty()) {
        e.problem(at, "expected a non-empty list of codes");
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        JsonNode code = list.get(i);
        if (!code.isTextual() || !system.accepts(code.asText())) {
          e.problem(at + "[" + i + "]", "not a " + system.id() + " code: " + code + " (codes are quoted strings)");
        } else {
          out.add(new StandardCode(system, code.asText()));
        }
      }
    });
    return out;
  }

  private static void known(JsonNode node, String path, Set<String> keys, Part part, Problems problems) {
    node.fieldNames().forEachRemaining(name -> {
      if (!keys.contains(name)) {
        problems.add(part, path.isEmpty() ? name : path + "." + name,
            "unknown key (expected one of " + String.join(", ", new TreeSet<>(keys)) + ")");
      }
    });
  }
}
