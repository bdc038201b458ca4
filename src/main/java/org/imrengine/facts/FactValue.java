package org.imrengine.facts;

import java.util.List;
import java.util.Objects;

/**
 * What the case says about one fact: a flag (present or documented absent), a quantity, or not
 * documented. Every variant carries the evidence behind it (a not-documented value may still cite
 * items that came close, such as a sensory deficit with no dermatome). Immutable and thread-safe.
 */
public sealed interface FactValue {

  /** {@return the items behind this value, in case order} */
  List<Evidence> evidence();

  /** A flag documented present ({@code present == true}) or documented absent. */
  record Flag(boolean present, List<Evidence> evidence) implements FactValue {
    /**
     * Checks the components and copies its collections, so the record is immutable.
     *
     * @param present whether the record documents the fact present (true) or absent (false)
     * @param evidence the case items behind it
     */
    public Flag {
      evidence = List.copyOf(evidence);
    }
  }

  /** A documented number, in the unit of its fact. */
  record Quantity(long amount, List<Evidence> evidence) implements FactValue {
    /**
     * Checks the components (the values must be consistent) and copies its collections, so the
     * record is immutable.
     *
     * @param amount the number, never negative
     * @param evidence the case items behind it
     */
    public Quantity {
      if (amount < 0) {
        throw new IllegalArgumentException("amount must not be negative, was " + amount);
      }
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A number the record only bounds: its dates are partial ("2018", "after June 2014"), so the
   * value lies between {@code min} and {@code max} ({@link Long#MAX_VALUE} when unbounded above).
   * A threshold both bounds meet, or both fail, is decided; one between them is not documented,
   * and {@code why} says which dates leave it open.
   */
  record Between(long min, long max, String why, List<Evidence> evidence) implements FactValue {
    /**
     * Checks the components (no component may be null; the values must be consistent) and copies
     * its collections, so the record is immutable.
     *
     * @param min the lower bound
     * @param max the upper bound, {@link Long#MAX_VALUE} when unbounded
     * @param why which dates leave the value open
     * @param evidence the case items behind it
     */
    public Between {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max, were " + min + ", " + max);
      }
      Objects.requireNonNull(why, "why");
      evidence = List.copyOf(evidence);
    }

    /**
     * {@return the bounds in words, such as {@code "between 30 and 41"} or {@code "at least 30"}}
     */
    public String range() {
      return max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
    }
  }

  /** Nothing in the case documents the fact either way; {@code reason} says what is missing. */
  record NotDocumented(String reason, List<Evidence> evidence) implements FactValue {
    /**
     * Checks the components (no component may be null) and copies its collections, so the record
     * is immutable.
     *
     * @param reason what is missing, in words such as "no MRI of the region is documented"
     * @param evidence the case items looked at, if any
     */
    public NotDocumented {
      Objects.requireNonNull(reason, "reason");
      evidence = List.copyOf(evidence);
    }
  }
}
