package org.imrengine.medication;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrengine.model.Ingredient;
import org.imrengine.model.MedicationOrder;
import org.imrengine.model.Route;
import org.imrengine.model.Service;
import org.imrengine.model.Vocabulary;

/**
 * The drug vocabulary: every drug a case file may name, by id and by every name it is written
 * with (generic, brands, aliases; case and spacing do not matter), compiled from a vocabulary
 * file ({@code rules/drugs.yaml}, format in {@code docs/medications.md}). A name the vocabulary
 * does not have is unknown: nothing is classed by guesswork. Immutable and thread-safe.
 */
public final class DrugCatalog {
  /** The class-path resource of the built-in vocabulary. */
  public static final String RESOURCE = "/rules/drugs.yaml";
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");

  /** Where problems found while compiling go: the place in the file and what is wrong. */
  @FunctionalInterface
  public interface Problems {
    /**
     * Reports one problem at {@code path} (such as {@code drugs[3].class}).
     *
     * @param path where in the file the problem is, such as {@code drugs[3].class}
     * @param message what is wrong
     */
    void add(String path, String message);
  }

  private final Map<String, Drug> drugs;
  private final Map<String, String> names;
  private final List<String> namesLongestFirst;
  private final Map<String, String> sources;
  private final Vocabulary vocabulary;
  private final Optional<Service> topical;
  // Compiling the reader's pattern of every drug name is costly: once per vocabulary, not per case.
  private final PrescriptionReader prescriptions;

  private DrugCatalog(Map<String, Drug> drugs, Map<String, String> names, Map<String, String> sources,
      Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.topical = vocabulary.topicalService();
    this.drugs = Map.copyOf(drugs);
    this.names = Map.copyOf(names);
    List<String> sorted = new ArrayList<>(names.keySet());
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.namesLongestFirst = List.copyOf(sorted);
    this.sources = Map.copyOf(sources);
    this.prescriptions = new PrescriptionReader(this);
  }

  /** {@return the reader of prescriptions naming drugs of this vocabulary, built once} */
  public PrescriptionReader prescriptions() {
    return prescriptions;
  }

  private static final class BuiltIn {
    static final DrugCatalog INSTANCE = loadBuiltIn();
  }

  /**
   * The vocabulary built into the library ({@code rules/drugs.yaml}).
   *
   * @return the built-in vocabulary, loaded once
   * @throws IllegalStateException if the packaged vocabulary is invalid (a packaging bug)
   */
  public static DrugCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The built-in drug vocabulary ({@code rules/drugs.yaml}) compiled against another vocabulary of
   * services: for a rule base with vocabulary files of its own and no drug file.
   *
   * @param vocabulary the vocabulary whose services the drug classes name
   * @param problems where each problem found goes (a drug class service the vocabulary lacks)
   * @return the built-in drugs, their classes looked up in {@code vocabulary}
   */
  public static DrugCatalog builtIn(Vocabulary vocabulary, Problems problems) {
    JsonNode tree = DataFiles.builtIn(RESOURCE, "drug vocabulary", (root, p) -> root);
    return compile(tree, vocabulary, problems);
  }

  private static DrugCatalog loadBuiltIn() {
    return DataFiles.builtIn(RESOURCE, "drug vocabulary", DrugCatalog::compile);
  }

  /**
   * Compiles a vocabulary file's parsed content, reporting every problem.
   *
   * @param root the parsed vocabulary file
   * @param problems where each problem found goes
   * @return the vocabulary of what compiled; complete only when no problem was reported
   */
  public static DrugCatalog compile(JsonNode root, Problems problems) {
    return compile(root, Vocabulary.builtIn(), problems);
  }

