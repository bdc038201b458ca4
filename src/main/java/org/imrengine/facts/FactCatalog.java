package org.imrengine.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imrengine.medication.DrugCatalog;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;
import org.imrengine.model.Side;

/**
 * The facts a rule base knows, compiled from the fact files of {@code rules/facts/} (the format is
 * in {@code docs/rule-format.md}, "Facts"), and their derivation from a case for one request.
 * Immutable and thread-safe: {@link #derive} is a pure function of its arguments.
 */
public final class FactCatalog {
  private static final Map<String, Template> DEFAULT_DESCRIBE = defaultDescribes();

  private static Map<String, Template> defaultDescribes() {
    Map<String, Template> out = new LinkedHashMap<>();
    for (CaseList list : CaseList.ALL.values()) {
      out.put(list.name(), Template.parse(list.describe(), list.type()));
    }
    return Map.copyOf(out);
  }

  /** Where problems found while compiling fact files go. */
  @FunctionalInterface
  public interface Problems {
    /**
     * One problem: the file, the place in it (such as {@code facts[3].where.region}) and what is
     * wrong.
     *
     * @param file the file, as named by the caller
     * @param path the path
     * @param message what is wrong
     */
    void add(String file, String path, String message);
  }

  /** A fact file: its name and its parsed YAML content. */
  public record Source(String name, JsonNode root) {}

  private final Map<String, Definition> definitions;
  private final Map<String, Definition.Scope> scopes;
  private final List<Fact> facts;
  private final DrugCatalog drugs;

  FactCatalog(Map<String, Definition> definitions, Map<String, Definition.Scope> scopes) {
    this(definitions, scopes, DrugCatalog.builtIn());
  }

  private FactCatalog(Map<String, Definition> definitions, Map<String, Definition.Scope> scopes, DrugCatalog drugs) {
    this.drugs = drugs;
    this.definitions = Map.copyOf(definitions);
    this.scopes = Map.copyOf(scopes);
    List<Fact> list = new ArrayList<>();
    definitions.values().forEach(d -> list.add(d.fact));
    this.facts = List.copyOf(list);
  }

  /**
   * Compiles fact files, reporting every problem to {@code problems}; the catalog returned holds
   * the definitions that compiled.
   *
   * @param sources the sources
   * @param problems every problem, in file order
   * @return a fact catalog
   */
  public static FactCatalog compile(List<Source> sources, Problems problems) {
    return compile(sources, org.imrengine.model.Vocabulary.builtIn(), problems);
  }

  /**
   * Compiles fact files as {@link #compile(List, Problems)}, checking the values their filters name
   * (services, finding types, observation codes, ...) against {@code vocabulary}.
   *
   * @param sources the sources
   * @param vocabulary the vocabulary of the rule base
   * @param problems every problem, in file order
   * @return a fact catalog
   */
  public static FactCatalog compile(List<Source> sources, org.imrengine.model.Vocabulary vocabulary, Problems problems) {
    return new FactCompiler(problems, vocabulary).compile(sources);
  }

  static Template defaultDescribe(CaseList list) {
    return DEFAULT_DESCRIBE.get(list.name());
  }

