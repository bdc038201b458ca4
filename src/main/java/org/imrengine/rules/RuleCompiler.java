package org.imrengine.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrengine.facts.Fact;
import org.imrengine.model.DiagnosisCategory;
import org.imrengine.model.Region;
import org.imrengine.model.Service;
import org.imrengine.model.Term;
import org.imrengine.model.Vocabulary;
import org.imrengine.rules.Documents.AppliesToDocument;
import org.imrengine.rules.Documents.CitationDocument;
import org.imrengine.rules.Documents.CriterionDocument;
import org.imrengine.rules.Documents.DiagnosisLimitDocument;
import org.imrengine.rules.Documents.EditionDocument;
import org.imrengine.rules.Documents.FileDocument;
import org.imrengine.rules.Documents.IncludeDocument;
import org.imrengine.rules.Documents.LimitDocument;
import org.imrengine.rules.Documents.RuleDocument;
import org.imrengine.rules.Documents.SourceDocument;

/**
 * Turns one bound rule file into rules, checking everything and collecting every problem instead
 * of stopping at the first. A file with problems yields no rules.
 */
final class RuleCompiler {
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");
  /** The operator keys of a criterion, in the order messages list them. */
  private static final Map<String, java.util.function.Function<CriterionDocument, Object>> OPERATORS =
      operators();

  private static Map<String, java.util.function.Function<CriterionDocument, Object>> operators() {
    Map<String, java.util.function.Function<CriterionDocument, Object>> m = new LinkedHashMap<>();
    m.put("all", CriterionDocument::all);
    m.put("any", CriterionDocument::any);
    m.put("not", CriterionDocument::not);
    m.put("atLeast", CriterionDocument::atLeast);
    m.put("present", CriterionDocument::present);
    m.put("absent", CriterionDocument::absent);
    m.put("notPresent", CriterionDocument::notPresent);
    m.put("fact", CriterionDocument::fact);
    m.put("ref", CriterionDocument::ref);
    m.put("notRecommended", CriterionDocument::notRecommended);
    return java.util.Collections.unmodifiableMap(m);
  }

  private final String file;
  private final FileDocument doc;
  private final RuleReader.Read<FileDocument> read;
  private final List<Problem> problems;
  private final org.imrengine.facts.FactCatalog facts;
  private final Map<String, CriterionDocument> shared = new LinkedHashMap<>();
  private final Map<String, String> sharedPaths = new HashMap<>();
  /** The files this one includes, by the name it gives them. */
  private final Map<String, RuleCompiler> includes = new LinkedHashMap<>();
  /** Names of includes that could not be linked (already reported): refs through them fail quietly. */
  private final Set<String> brokenIncludes = new HashSet<>();
  private final Map<String, String> includePaths = new HashMap<>();

  private RuleCompiler(Unit unit, List<Problem> problems, org.imrengine.facts.FactCatalog facts) {
    this.file = unit.file();
    this.doc = unit.read().document().orElseThrow();
    this.read = unit.read();
    this.problems = problems;
    this.facts = facts;
  }

  /** One rule file read: its name in the index, and its document with the lines of its places. */
  record Unit(String file, RuleReader.Read<FileDocument> read) {}

  /**
   * Compiles {@code units} (the files of one rule base that could be read, in index order), with
   * the includes between them; adds problems to {@code problems} and returns the rules it could
   * build.
   *
   * @param indexed every file the index lists, read or not, so that an include of a file that
   *     could not be read is not reported a second time
   */
  static List<Rule> compile(List<Unit> units, Set<String> indexed, List<Problem> problems,
      org.imrengine.facts.FactCatalog facts) {
    Map<String, RuleCompiler> byFile = new LinkedHashMap<>();
    for (Unit unit : units) {
      byFile.put(unit.file(), new RuleCompiler(unit, problems, facts));
    }
    for (RuleCompiler c : byFile.values()) {
      c.collectShared();
      c.link(byFile, indexed);
    }
    Map<RuleCompiler, List<String>> cyclic = new LinkedHashMap<>();
    Set<String> included = new HashSet<>();
    for (RuleCompiler c : byFile.values()) {
      cyclic.put(c, c.cycles());
      c.includes.values().forEach(i -> included.add(i.file));
    }
    for (RuleCompiler c : byFile.values()) {
      for (String name : cyclic.get(c)) {
        c.includes.remove(name);
        c.brokenIncludes.add(name);
      }
    }
    List<Rule> rules = new ArrayList<>();
    for (RuleCompiler c : byFile.values()) {
      rules.addAll(c.compile(included.contains(c.file)));
    }
    return rules;
  }

