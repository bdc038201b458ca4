package org.imrengine.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one case for one request. Immutable and thread-safe; iteration is in
 * {@link Fact} declaration order.
 */
public final class Facts {
  private final Map<Fact, FactValue> values;

  private Facts(EnumMap<Fact, FactValue> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Facts holding exactly {@code values}; facts not in the map are not documented. */
  public static Facts of(Map<Fact, FactValue> values) {
    EnumMap<Fact, FactValue> copy = new EnumMap<>(Fact.class);
    copy.putAll(Objects.requireNonNull(values, "values"));
    return new Facts(copy);
  }

  /** The value of {@code fact}; a {@link FactValue.NotDocumented} if nothing was derived. */
  public FactValue get(Fact fact) {
    FactValue value = values.get(Objects.requireNonNull(fact, "fact"));
    return value != null
        ? value
        : new FactValue.NotDocumented("nothing in the record documents " + fact.label(), java.util.List.of());
  }

  /** Every derived value, in fact order. */
  public Map<Fact, FactValue> asMap() {
    return values;
  }
}