  /**
   * {@return this catalog with the drug vocabulary its medication functions read} (the MME
   * factors); a catalog compiled without one reads the built-in vocabulary.
   *
   * @param vocabulary the drug vocabulary
   */
  public FactCatalog withDrugs(DrugCatalog vocabulary) {
    Map<String, Definition> ordered = new LinkedHashMap<>();
    facts.forEach(f -> ordered.put(f.id(), definitions.get(f.id())));
    return new FactCatalog(ordered, scopes, java.util.Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /** {@return the drug vocabulary the medication functions read} */
  public DrugCatalog drugs() {
    return drugs;
  }

  /** {@return every fact, in definition order} */

  public List<Fact> facts() {
    return facts;
  }

  /**
   * {@return the fact called {@code id}, if one is defined}
   * @param id the id
   */
  public Optional<Fact> fact(String id) {
    Definition d = definitions.get(id);
    return d == null ? Optional.empty() : Optional.of(d.fact);
  }

  /** {@return the ids of the named scopes} */
  public Set<String> scopeIds() {
    return scopes.keySet();
  }

  /** The compiled definition of fact {@code id}, or null. */
  Definition definition(String id) {
    return definitions.get(id);
  }

  Definition.Scope scope(String id) {
    return scopes.get(id);
  }

  FactValue value(String id, Derivation d) {
    FactValue known = d.values.get(id);
    if (known == null) {
      known = definitions.get(id).derive(d, this);
      d.values.put(id, known);
    }
    return known;
  }

  /**
   * The facts of {@code file} for {@code request}: each fact is derived when first asked for (and
   * kept), so reading a few facts costs only those few and the facts they depend on.
   *
   * @param file the case file
   * @param request the request
   * @return the facts, thread-safe
   */
  public Facts derive(CaseFile file, Request request) {
    Derivation d = new Derivation(file, request, drugs);
    return Facts.derived(new Facts.Source() {
      @Override
      public FactValue value(Fact fact) {
        if (!definitions.containsKey(fact.id())) {
          return null;
        }
        // One derivation's memo is not thread-safe; its facts may be read from several threads.
        synchronized (d) {
          return FactCatalog.this.value(fact.id(), d);
        }
      }

      @Override
      public Map<Fact, FactValue> all() {
        Map<Fact, FactValue> out = new LinkedHashMap<>();
        synchronized (d) {
          for (Fact fact : facts) {
            out.put(fact, FactCatalog.this.value(fact.id(), d));
          }
        }
        return java.util.Collections.unmodifiableMap(out);
      }
    });
  }

  @Override
  public String toString() {
    return "FactCatalog[" + facts.size() + " facts]";
  }

  /** Compiles fact files; collects problems rather than stopping at the first. */
  private static final class FactCompiler {
    private static final Set<String> FACT_KEYS = Set.of("id", "kind", "label", "unit", "implies", "basis",
        "scope", "items", "where", "after", "require", "describe", "first", "present", "quantity", "elapsed",
        "function", "otherwise");
    private static final Set<String> SCOPE_KEYS = Set.of("id", "text", "scope", "items", "where", "after");

    private final Problems problems;
    private String file;
    private final Map<String, Definition.Scope> scopes = new LinkedHashMap<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, List<String>> fallbacks = new LinkedHashMap<>();
    private final Map<String, String> where = new LinkedHashMap<>();
    private final List<String[]> implications = new ArrayList<>();
    private final List<String[]> scopeRefs = new ArrayList<>();

    private final org.imrengine.model.Vocabulary vocabulary;

    FactCompiler(Problems problems, org.imrengine.model.Vocabulary vocabulary) {
      this.problems = problems;
      this.vocabulary = vocabulary;
    }

    FactCatalog compile(List<Source> sources) {
      // Scopes first (every file), so facts may use a scope from any file.
      for (Source s : sources) {
        file = s.name();
        JsonNode root = s.root();
        if (root == null || !root.isObject()) {
          problem("", "a fact file is a mapping with 'scopes' and 'facts'");
          continue;
        }
        known(root, "", Set.of("scopes", "facts"));
        JsonNode list = root.path("scopes");
        for (int i = 0; i < list.size(); i++) {
          scope(list.get(i), "scopes[" + i + "]");
        }
      }
      for (Source s : sources) {
        file = s.name();
        JsonNode list = s.root() == null ? null : s.root().path("facts");
        if (list == null || list.isMissingNode()) {
          continue;
        }
        if (!list.isArray()) {
          problem("facts", "expected a list of facts");
          continue;
        }
        for (int i = 0; i < list.size(); i++) {
          fact(list.get(i), "facts[" + i + "]");
        }
      }
      for (String[] ref : implications) {
        Definition target = definitions.get(ref[2]);
        if (target == null) {
          problems.add(ref[0], ref[1], "unknown fact '" + ref[2] + "'");
        } else if (target.fact.kind() != Fact.Kind.FLAG) {
          problems.add(ref[0], ref[1], "fact '" + ref[2] + "' is a quantity; only flags can be implied");
        }
      }
      checkCycles();
      return new FactCatalog(definitions, scopes);
    }

    private void problem(String path, String message) {
      problems.add(file, path, message);
    }

    private void known(JsonNode node, String path, Set<String> keys) {
      node.fieldNames().forEachRemaining(name -> {
        if (!keys.contains(name)) {
          problem(join(path, name), "unknown key (expected one of " + String.join(", ", new java.util.TreeSet<>(keys)) + ")");
        }
      });
    }

    private static String join(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    private String text(JsonNode node, String key, String path, boolean required) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        if (required) {
          problem(join(path, key), "missing required field");
        }
        return null;
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        problem(join(path, key), "expected a non-blank string");
        return null;
      }
      return v.asText();
    }

    private void scope(JsonNode node, String path) {
      if (!node.isObject()) {
        problem(path, "expected a mapping");
        return;
      }
      known(node, path, SCOPE_KEYS);
      String id = text(node, "id", path, true);
      text(node, "text", path, true);
      if (id == null) {
        return;
      }
      path = "scopes[id=" + id + "]";
      if (scopes.containsKey(id)) {
        problem(path, "duplicate scope id '" + id + "'");
        return;
      }
      Definition.Scope s = scopeOf(node, path, id);
      if (s != null) {
        scopes.put(id, s);
      }
    }

    /** The scope a fact or scope node describes: {@code scope: NAME} narrowed, or {@code items:}. */
    private Definition.Scope scopeOf(JsonNode node, String path, String id) {
      String base = text(node, "scope", path, false);
      String items = text(node, "items", path, false);
      CaseList list;
      List<Condition> conditions = new ArrayList<>();
      List<Definition.After> after = new ArrayList<>();
      if (base != null && items != null) {
        problem(path, "give either 'scope' or 'items', not both");
        return null;
      }
      if (base != null) {
        Definition.Scope b = scopes.get(base);
        if (b == null) {
          problem(join(path, "scope"), "unknown scope '" + base + "' (a scope must be defined before it is used; known: "
              + String.join(", ", scopes.keySet()) + ")");
          return null;
        }
        list = b.list();
        conditions.addAll(b.where());
        after.addAll(b.after());
      } else if (items != null) {
        Optional<CaseList> l = CaseList.named(items);
        if (l.isEmpty()) {
          problem(join(path, "items"), "unknown list '" + items + "' (known: "
              + String.join(", ", new java.util.TreeSet<>(CaseList.ALL.keySet())) + ")");
          return null;
        }
        list = l.get();
      } else {
        problem(path, "missing 'items' (the case list to read) or 'scope' (a named scope)");
        return null;
      }
      if (node.has("where")) {
        conditions.addAll(conditions(node.get("where"), join(path, "where"), list.type()));
      }
      if (node.has("after")) {
        Definition.After a = after(node.get("after"), join(path, "after"), id);
        if (a != null) {
          after.add(a);
        }
      }
      return new Definition.Scope(id, list, conditions, after);
    }

    private Definition.After after(JsonNode node, String path, String self) {
      if (!node.isObject()) {
        problem(path, "expected { scope: NAME, date: FIELD or [FIELDS] }");
        return null;
      }
      known(node, path, Set.of("scope", "date"));
      String s = text(node, "scope", path, true);
      if (s == null) {
        return null;
      }
      Definition.Scope target = scopes.get(s);
      if (target == null) {
        problem(join(path, "scope"), "unknown scope '" + s + "'");
        return null;
      }
      List<ItemPath> dates = paths(node.get("date"), join(path, "date"), target.list().type());
      for (ItemPath p : dates) {
        if (!p.isDate()) {
          problem(join(path, "date"), "'" + p + "' is not a date");
        }
      }
      return dates.isEmpty() ? null : new Definition.After(s, dates);
    }

    private List<ItemPath> paths(JsonNode node, String path, Class<?> type) {
      List<ItemPath> out = new ArrayList<>();
      if (node == null) {
        problem(path, "missing required field");
        return out;
      }
      List<JsonNode> names = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(names::add);
      } else {
        names.add(node);
      }
      for (JsonNode n : names) {
        if (!n.isTextual()) {
          problem(path, "expected a field name or a list of field names");
          continue;
        }
        try {
          out.add(ItemPath.resolve(type, n.asText()));
        } catch (IllegalArgumentException e) {
          problem(path, e.getMessage());
        }
      }
      return out;
    }

    /** A mapping of field to test, as in {@code where}, {@code match} and {@code unless}. */
    private List<Condition> conditions(JsonNode node, String path, Class<?> type) {
      List<Condition> out = new ArrayList<>();
      if (node == null || node.isNull()) {
        return out;
      }
      if (!node.isObject()) {
        problem(path, "expected a mapping of field to value");
        return out;
      }
      node.properties().forEach(e -> {
        String at = join(path, e.getKey());
        if (e.getKey().equals("anyOf")) {
          if (!e.getValue().isArray() || e.getValue().size() < 2) {
            problem(at, "expected a list of at least two mappings");
            return;
          }
          List<List<Condition>> sets = new ArrayList<>();
          for (int i = 0; i < e.getValue().size(); i++) {
            sets.add(conditions(e.getValue().get(i), at + "[" + i + "]", type));
          }
          out.add(new Condition.AnyOf(sets));
          return;
        }
        ItemPath p;
        try {
          p = ItemPath.resolve(type, e.getKey());
        } catch (IllegalArgumentException ex) {
          problem(at, ex.getMessage());
          return;
        }
        Condition c = test(p, e.getValue(), at);
        if (c != null) {
          out.add(c);
        }
      });
      return out;
    }

    private Condition test(ItemPath p, JsonNode v, String at) {
      if (v.isObject()) {
        known(v, at, Set.of("equals", "in", "not", "stated", "orUnstated", "min", "max", "withinWeeks",
            "sideOf", "everySide", "among"));
        boolean orUnstated = v.path("orUnstated").asBoolean(false);
        if (v.has("orUnstated") && !v.get("orUnstated").isBoolean()) {
          problem(at + ".orUnstated", "expected true or false");
        }
        if (v.has("stated")) {
          if (!v.get("stated").isBoolean()) {
            problem(at + ".stated", "expected true or false");
            return null;
          }
          return new Condition.Stated(p, v.get("stated").asBoolean());
        }
        if (v.has("equals")) {
          return equality(p, v.get("equals"), at + ".equals", orUnstated);
        }
        if (v.has("in")) {
          return equality(p, v.get("in"), at + ".in", orUnstated);
        }
        if (v.has("not")) {
          Condition inner = equality(p, v.get("not"), at + ".not", false);
          return inner == null ? null : new Condition.Not(inner);
        }
        if (v.has("min") || v.has("max")) {
          if (!p.isNumber()) {
            problem(at, "'" + p + "' is not a number: min and max need a numeric field");
            return null;
          }
          long min = number(v, "min", at, Long.MIN_VALUE);
          long max = number(v, "max", at, Long.MAX_VALUE);
          return new Condition.Between(p, min, max);
        }
        if (v.has("sideOf")) {
          return sideOf(p, v, at + ".sideOf", orUnstated);
        }
        if (v.has("among")) {
          ItemPath other = requestField(v.get("among"), at + ".among");
          return other == null ? null : new Condition.LevelAmong(p, other);
        }
        if (v.has("withinWeeks")) {
          if (!p.isDate()) {
            problem(at, "'" + p + "' is not a date: withinWeeks needs a date field");
            return null;
          }
          return new Condition.WithinWeeks(p, number(v, "withinWeeks", at, 0));
        }
        problem(at, "expected one of equals, in, not, stated, min, max, withinWeeks, sideOf, among");
        return null;
      }
      return equality(p, v, at, false);
    }

    /** A {@code $request.FIELD} reference, for the conditions that compare with the request. */
    private ItemPath requestField(JsonNode v, String at) {
      if (!v.isTextual() || !v.asText().startsWith("$request.")) {
        problem(at, "expected $request.FIELD");
        return null;
      }
      try {
        return ItemPath.resolve(Request.class, v.asText().substring("$request.".length()));
      } catch (IllegalArgumentException e) {
        problem(at, e.getMessage());
        return null;
      }
    }

    private long number(JsonNode v, String key, String at, long otherwise) {
      if (!v.has(key)) {
        return otherwise;
      }
      if (!v.get(key).canConvertToLong() || !v.get(key).isIntegralNumber()) {
        problem(at + "." + key, "expected a whole number");
        return otherwise;
      }
      return v.get(key).asLong();
    }

    /** On the side of {@code $request.FIELD}: both fields must be sides. */
    private Condition sideOf(ItemPath p, JsonNode parent, String at, boolean orUnstated) {
      JsonNode v = parent.get("sideOf");
      if (p.type() != Side.class) {
        problem(at, "'" + p + "' is not a side: sideOf needs a side field");
        return null;
      }
      if (!v.isTextual() || !v.asText().startsWith("$request.")) {
        problem(at, "expected a side of the request, such as $request.side");
        return null;
      }
      try {
        ItemPath other = ItemPath.resolve(Request.class, v.asText().substring("$request.".length()));
        if (other.type() != Side.class) {
          problem(at, "'" + v.asText() + "' is not a side");
          return null;
        }
        if (parent.has("everySide") && !parent.get("everySide").isBoolean()) {
          problem(at.substring(0, at.length() - ".sideOf".length()) + ".everySide", "expected true or false");
          return null;
        }
        return new Condition.OnSideOf(p, other, orUnstated, parent.path("everySide").asBoolean(false));
      } catch (IllegalArgumentException e) {
        problem(at, e.getMessage());
        return null;
      }
    }

    /** Equals a value, one of a list, or {@code $request.FIELD}. */
    private Condition equality(ItemPath p, JsonNode v, String at, boolean orUnstated) {
      if (v.isTextual() && v.asText().startsWith("$request.")) {
        try {
          ItemPath other = ItemPath.resolve(Request.class, v.asText().substring("$request.".length()));
          if (other.type() != p.type()) {
            problem(at, "'" + p + "' and '" + v.asText() + "' are different kinds of value");
            return null;
          }
          return new Condition.SameAsRequest(p, other, orUnstated);
        } catch (IllegalArgumentException e) {
          problem(at, e.getMessage());
          return null;
        }
      }
      List<JsonNode> values = new ArrayList<>();
      if (v.isArray()) {
        v.forEach(values::add);
        if (values.isEmpty()) {
          problem(at, "an empty list matches nothing");
          return null;
        }
      } else {
        values.add(v);
      }
      Set<Object> set = new LinkedHashSet<>();
      for (JsonNode one : values) {
        Object literal = literal(p, one, at);
        if (literal == null) {
          return null;
        }
        set.add(literal);
      }
      return new Condition.OneOf(p, Set.copyOf(set), orUnstated);
    }

    private Object literal(ItemPath p, JsonNode v, String at) {
      if (p.isBoolean()) {
        if (!v.isBoolean()) {
          problem(at, "'" + p + "' is true or false, not " + v);
          return null;
        }
        return v.asBoolean();
      }
      if (p.isNumber()) {
        if (!v.isIntegralNumber()) {
          problem(at, "'" + p + "' is a whole number, not " + v);
          return null;
        }
        return v.asLong();
      }
      if (!v.isTextual()) {
        problem(at, "expected a value of '" + p + "', was " + v);
        return null;
      }
      Optional<List<String>> vocabulary = p.vocabulary(this.vocabulary);
      if (vocabulary.isPresent() && !vocabulary.get().contains(v.asText())) {
        problem(at, "unknown value '" + v.asText() + "' of '" + p + "' (expected one of "
            + String.join(", ", vocabulary.get()) + ")");
        return null;
      }
      if (p.isDate() || p.type() == List.class) {
        problem(at, "'" + p + "' cannot be compared with a literal; use stated");
        return null;
      }
      return v.asText();
    }

    private Template template(String text, String at, Class<?> type) {
      try {
        return Template.parse(text, type);
      } catch (IllegalArgumentException e) {
        problem(at, e.getMessage());
        return null;
      }
    }

    /** Words that may use only fields of the request: reasons are about the record as a whole. */
    private Template requestTemplate(String text, String at) {
      Template t = template(text, at, Request.class);
      if (t != null && t.needsItem()) {
        problem(at, "a reason may use only $request fields, such as {$request.service}");
        return null;
      }
      return t;
    }

    private void fact(JsonNode node, String path) {
      if (!node.isObject()) {
        problem(path, "expected a mapping");
        return;
      }
      known(node, path, FACT_KEYS);
      String id = text(node, "id", path, true);
      if (id == null) {
        return;
      }
      path = "facts[id=" + id + "]";
      if (!id.matches("[a-z][a-z0-9_]*")) {
        problem(join(path, "id"), "a fact id is lower_snake_case");
      }
      if (definitions.containsKey(id)) {
        problem(path, "duplicate fact id '" + id + "' (first defined in " + where.get(id) + ")");
        return;
      }
      String kindText = text(node, "kind", path, true);
      String label = text(node, "label", path, true);
      String unit = text(node, "unit", path, false);
      Fact.Kind kind = null;
      if ("flag".equals(kindText)) {
        kind = Fact.Kind.FLAG;
      } else if ("quantity".equals(kindText)) {
        kind = Fact.Kind.QUANTITY;
      } else if (kindText != null) {
        problem(join(path, "kind"), "expected flag or quantity, was '" + kindText + "'");
      }
      if (kind == Fact.Kind.QUANTITY && unit == null) {
        problem(join(path, "unit"), "a quantity needs its unit (weeks, visits, ...)");
      }
      if (kind == Fact.Kind.FLAG && unit != null) {
        problem(join(path, "unit"), "a flag has no unit");
      }
      List<String> implies = new ArrayList<>();
      JsonNode imp = node.get("implies");
      if (imp != null) {
        if (!imp.isArray()) {
          problem(join(path, "implies"), "expected a list of fact ids");
        } else {
          for (JsonNode i : imp) {
            implies.add(i.asText());
            implications.add(new String[] {file, join(path, "implies"), i.asText()});
          }
        }
      }
      Definition.Scope scope = scopeOf(node, path, null);
      if (scope == null || kind == null || label == null) {
        return;
      }
      Class<?> type = scope.list().type();
      List<Definition.Require> requires = new ArrayList<>();
      JsonNode req = node.get("require");
      if (req != null) {
        if (!req.isArray()) {
          problem(join(path, "require"), "expected a list");
        } else {
          for (int i = 0; i < req.size(); i++) {
            Definition.Require r = require(req.get(i), join(path, "require") + "[" + i + "]", scope, id);
            if (r != null) {
              requires.add(r);
            }
          }
        }
      }
      Definition.Reducer reducer = reducer(node, path, kind, scope);
      Template describe = null;
      String d = text(node, "describe", path, false);
      if (d != null) {
        describe = template(d, join(path, "describe"), type);
      }
      Definition.Otherwise otherwise = otherwise(node.get("otherwise"), join(path, "otherwise"), id, reducer);
      if (reducer == null || otherwise == null) {
        return;
      }
      Fact fact = new Fact(id, kind, label, Optional.ofNullable(unit), implies);
      definitions.put(id, new Definition(fact, scope, requires, reducer, describe, otherwise));
      where.put(id, file);
    }

    private Definition.Require require(JsonNode node, String path, Definition.Scope own, String id) {
      if (!node.isObject()) {
        problem(path, "expected { match: ..., otherwise: ... } or { scope: NAME, otherwise: ... }");
        return null;
      }
      known(node, path, Set.of("scope", "match", "otherwise"));
      String s = text(node, "scope", path, false);
      Class<?> type = own.list().type();
      if (s != null) {
        if (!scopes.containsKey(s)) {
          problem(join(path, "scope"), "unknown scope '" + s + "'");
          return null;
        }
        type = scopes.get(s).list().type();
      }
      List<Condition> match = conditions(node.get("match"), join(path, "match"), type);
      if (node.get("otherwise") == null) {
        problem(join(path, "otherwise"), "missing required field (what the fact is when the requirement is not met)");
        return null;
      }
      Definition.Otherwise o = otherwise(node.get("otherwise"), join(path, "otherwise"), id, null);
      return o == null ? null : new Definition.Require(s, match, o);
    }

    private Definition.Reducer reducer(JsonNode node, String path, Fact.Kind kind, Definition.Scope scope) {
      List<String> given = new ArrayList<>();
      for (String k : List.of("first", "present", "quantity", "elapsed", "function")) {
        if (node.has(k)) {
          given.add(k);
        }
      }
      if (given.size() != 1) {
        problem(path, given.isEmpty()
            ? "missing how the items reduce to a value: first, present, quantity, elapsed or function"
            : "give one of " + String.join(", ", given) + ", not several");
        return null;
      }
      String how = given.get(0);
      boolean flag = how.equals("first") || how.equals("present");
      if (flag != (kind == Fact.Kind.FLAG)) {
        problem(join(path, how), flag ? "'" + how + "' gives a flag, but the fact is a quantity"
            : "'" + how + "' gives a quantity, but the fact is a flag");
        return null;
      }
      Class<?> type = scope.list().type();
      String at = join(path, how);
      JsonNode v = node.get(how);
      switch (how) {
        case "present":
          return new Definition.Branches(List.of(
              new Definition.Branch(conditions(v, at, type), List.of(), Definition.Verdict.PRESENT, null, "present"),
              new Definition.Branch(List.of(), List.of(), Definition.Verdict.ABSENT, null, "absent")));
        case "first": {
          if (!v.isArray() || v.isEmpty()) {
            problem(at, "expected a list of branches");
            return null;
          }
          List<Definition.Branch> branches = new ArrayList<>();
          for (int i = 0; i < v.size(); i++) {
            Definition.Branch b = branch(v.get(i), at + "[" + i + "]", type, "first[" + i + "]");
            if (b != null) {
              branches.add(b);
            }
          }
          return new Definition.Branches(branches);
        }
        case "quantity": {
          known(v, at, Set.of("of", "pick"));
          List<ItemPath> of = paths(v.get("of"), at + ".of", type);
          for (ItemPath p : of) {
            if (!p.isNumber()) {
              problem(at + ".of", "'" + p + "' is not a number");
            }
          }
          String pick = v.path("pick").asText("first");
          if (!pick.equals("first") && !pick.equals("max")) {
            problem(at + ".pick", "expected first or max");
            return null;
          }
          return new Definition.QuantityOf(of, pick.equals("max") ? Definition.Pick.MAX : Definition.Pick.FIRST);
        }
        case "elapsed": {
          known(v, at, Set.of("from", "pick", "unit", "fallback"));
          List<ItemPath> from = paths(v.get("from"), at + ".from", type);
          for (ItemPath p : from) {
            if (!p.isDate() && !p.isSpan()) {
              problem(at + ".from", "'" + p + "' is not a date");
            }
          }
          String pick = v.path("pick").asText("latest");
          if (!pick.equals("latest") && !pick.equals("earliest")) {
            problem(at + ".pick", "expected latest or earliest");
            return null;
          }
          ChronoUnit unit;
          switch (v.path("unit").asText("")) {
            case "days":
              unit = ChronoUnit.DAYS;
              break;
            case "weeks":
              unit = ChronoUnit.WEEKS;
              break;
            case "months":
              unit = ChronoUnit.MONTHS;
              break;
            case "years":
              unit = ChronoUnit.YEARS;
              break;
            default:
              problem(at + ".unit", "expected days, weeks, months or years");
              return null;
          }
          String fallback = v.path("fallback").asText("");
          if (!fallback.isEmpty() && !fallback.equals("injuryDate")) {
            problem(at + ".fallback", "the only fallback is injuryDate");
            return null;
          }
          return new Definition.Elapsed(from,
              pick.equals("earliest") ? Definition.Pick.EARLIEST : Definition.Pick.LATEST, unit, !fallback.isEmpty());
        }
        default: {
          String name = v.asText();
          FactFunctions.Named fn = FactFunctions.ALL.get(name);
          if (fn == null) {
            problem(at, "unknown function '" + name + "' (known: "
                + String.join(", ", new java.util.TreeSet<>(FactFunctions.ALL.keySet())) + ")");
            return null;
          }
          if (!fn.itemType().isAssignableFrom(type)) {
            problem(at, "function '" + name + "' reads " + fn.itemType().getSimpleName() + " items, not items of "
                + scope.list().name());
            return null;
          }
          return new Definition.Function(name, fn.fn());
        }
      }
    }

    private Definition.Branch branch(JsonNode node, String path, Class<?> type, String outcome) {
      if (!node.isObject()) {
        problem(path, "expected { match: ..., value: present | absent | notDocumented }");
        return null;
      }
      known(node, path, Set.of("match", "unless", "value", "reason"));
      String value = text(node, "value", path, true);
      Definition.Verdict verdict;
      if ("present".equals(value)) {
        verdict = Definition.Verdict.PRESENT;
      } else if ("absent".equals(value)) {
        verdict = Definition.Verdict.ABSENT;
      } else if ("notDocumented".equals(value)) {
        verdict = Definition.Verdict.NOT_DOCUMENTED;
      } else {
        if (value != null) {
          problem(join(path, "value"), "expected present, absent or notDocumented, was '" + value + "'");
        }
        return null;
      }
      String reason = text(node, "reason", path, verdict == Definition.Verdict.NOT_DOCUMENTED);
      if (reason != null && verdict != Definition.Verdict.NOT_DOCUMENTED) {
        problem(join(path, "reason"), "only a notDocumented branch has a reason");
      }
      Template r = reason == null ? null : requestTemplate(reason, join(path, "reason"));
      return new Definition.Branch(conditions(node.get("match"), join(path, "match"), type),
          conditions(node.get("unless"), join(path, "unless"), type), verdict, r, outcome);
    }

    private Definition.Otherwise otherwise(JsonNode node, String path, String id, Definition.Reducer reducer) {
      if (node == null) {
        problem(path, "missing required field (what the fact is when the record does not settle it)");
        return null;
      }
      if (node.isTextual()) {
        Template t = requestTemplate(node.asText(), path);
        return t == null ? null : new Definition.Otherwise.Reason(t, false);
      }
      if (!node.isObject()) {
        problem(path, "expected a reason, { reason: ..., cite: scope | none } or { fact: ID }");
        return null;
      }
      known(node, path, Set.of("reason", "cite", "fact"));
      if (node.has("fact")) {
        String other = node.get("fact").asText();
        fallbacks.computeIfAbsent(id, k -> new ArrayList<>()).add(other);
        scopeRefs.add(new String[] {file, path, other});
        return new Definition.Otherwise.FromFact(other);
      }
      String reason = text(node, "reason", path, true);
      String cite = node.path("cite").asText("none");
      if (!cite.equals("scope") && !cite.equals("none")) {
        problem(join(path, "cite"), "expected scope or none");
      }
      Template t = reason == null ? null : requestTemplate(reason, join(path, "reason"));
      return t == null ? null : new Definition.Otherwise.Reason(t, cite.equals("scope"));
    }

    /** A fact whose value falls back to another's must not, through others, fall back to itself. */
    private void checkCycles() {
      for (String[] ref : scopeRefs) {
        if (!definitions.containsKey(ref[2])) {
          problems.add(ref[0], ref[1], "unknown fact '" + ref[2] + "'");
        }
      }
      for (String start : fallbacks.keySet()) {
        List<String> path = new ArrayList<>();
        if (cycle(start, start, path, new HashSet<>())) {
          problems.add(where.getOrDefault(start, file), "facts[id=" + start + "].otherwise",
              "the fact falls back on itself: " + start + " -> " + String.join(" -> ", path));
        }
      }
    }

    private boolean cycle(String start, String at, List<String> path, Set<String> seen) {
      for (String next : fallbacks.getOrDefault(at, List.of())) {
        path.add(next);
        if (next.equals(start)) {
          return true;
        }
        if (seen.add(next) && cycle(start, next, path, seen)) {
          return true;
        }
        path.remove(path.size() - 1);
      }
      return false;
    }
  }
}
