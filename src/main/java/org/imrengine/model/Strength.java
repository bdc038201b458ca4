package org.imrengine.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The strength of one unit of a drug (10 mg a tablet, 25 mcg/hr a patch) or its concentration
 * (5%). Immutable and thread-safe.
 *
 * @param amount how much, greater than 0 (at most 100 for a percentage)
 * @param unit of what
 */
public record Strength(BigDecimal amount, StrengthUnit unit) {
  /**
   * Checks the components (neither may be null; the amount must be greater than 0 and at most
   * {@link Amount#MAX}, and a percentage at most 100).
   *
   * @param amount how much, greater than 0 (at most 100 for a percentage)
   * @param unit of what
   */
  public Strength {
    Checks.positiveAmount(amount, "a strength");
    Objects.requireNonNull(unit, "unit");
    if (unit == StrengthUnit.PERCENT && amount.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("a concentration is at most 100%, was " + amount.toPlainString());
    }
  }

  /** {@return the strength as written in a prescription, such as {@code 10 mg} or {@code 5%}} */
  public String words() {
    String n = amount.stripTrailingZeros().toPlainString();
    switch (unit) {
      case PERCENT:
        return n + "%";
      case MCG_PER_HOUR:
        return n + " mcg/hr";
      case MG_PER_ML:
        return n + " mg/ml";
      default:
        return n + " " + unit.id();
    }
  }
}