  /**
   * Compiles a vocabulary file's parsed content against {@code vocabulary} (the services its drug
   * classes name), reporting every problem.
   *
   * @param root the parsed vocabulary file
   * @param vocabulary the vocabulary of the rule base: the drug class services
   * @param problems where each problem found goes
   * @return the vocabulary of what compiled; complete only when no problem was reported
   */
  public static DrugCatalog compile(JsonNode root, Vocabulary vocabulary, Problems problems) {
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, Service> classes = new LinkedHashMap<>();
    Map<String, Drug> drugs = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    if (root == null || !root.isObject()) {
      problems.add("", "a drug vocabulary is a mapping with sources, classes and drugs");
      return new DrugCatalog(drugs, names, sources, vocabulary);
    }
    DataFiles.known(root, "", Set.of("sources", "classes", "drugs"), problems);
    JsonNode list = root.path("sources");
    for (int i = 0; i < list.size(); i++) {
      String at = "sources[" + i + "]";
      JsonNode s = list.get(i);
      DataFiles.known(s, at, Set.of("id", "text"), problems);
      String id = text(s, "id", at, problems);
      String text = text(s, "text", at, problems);
      if (id != null && text != null && sources.put(id, text) != null) {
        problems.add(at + ".id", "duplicate source id '" + id + "'");
      }
    }
    list = root.path("classes");
    for (int i = 0; i < list.size(); i++) {
      String at = "classes[" + i + "]";
      JsonNode c = list.get(i);
      DataFiles.known(c, at, Set.of("id", "label", "service"), problems);
      String id = text(c, "id", at, problems);
      text(c, "label", at, problems);
      String service = text(c, "service", at, problems);
      Service s = null;
      if (service != null) {
        try {
          s = vocabulary.services().get(service);
          if (s.kind() != Service.Kind.DRUG) {
            problems.add(at + ".service", "'" + service + "' is not a drug class service");
            s = null;
          }
        } catch (IllegalArgumentException e) {
          problems.add(at + ".service", e.getMessage());
        }
      }
      if (id != null && s != null && classes.put(id, s) != null) {
        problems.add(at + ".id", "duplicate class id '" + id + "'");
      }
    }
    list = root.path("drugs");
    if (list.isMissingNode() || !list.isArray() || list.isEmpty()) {
      problems.add("drugs", "missing required field (the list of drugs)");
    }
    Map<String, List<String>> componentRefs = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "drugs[" + i + "]";
      JsonNode d = list.get(i);
      DataFiles.known(d, at, Set.of("id", "generic", "brands", "aliases", "class", "components", "patch", "mme"), problems);
      String id = text(d, "id", at, problems);
      String generic = text(d, "generic", at, problems);
      String cls = text(d, "class", at, problems);
      if (id == null || generic == null || cls == null) {
        continue;
      }
      if (!ID.matcher(id).matches()) {
        problems.add(at + ".id", "a drug id is lower_snake, was '" + id + "'");
        continue;
      }
      if (drugs.containsKey(id)) {
        problems.add(at + ".id", "duplicate drug id '" + id + "'");
        continue;
      }
      Service service = classes.get(cls);
      if (service == null) {
        problems.add(at + ".class", "unknown class '" + cls + "' (known: " + String.join(", ", classes.keySet()) + ")");
        continue;
      }
      List<String> brands = strings(d, "brands", at, problems);
      List<String> aliases = strings(d, "aliases", at, problems);
      List<String> components = strings(d, "components", at, problems);
      Route patch = Route.TOPICAL;
      if (d.has("patch")) {
        String p = d.get("patch").asText();
        if (p.equals("transdermal")) {
          patch = Route.TRANSDERMAL;
        } else if (!p.equals("topical")) {
          problems.add(at + ".patch", "expected transdermal or topical");
        }
      }
      Optional<MmeFactor> mme = d.has("mme") ? mme(d.get("mme"), at + ".mme", sources, problems) : Optional.empty();
      if (mme.isPresent() && !cls.equals("opioid")) {
        problems.add(at + ".mme", "only an opioid has an MME factor");
      }
      if (mme.isPresent() && !components.isEmpty()) {
        problems.add(at + ".mme", "a combination takes the MME factors of its components");
      }
      drugs.put(id, new Drug(id, generic, brands, aliases, cls, service, components, patch, mme));
      componentRefs.put(id, components);
      List<String> all = new ArrayList<>();
      all.add(generic);
      all.addAll(brands);
      all.addAll(aliases);
      all.add(id.replace('_', ' '));
      for (String name : all) {
        String key = normal(name);
        String earlier = names.putIfAbsent(key, id);
        if (earlier != null && !earlier.equals(id)) {
          problems.add(at, "the name '" + name + "' is also a name of '" + earlier + "'");
        }
      }
    }
    for (var e : componentRefs.entrySet()) {
      for (String c : e.getValue()) {
        Drug component = drugs.get(c);
        if (component == null) {
          problems.add("drugs[id=" + e.getKey() + "].components", "unknown drug '" + c + "'");
        } else if (component.isCombination()) {
          problems.add("drugs[id=" + e.getKey() + "].components", "'" + c + "' is itself a combination");
        }
      }
    }
    return new DrugCatalog(drugs, names, sources, vocabulary);
  }

  private static Optional<MmeFactor> mme(JsonNode m, String at, Map<String, String> sources, Problems problems) {
    DataFiles.known(m, at, Set.of("factor", "per", "tiers", "source"), problems);
    String source = text(m, "source", at, problems);
    if (source != null && !sources.containsKey(source)) {
      problems.add(at + ".source", "unknown source '" + source + "' (known: " + String.join(", ", sources.keySet()) + ")");
      return Optional.empty();
    }
    boolean perPatch = false;
    if (m.has("per")) {
      if (!m.get("per").asText().equals("mcg_per_hour")) {
        problems.add(at + ".per", "expected mcg_per_hour (leave out for a factor per mg)");
      }
      perPatch = true;
    }
    Optional<BigDecimal> factor = Optional.empty();
    List<MmeFactor.Tier> tiers = new ArrayList<>();
    if (m.has("factor") && m.get("factor").isNumber() && m.get("factor").decimalValue().signum() > 0) {
      factor = Optional.of(m.get("factor").decimalValue());
    } else if (m.has("factor")) {
      problems.add(at + ".factor", "expected a number greater than 0");
      return Optional.empty();
    }
    JsonNode t = m.path("tiers");
    BigDecimal last = BigDecimal.ZERO;
    for (int i = 0; i < t.size(); i++) {
      JsonNode tier = t.get(i);
      DataFiles.known(tier, at + ".tiers[" + i + "]", Set.of("upTo", "factor"), problems);
      if (!tier.path("upTo").isNumber() || !tier.path("factor").isNumber()
          || tier.get("upTo").decimalValue().compareTo(last) <= 0) {
        problems.add(at + ".tiers[" + i + "]", "expected upTo (above the previous tier's) and factor, both numbers");
        return Optional.empty();
      }
      last = tier.get("upTo").decimalValue();
      tiers.add(new MmeFactor.Tier(last, tier.get("factor").decimalValue()));
    }
    if (factor.isPresent() == !tiers.isEmpty() || source == null) {
      problems.add(at, "give either factor or tiers, and the source");
      return Optional.empty();
    }
    return Optional.of(new MmeFactor(factor, perPatch, tiers, source));
  }

  private static String text(JsonNode node, String key, String at, Problems problems) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      problems.add(at + "." + key, v == null ? "missing required field" : "expected a non-blank string");
      return null;
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode node, String key, String at, Problems problems) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(key);
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      problems.add(at + "." + key, "expected a list of names");
      return out;
    }
    for (JsonNode n : v) {
      if (!n.isTextual() || n.asText().isBlank()) {
        problems.add(at + "." + key, "expected a list of non-blank names");
      } else {
        out.add(n.asText());
      }
    }
    return out;
  }

  /** A name in the form names are compared in: lower case, single spaces. */
  static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
  }

  /**
   * {@return the drug with id {@code id}, if the vocabulary has it}
   *
   * @param id a drug id, such as {@code hydrocodone_acetaminophen}
   */
  public Optional<Drug> drug(String id) {
    return Optional.ofNullable(drugs.get(id));
  }

  /**
   * {@return the drug a name denotes (generic, brand or alias, in any case), if the vocabulary has
   * it}
   *
   * @param name a name as written, such as {@code Norco}
   */
  public Optional<Drug> named(String name) {
    return Optional.ofNullable(names.get(normal(name))).map(drugs::get);
  }

  /** Every name the vocabulary knows, normalised, longest first (for longest-match reading). */
  List<String> namesLongestFirst() {
    return namesLongestFirst;
  }

  /** The drug id a normalised name denotes. */
  String idOfNormalName(String normalName) {
    return names.get(normalName);
  }

  /**
   * {@return the combination product of exactly these components in this order, if the vocabulary
   * has one}
   *
   * @param componentIds the drug ids of the components, in strength order
   */
  public Optional<Drug> combinationOf(List<String> componentIds) {
    return drugs.values().stream().filter(d -> d.components().equals(componentIds)).findFirst();
  }

  /** {@return every drug, in no particular order} */
  public List<Drug> drugs() {
    return List.copyOf(drugs.values());
  }

  /**
   * {@return the text of the factor table {@code id}, if the vocabulary names it}
   *
   * @param id a source id of the vocabulary's {@code sources}
   */
  public Optional<String> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * The service (drug class) that selects the rules for {@code order}: a compound, or anything
   * applied to the skin, is of the service with role {@code topical} (the topical analgesic);
   * otherwise the class of its drug. Empty when the order names a drug the vocabulary does not have.
   *
   * @param order the medication requested
   * @return the drug class service of the order, if known
   */
  public Optional<Service> serviceOf(MedicationOrder order) {
    if (order.isCompound() || order.route().equals(Optional.of(Route.TOPICAL))) {
      if (topical.isPresent() || order.drug().isEmpty()) {
        return topical;
      }
    }
    return drug(order.drug().orElseThrow()).map(Drug::service);
  }

  /**
   * {@return whether every drug the order names is in the vocabulary}
   *
   * @param order the medication requested
   */
  public boolean knows(MedicationOrder order) {
    return order.drug().map(drugs::containsKey).orElse(true)
        && order.ingredients().stream().map(Ingredient::drug).allMatch(drugs::containsKey);
  }

  /** {@return the vocabulary this catalog was compiled against, which case files are read with} */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public String toString() {
    return "DrugCatalog[" + drugs.size() + " drugs]";
  }
}
