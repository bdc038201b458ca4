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

  private Facts(LinkedHashMap<Fact, FactValue> values) {
    this.values = Collections.unmodifiableMap(values);
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
    FactValue value = values.get(Objects.requireNonNull(fact, "fact"));
    return value != null
        ? value
        : new FactValue.NotDocumented("nothing in the record documents " + fact.label(), java.util.List.of());
  }

  /** {@return every derived value, in fact order} */
  public Map<Fact, FactValue> asMap() {
    return values;
  }
}
