package org.imrengine.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one case for one request. Immutable and thread-safe; iteration is in the order the
 * facts are defined.
 */
public final class Facts {
  private final Map<Fact, FactValue> values;
  // Values that replace some of values (see with): small, looked up first; empty for derived facts.
  private final Map<Fact, FactValue> changed;

  private Facts(Map<Fact, FactValue> values, Map<Fact, FactValue> changed) {
    this.values = values;
    this.changed = changed;
  }

  private Facts(LinkedHashMap<Fact, FactValue> values) {
    this(Collections.unmodifiableMap(values), Map.of());
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
    return new Facts(values, Collections.unmodifiableMap(all));
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
    FactValue value = changed.isEmpty() ? null : changed.get(Objects.requireNonNull(fact, "fact"));
    if (value == null) {
      value = values.get(Objects.requireNonNull(fact, "fact"));
    }
    return value != null
        ? value
        : new FactValue.NotDocumented("nothing in the record documents " + fact.label(), java.util.List.of());
  }

  /** {@return every derived value, in fact order (changed values in place, added ones after)} */
  public Map<Fact, FactValue> asMap() {
    if (changed.isEmpty()) {
      return values;
    }
    LinkedHashMap<Fact, FactValue> all = new LinkedHashMap<>(values);
    all.putAll(changed);
    return Collections.unmodifiableMap(all);
  }
}
