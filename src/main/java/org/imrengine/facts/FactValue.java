package org.imrengine.facts;

import java.util.List;
import java.util.Objects;

/**
 * What the case says about one fact: a flag (present or documented absent), a quantity, or not
 * documented. Every variant carries the evidence behind it (a not-documented value may still cite
 * items that came close, such as a sensory deficit with no dermatome). Immutable and thread-safe.
 */
public sealed interface FactValue {

  /** The items behind this value, in case order. */
  List<Evidence> evidence();

  /** A flag documented present ({@code present == true}) or documented absent. */
  record Flag(boolean present, List<Evidence> evidence) implements FactValue {
    public Flag {
      evidence = List.copyOf(evidence);
    }
  }

  /** A documented number, in the unit of its fact. */
  record Quantity(long amount, List<Evidence> evidence) implements FactValue {
    public Quantity {
      if (amount < 0) {
        throw new IllegalArgumentException("amount must not be negative, was " + amount);
      }
      evidence = List.copyOf(evidence);
    }
  }

  /** Nothing in the case documents the fact either way; {@code reason} says what is missing. */
  record NotDocumented(String reason, List<Evidence> evidence) implements FactValue {
    public NotDocumented {
      Objects.requireNonNull(reason, "reason");
      evidence = List.copyOf(evidence);
    }
  }
}