  private void problem(String path, String message) {
    problems.add(new Problem(file, read.line(path), path, message));
  }

  private Location at(String path) {
    return new Location(file, read.line(path));
  }

  private boolean isLibrary() {
    return doc.rules() == null && doc.shared() != null && !doc.shared().isEmpty();
  }

  private void collectShared() {
    List<CriterionDocument> sharedDocs = doc.shared() == null ? List.of() : doc.shared();
    for (int i = 0; i < sharedDocs.size(); i++) {
      CriterionDocument d = sharedDocs.get(i);
      String path = "shared[" + i + "]";
      if (d == null || isBlank(d.id())) {
        problem(path + ".id", "missing required field");
      } else if (shared.putIfAbsent(d.id(), d) != null) {
        problem(path + ".id", "duplicate shared criterion id '" + d.id() + "' (also at "
            + sharedPaths.get(d.id()) + ")");
      } else {
        sharedPaths.put(d.id(), path);
      }
    }
  }

  /** Resolves {@code includes} against the other files of the rule base. */
  private void link(Map<String, RuleCompiler> byFile, Set<String> indexed) {
    List<IncludeDocument> docs = doc.includes() == null ? List.of() : doc.includes();
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String path = "includes[" + i + "]";
      IncludeDocument inc = docs.get(i);
      if (inc == null) {
        problem(path, "empty include (expected file and as)");
        continue;
      }
      String name = inc.as();
      if (isBlank(name)) {
        problem(path + ".as", "missing required field (the name refs use, as in ref: NAME.criterion)");
        continue;
      }
      if (!ID.matcher(name).matches()) {
        problem(path + ".as", "not a name '" + name + "' (expected lower_snake_case)");
        continue;
      }
      if (includePaths.containsKey(name)) {
        problem(path + ".as", "the name '" + name + "' is given twice (also at " + includePaths.get(name) + ")");
        continue;
      }
      includePaths.put(name, path);
      if (isBlank(inc.file())) {
        problem(path + ".file", "missing required field");
        brokenIncludes.add(name);
      } else if (inc.file().equals(file)) {
        problem(path + ".file", "a file cannot include itself");
        brokenIncludes.add(name);
      } else if (files.containsKey(inc.file())) {
        problem(path + ".file", "includes '" + inc.file() + "' a second time (also at " + files.get(inc.file()) + ")");
        brokenIncludes.add(name);
      } else if (byFile.containsKey(inc.file())) {
        includes.put(name, byFile.get(inc.file()));
      } else {
        if (!indexed.contains(inc.file())) {
          problem(path + ".file", "names '" + inc.file() + "', which index.yaml does not list");
        }
        brokenIncludes.add(name);
      }
      files.putIfAbsent(inc.file(), path);
    }
  }

  /** Reports each include that leads back to this file, and returns their names. */
  private List<String> cycles() {
    List<String> out = new ArrayList<>();
    for (var entry : includes.entrySet()) {
      List<String> chain = new ArrayList<>(List.of(file));
      if (reaches(entry.getValue(), chain, new HashSet<>())) {
        problem(includePaths.get(entry.getKey()) + ".file", "includes form a cycle ("
            + String.join(" -> ", chain) + ")");
        out.add(entry.getKey());
      }
    }
    return out;
  }

  /** Whether {@code at} includes this file, directly or not; {@code chain} ends with the path. */
  private boolean reaches(RuleCompiler at, List<String> chain, Set<String> visited) {
    chain.add(at.file);
    if (at == this) {
      return true;
    }
    if (visited.add(at.file)) {
      for (RuleCompiler next : at.includes.values()) {
        if (reaches(next, chain, visited)) {
          return true;
        }
      }
    }
    chain.remove(chain.size() - 1);
    return false;
  }

  private List<Rule> compile(boolean included) {
    int before = problems.size();
    boolean library = isLibrary();
    Optional<SourceDocument> source = Optional.ofNullable(doc.source());
    if (source.isEmpty() && !library) {
      problem("source", "missing required field");
    }
    Optional<Guideline> guideline = source.flatMap(s -> guideline("source.guideline", s.guideline()));
    if (source.isPresent() && isBlank(source.get().topic())) {
      problem("source.topic", "missing required field");
    }
    Optional<Edition> edition = doc.edition() == null && library ? Optional.empty() : edition(doc.edition());
    for (var entry : shared.entrySet()) {
      // A cycle is reported here, at the shared criterion: inside a ref, problems are dropped.
      cycle(entry.getKey()).ifPresent(chain -> problem(sharedPaths.get(entry.getKey()),
          "shared criterion '" + entry.getKey() + "' refers to itself (" + String.join(" -> ", chain) + ")"));
      criterion(sharedPaths.get(entry.getKey()), entry.getValue(), new ArrayList<>());
    }
    if (library) {
      if (!included) {
        problem("", "a library file (shared criteria, no rules) that no file includes");
      }
      return List.of();
    }
    if (doc.rules() == null || doc.rules().isEmpty()) {
      problem("rules", "missing required field (a rule file has at least one rule; a library file"
          + " has shared criteria and no rules)");
      return List.of();
    }
    List<Rule> rules = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < doc.rules().size(); i++) {
      String path = "rules[" + i + "]";
      RuleDocument r = doc.rules().get(i);
      if (r == null) {
        problem(path, "empty rule");
        continue;
      }
      if (r.id() != null && ids.putIfAbsent(r.id(), path) != null) {
        problem(path + ".id", "duplicate rule id '" + r.id() + "' (also at " + ids.get(r.id()) + ")");
      }
      rule(path, r, source, guideline, edition).ifPresent(rules::add);
    }
    return problems.size() == before ? rules : List.of();
  }

  private Optional<Rule> rule(String path, RuleDocument r, Optional<SourceDocument> source,
      Optional<Guideline> guideline, Optional<Edition> edition) {
    int before = problems.size();
    String id = checkId(path + ".id", r.id());
    String title = required(path + ".title", r.title());
    String summary = required(path + ".summary", r.summary());
    String basis = required(path + ".basis", r.basis());
    Optional<AppliesTo> appliesTo = appliesTo(path + ".appliesTo", r.appliesTo());
    Optional<Citation> citation = citation(path + ".citation", r.citation(), source, guideline, true);
    List<Citation> nonMtus = new ArrayList<>();
    List<CitationDocument> others = r.nonMtus() == null ? List.of() : r.nonMtus();
    for (int i = 0; i < others.size(); i++) {
      String at = path + ".nonMtus[" + i + "]";
      citation(at, others.get(i), Optional.empty(), Optional.empty(), false).ifPresent(c -> {
        if (c.guideline().isMtus()) {
          problem(at + ".guideline", "a non-MTUS citation cannot cite " + c.guideline().id());
        }
        nonMtus.add(c);
      });
    }
    Optional<Criterion> criteria = Optional.empty();
    if (r.criteria() == null) {
      problem(path + ".criteria", "missing required field");
    } else {
      criteria = criterion(path + ".criteria", r.criteria(), new ArrayList<>());
      criteria.ifPresent(c -> uniqueIds(path + ".criteria", c));
    }
    List<Limit> limits = new ArrayList<>();
    List<LimitDocument> limitDocs = r.limits() == null ? List.of() : r.limits();
    for (int i = 0; i < limitDocs.size(); i++) {
      limit(path + ".limits[" + i + "]", limitDocs.get(i)).ifPresent(limits::add);
    }
    if (problems.size() != before || appliesTo.isEmpty() || citation.isEmpty() || criteria.isEmpty()
        || edition.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Rule(id, title, file, appliesTo.get(), citation.get(), nonMtus,
        edition.get(), summary, criteria.get(), limits, basis));
  }

  private void uniqueIds(String path, Criterion root) {
    Set<String> seen = new HashSet<>();
    for (Criterion node : root.nodes()) {
      if (!node.wording().id().isEmpty() && !seen.add(node.wording().id())) {
        problem(path, "criterion id '" + node.wording().id() + "' is used twice in the rule");
      }
    }
  }

  // ------------------------------------------------------------------ parts

  private Optional<Edition> edition(EditionDocument e) {
    if (e == null) {
      problem("edition", "missing required field");
      return Optional.empty();
    }
    String name = required("edition.name", e.name());
    Optional<LocalDate> from = date("edition.from", e.from(), true);
    Optional<LocalDate> to = e.to() == null ? Optional.empty() : date("edition.to", e.to(), true);
    Optional<JudgedOn> judgedOn = e.judgedOn() == null ? Optional.of(JudgedOn.REQUEST_DATE)
        : term("edition.judgedOn", e.judgedOn(), JudgedOn.class);
    if (name == null || from.isEmpty() || (e.to() != null && to.isEmpty()) || judgedOn.isEmpty()) {
      return Optional.empty();
    }
    if (to.isPresent() && to.get().isBefore(from.get())) {
      problem("edition.to", "ends (" + to.get() + ") before it starts (" + from.get() + ")");
      return Optional.empty();
    }
    return Optional.of(new Edition(name, from.get(), to, judgedOn.get()));
  }

  private Optional<LocalDate> date(String path, String text, boolean required) {
    if (text == null) {
      if (required) {
        problem(path, "missing required field");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException ex) {
      problem(path, "not a valid date '" + text + "' (expected yyyy-MM-dd)");
      return Optional.empty();
    }
  }

  private Optional<AppliesTo> appliesTo(String path, AppliesToDocument a) {
    if (a == null) {
      problem(path, "missing required field");
      return Optional.empty();
    }
    int before = problems.size();
    Optional<Service> service = a.service() == null
        ? missing(path + ".service")
        : term(path + ".service", a.service(), vocabulary().services());
    List<Region> regions = new ArrayList<>();
    if (a.regions() == null || a.regions().isEmpty()) {
      problem(path + ".regions", "missing required field (a list of regions, or [any])");
    } else if (!a.regions().equals(List.of("any"))) {
      for (int i = 0; i < a.regions().size(); i++) {
        term(path + ".regions[" + i + "]", a.regions().get(i), Region.class).ifPresent(regions::add);
      }
    }
    List<Service> also = new ArrayList<>();
    List<String> alsoIds = a.also() == null ? List.of() : a.also();
    for (int i = 0; i < alsoIds.size(); i++) {
      Optional<Service> other = term(path + ".also[" + i + "]", alsoIds.get(i), vocabulary().services());
      if (other.isPresent() && (other.equals(service) || also.contains(other.get()))) {
        problem(path + ".also[" + i + "]", "'" + alsoIds.get(i) + "' is listed twice");
      }
      other.ifPresent(also::add);
    }
    List<Service> covers = new ArrayList<>();
    List<String> coverIds = a.covers() == null ? List.of() : a.covers();
    for (int i = 0; i < coverIds.size(); i++) {
      term(path + ".covers[" + i + "]", coverIds.get(i), vocabulary().services()).ifPresent(covers::add);
    }
    Optional<Criterion> when = a.when() == null
        ? Optional.empty()
        : criterion(path + ".when", a.when(), new ArrayList<>());
    if (problems.size() != before || service.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AppliesTo(service.get(), also, regions, covers, when));
  }

  private Optional<Citation> citation(String path, CitationDocument c, Optional<SourceDocument> source,
      Optional<Guideline> sourceGuideline, boolean pagesRequired) {
    if (c == null) {
      problem(path, "missing required field");
      return Optional.empty();
    }
    int before = problems.size();
    Optional<Guideline> guideline = c.guideline() != null
        ? guideline(path + ".guideline", c.guideline())
        : sourceGuideline;
    if (c.guideline() == null && source.isEmpty()) {
      problem(path + ".guideline", "missing required field");
    }
    Optional<String> chapter = Optional.ofNullable(c.chapter() != null ? c.chapter()
        : source.map(SourceDocument::chapter).orElse(null));
    String topic = c.topic() != null ? c.topic() : source.map(SourceDocument::topic).orElse(null);
    if (topic == null) {
      problem(path + ".topic", "missing required field");
    }
    if (c.section() != null && c.section().isBlank()) {
      problem(path + ".section", "empty (leave it out, or name the section)");
    }
    Optional<LocalDate> editionDate = date(path + ".editionDate", c.editionDate(), false);
    List<PageRange> pages = new ArrayList<>();
    if (c.pages() == null) {
      // A guideline without page numbers is cited by its section and the date of its edition.
      boolean bySection = c.section() != null && c.editionDate() != null;
      if (pagesRequired && !bySection && guideline.map(Guideline::isMtus).orElse(false)) {
        problem(path + ".pages", "missing required field (an MTUS citation names its pages, or, for a"
            + " guideline without page numbers, its section and editionDate)");
      }
    } else {
      for (String part : c.pages().split(",")) {
        try {
          pages.add(PageRange.parse(part));
        } catch (IllegalArgumentException e) {
          problem(path + ".pages", e.getMessage());
        }
      }
    }
    if (problems.size() != before || guideline.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Citation(guideline.get(), chapter, topic,
        Optional.ofNullable(c.section()), pages, editionDate));
  }

  private Optional<Guideline> guideline(String path, String id) {
    if (id == null) {
      return missing(path);
    }
    return term(path, id, vocabulary().guidelines());
  }

  private Optional<Limit> limit(String path, LimitDocument l) {
    if (l == null) {
      problem(path, "empty limit");
      return Optional.empty();
    }
    int before = problems.size();
    Wording wording = wording(path, l.id(), l.text(), l.advice(), l.basis(), l.unconfirmed(), true);
    Optional<Fact> fact = fact(path + ".fact", l.fact(), Fact.Kind.QUANTITY);
    Optional<Fact> given = l.given() == null ? Optional.empty()
        : fact(path + ".given", l.given(), Fact.Kind.QUANTITY);
    if (l.max() != null && l.byDiagnosis() != null) {
      problem(path, "give either max or byDiagnosis, not both");
    } else if (l.max() == null && (l.byDiagnosis() == null || l.byDiagnosis().isEmpty())) {
      problem(path + ".max", "missing required field (max, or byDiagnosis)");
    }
    if (l.max() != null && l.max() < 0) {
      problem(path + ".max", "must not be negative, was " + l.max());
    }
    List<Limit.DiagnosisLimit> groups = new ArrayList<>();
    List<DiagnosisLimitDocument> docs = l.byDiagnosis() == null ? List.of() : l.byDiagnosis();
    for (int i = 0; i < docs.size(); i++) {
      String at = path + ".byDiagnosis[" + i + "]";
      DiagnosisLimitDocument d = docs.get(i);
      String group = required(at + ".group", d.group());
      if (d.max() == null) {
        problem(at + ".max", "missing required field");
      } else if (d.max() < 0) {
        problem(at + ".max", "must not be negative, was " + d.max());
      }
      Set<DiagnosisCategory> categories = new java.util.LinkedHashSet<>();
      if (d.categories() == null || d.categories().isEmpty()) {
        problem(at + ".categories", "missing required field");
      } else {
        for (int j = 0; j < d.categories().size(); j++) {
          term(at + ".categories[" + j + "]", d.categories().get(j), vocabulary().diagnosisCategories())
              .ifPresent(categories::add);
        }
      }
      if (group != null && d.max() != null && d.max() >= 0 && !categories.isEmpty()) {
        groups.add(new Limit.DiagnosisLimit(group, categories, d.max(), Optional.ofNullable(d.weeks())));
      }
    }
    if (problems.size() != before || fact.isEmpty() || (l.given() != null && given.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Limit(wording, fact.get(), Optional.ofNullable(l.max()), groups,
        Boolean.TRUE.equals(l.requireStated()), given));
  }

  // ------------------------------------------------------------------ criteria

  private Optional<Criterion> criterion(String path, CriterionDocument d, List<String> refStack) {
    if (d == null) {
      problem(path, "empty criterion");
      return Optional.empty();
    }
    List<String> operators = new ArrayList<>();
    for (var op : OPERATORS.entrySet()) {
      if (op.getValue().apply(d) != null) {
        operators.add(op.getKey());
      }
    }
    if (operators.size() != 1) {
      problem(path, operators.isEmpty()
          ? "a criterion needs one of " + String.join(", ", OPERATORS.keySet())
          : "a criterion has exactly one of " + String.join(", ", OPERATORS.keySet())
              + "; found " + String.join(", ", operators));
      return Optional.empty();
    }
    String operator = operators.get(0);
    boolean leaf = List.of("present", "absent", "notPresent", "fact", "notRecommended").contains(operator);
    if (operator.equals("ref")) {
      return ref(path, d, refStack);
    }
    if (!operator.equals("fact") && (d.min() != null || d.max() != null || d.above() != null
        || d.below() != null)) {
      problem(path, "a threshold (min, max, above, below) belongs with fact");
    }
    Wording wording = wording(path, d.id(), d.text(), d.advice(), d.basis(), d.unconfirmed(), leaf);
    switch (operator) {
      case "all":
        return children(path + ".all", d.all(), refStack).map(c -> new Criterion.AllOf(wording, c));
      case "any":
        return children(path + ".any", d.any(), refStack).map(c -> new Criterion.AnyOf(wording, c));
      case "not":
        return criterion(path + ".not", d.not(), refStack).map(c -> new Criterion.Not(wording, c));
      case "atLeast":
        return atLeast(path + ".atLeast", wording, d, refStack);
      case "present":
        return flag(path + ".present", wording, d.present(), Criterion.FlagTest.Mode.PRESENT);
      case "absent":
        return flag(path + ".absent", wording, d.absent(), Criterion.FlagTest.Mode.ABSENT);
      case "notPresent":
        return flag(path + ".notPresent", wording, d.notPresent(), Criterion.FlagTest.Mode.NOT_PRESENT);
      case "notRecommended":
        if (!d.notRecommended()) {
          problem(path + ".notRecommended", "must be true (leave it out otherwise)");
          return Optional.empty();
        }
        return Optional.of(new Criterion.NotRecommended(wording));
      default:
        return compare(path, wording, d);
    }
  }

  private Optional<Criterion> ref(String path, CriterionDocument d, List<String> refStack) {
    if (d.id() != null || d.text() != null) {
      problem(path, "a ref takes its id and wording from the shared criterion; remove id and text");
    }
    int dot = d.ref().indexOf('.');
    RuleCompiler scope = this;
    String id = d.ref();
    if (dot >= 0) {
      String name = d.ref().substring(0, dot);
      id = d.ref().substring(dot + 1);
      if (brokenIncludes.contains(name)) {
        return Optional.empty(); // the include is reported at its own place
      }
      scope = includes.get(name);
      if (scope == null) {
        problem(path + ".ref", "unknown include '" + name + "' in ref '" + d.ref() + "'"
            + (includes.isEmpty() ? " (this file includes no file)"
                : " (this file includes: " + String.join(", ", includes.keySet()) + ")"));
        return Optional.empty();
      }
    }
    CriterionDocument target = scope.shared.get(id);
    if (target == null) {
      String where = scope == this ? "" : " in " + scope.file;
      problem(path + ".ref", "unknown shared criterion '" + id + "'" + where
          + (scope.shared.isEmpty() ? " (" + (scope == this ? "this file" : "that file") + " has none)"
              : " (known: " + String.join(", ", scope.shared.keySet()) + ")"));
      return Optional.empty();
    }
    String key = scope.file + "#" + id;
    if (refStack.contains(key)) {
      problem(path + ".ref", "shared criterion '" + d.ref() + "' refers to itself");
      return Optional.empty();
    }
    List<String> stack = new ArrayList<>(refStack);
    stack.add(key);
    int before = problems.size();
    // Compiled in its own file, at its own place: its refs resolve there, its source is there.
    Optional<Criterion> out = scope.criterion(scope.sharedPaths.get(id), target, stack);
    // The shared criterion itself is reported once, at its own place.
    while (problems.size() > before) {
      problems.remove(problems.size() - 1);
    }
    return out;
  }

  /** The chain of refs by which shared criterion {@code start} reaches itself, if it does. */
  private Optional<List<String>> cycle(String start) {
    return refChain(start, start, new ArrayList<>(List.of(start)), new HashSet<>());
  }

  private Optional<List<String>> refChain(String start, String at, List<String> chain,
      Set<String> visited) {
    for (String next : refs(shared.get(at), new ArrayList<>())) {
      if (next.equals(start)) {
        List<String> out = new ArrayList<>(chain);
        out.add(start);
        return Optional.of(out);
      }
      if (shared.containsKey(next) && visited.add(next)) {
        chain.add(next);
        Optional<List<String>> found = refChain(start, next, chain, visited);
        if (found.isPresent()) {
          return found;
        }
        chain.remove(chain.size() - 1);
      }
    }
    return Optional.empty();
  }

  /** Adds the ref ids of {@code d} and of its parts (not following the refs) to {@code out}. */
  private static List<String> refs(CriterionDocument d, List<String> out) {
    if (d == null) {
      return out;
    }
    if (d.ref() != null) {
      out.add(d.ref());
    }
    List<CriterionDocument> parts = new ArrayList<>();
    if (d.all() != null) {
      parts.addAll(d.all());
    }
    if (d.any() != null) {
      parts.addAll(d.any());
    }
    if (d.atLeast() != null && d.atLeast().of() != null) {
      parts.addAll(d.atLeast().of());
    }
    parts.add(d.not());
    for (CriterionDocument part : parts) {
      refs(part, out);
    }
    return out;
  }

  private Optional<List<Criterion>> children(String path, List<CriterionDocument> docs,
      List<String> refStack) {
    if (docs.isEmpty()) {
      problem(path, "must list at least one criterion");
      return Optional.empty();
    }
    List<Criterion> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < docs.size(); i++) {
      Optional<Criterion> c = criterion(path + "[" + i + "]", docs.get(i), refStack);
      ok &= c.isPresent();
      c.ifPresent(out::add);
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private Optional<Criterion> atLeast(String path, Wording wording, CriterionDocument d,
      List<String> refStack) {
    if (d.atLeast().of() == null) {
      problem(path + ".of", "missing required field");
      return Optional.empty();
    }
    Optional<List<Criterion>> children = children(path + ".of", d.atLeast().of(), refStack);
    Integer count = d.atLeast().count();
    if (count == null) {
      problem(path + ".count", "missing required field");
      return Optional.empty();
    }
    if (children.isPresent() && (count < 1 || count > children.get().size())) {
      problem(path + ".count", "must be between 1 and " + children.get().size() + ", was " + count);
      return Optional.empty();
    }
    return children.map(c -> new Criterion.AtLeast(wording, count, c));
  }

  private Optional<Criterion> flag(String path, Wording wording, String factId,
      Criterion.FlagTest.Mode mode) {
    return fact(path, factId, Fact.Kind.FLAG).map(f -> new Criterion.FlagTest(wording, f, mode));
  }

  private Optional<Criterion> compare(String path, Wording wording, CriterionDocument d) {
    Optional<Fact> fact = fact(path + ".fact", d.fact(), Fact.Kind.QUANTITY);
    Map<Comparison, Long> thresholds = new LinkedHashMap<>();
    if (d.min() != null) {
      thresholds.put(Comparison.MIN, d.min());
    }
    if (d.max() != null) {
      thresholds.put(Comparison.MAX, d.max());
    }
    if (d.above() != null) {
      thresholds.put(Comparison.ABOVE, d.above());
    }
    if (d.below() != null) {
      thresholds.put(Comparison.BELOW, d.below());
    }
    if (thresholds.size() != 1) {
      problem(path, "a fact test needs exactly one threshold: min, max, above or below");
      return Optional.empty();
    }
    var entry = thresholds.entrySet().iterator().next();
    if (entry.getValue() < 0) {
      problem(path + "." + entry.getKey().name().toLowerCase(java.util.Locale.ROOT),
          "threshold must not be negative, was " + entry.getValue());
      return Optional.empty();
    }
    return fact.map(f -> new Criterion.Compare(wording, f, entry.getKey(), entry.getValue()));
  }

  private Optional<Fact> fact(String path, String id, Fact.Kind kind) {
    if (id == null) {
      return missing(path);
    }
    Optional<Fact> fact = facts.fact(id);
    if (fact.isEmpty()) {
      StringBuilder known = new StringBuilder();
      for (Fact f : facts.facts()) {
        if (f.kind() == kind) {
          known.append(known.length() == 0 ? "" : ", ").append(f.id());
        }
      }
      problem(path, "unknown fact '" + id + "' (known " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " facts: " + known + ")");
      return Optional.empty();
    }
    if (fact.get().kind() != kind) {
      problem(path, kind == Fact.Kind.FLAG
          ? "fact '" + id + "' is a quantity: test it with fact and min, max, above or below"
          : "fact '" + id + "' is a flag: it takes no threshold (use present, absent or notPresent)");
      return Optional.empty();
    }
    return fact;
  }

  private Wording wording(String path, String id, String text, String advice, String basis,
      Boolean unconfirmed, boolean leaf) {
    if (id != null) {
      checkId(path + ".id", id);
    } else if (leaf) {
      problem(path + ".id", "missing required field (every test of a fact has an id)");
    }
    if (text == null && leaf) {
      problem(path + ".text", "missing required field (every test of a fact has a text)");
    }
    return new Wording(id == null ? "" : id, text == null ? "" : text, Optional.ofNullable(advice),
        basis == null ? "" : basis, Boolean.TRUE.equals(unconfirmed), at(path));
  }

  // ------------------------------------------------------------------ scalars

  private String checkId(String path, String id) {
    if (id == null) {
      problem(path, "missing required field");
      return "";
    }
    if (!ID.matcher(id).matches()) {
      problem(path, "not an id '" + id + "' (expected lower_snake_case)");
    }
    return id;
  }

  private String required(String path, String value) {
    if (isBlank(value)) {
      problem(path, "missing required field");
      return null;
    }
    return value;
  }

  private <T> Optional<T> missing(String path) {
    problem(path, "missing required field");
    return Optional.empty();
  }

  private <E extends Enum<E> & Term> Optional<E> term(String path, String id, Class<E> type) {
    try {
      return Optional.of(Term.parse(type, id));
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return Optional.empty();
    }
  }

  private <T extends Term> Optional<T> term(String path, String id, Vocabulary.Terms<T> terms) {
    try {
      return Optional.of(terms.get(id));
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return Optional.empty();
    }
  }

  /** The vocabulary of the rule base being compiled: the one its drug vocabulary was compiled with. */
  private Vocabulary vocabulary() {
    return facts.drugs().vocabulary();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
