package org.imrengine.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one case for one request. Immutable and thread-safe; iteration is in the order the
 * facts are defined.
 *
 * <p>Facts derived from a case ({@link FactCatalog#derive}) are derived when first asked for and
 * kept: a determination reads the few facts its rules test, not every fact the catalog defines.
 * The value of a fact does not depend on when, in which order or on which thread it is derived.
 */
public final class Facts {
  private final Map<Fact, FactValue> values;
  // Values that replace some of values (see with): small, looked up first; empty for derived facts.
  private final Map<Fact, FactValue> changed;
  // Derives the facts of a case on demand; null for facts given as values.
  private final Source source;

  /** Derives the value of a fact on demand; thread-safe, and the same value on every call. */
  interface Source {
    /** The value of {@code fact}, or null when the catalog does not define it. */
    FactValue value(Fact fact);

    /** Every defined fact's value, in definition order. */
    Map<Fact, FactValue> all();
  }

  private Facts(Map<Fact, FactValue> values, Map<Fact, FactValue> changed, Source source) {
    this.values = values;
    this.changed = changed;
    this.source = source;
  }

  private Facts(LinkedHashMap<Fact, FactValue> values) {
    this(Collections.unmodifiableMap(values), Map.of(), null);
  }

  /** Facts derived on demand from {@code source}. */
  static Facts derived(Source source) {
    return new Facts(Map.of(), Map.of(), Objects.requireNonNull(source, "source"));
  }

  /**
   * These facts with {@code changes} replacing (or adding to) some of them, without copying the
   * rest: what the advice re-checks a rule on.
   *
   * @param changes the values that replace or add to these facts
   * @return the changed facts; these facts are unchanged
   */
  public Facts with(Map<Fact, FactValue> changes) {
    LinkedHashMap<Fact, FactValue> all = new LinkedHashMap<>(changed);
    all.putAll(Objects.requireNonNull(changes, "changes"));
    return new Facts(values, Collections.unmodifiableMap(all), source);
  }

  /**
   * Facts holding exactly {@code values}, in their iteration order; other facts are not documented.
   *
   * @param values the values
   * @return a facts
   */
  public static Facts of(Map<Fact, FactValue> values) {
    return new Facts(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
  }

  /**
   * {@return the value of {@code fact}; a {@link FactValue.NotDocumented} if nothing was derived}
   * @param fact the fact
   */
  public FactValue get(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    FactValue value = changed.isEmpty() ? null : changed.get(fact);
    if (value == null) {
      value = source != null ? source.value(fact) : values.get(fact);
    }
    return value != null
        ? value
        : new FactValue.NotDocumented("nothing in the record documents " + fact.label(), java.util.List.of());
  }

  /** {@return every derived value, in fact order (changed values in place, added ones after)} */
  public Map<Fact, FactValue> asMap() {
    Map<Fact, FactValue> base = source != null ? source.all() : values;
    if (changed.isEmpty()) {
      return base;
    }
    LinkedHashMap<Fact, FactValue> all = new LinkedHashMap<>(base);
    all.putAll(changed);
    return Collections.unmodifiableMap(all);
  }
}
