package org.imrengine.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number or a range of numbers in directions: 1 or 1-2 tablets a dose, every 4-6 hours.
 * Immutable and thread-safe.
 *
 * @param min the lower bound, greater than 0
 * @param max the upper bound, at least {@code min}
 */
public record DoseRange(BigDecimal min, BigDecimal max) {
  /**
   * Checks the components (neither may be null; {@code min} must be greater than 0 and
   * {@code max} at least {@code min}).
   *
   * @param min the lower bound, greater than 0
   * @param max the upper bound, at least {@code min}
   */
  public DoseRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.signum() <= 0) {
      throw new IllegalArgumentException("must be greater than 0, was " + min.toPlainString());
    }
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("the upper bound " + max.toPlainString()
          + " is below the lower bound " + min.toPlainString());
    }
  }

  /**
   * {@return the range holding just the given number}
   *
   * @param value the number, greater than 0
   */
  public static DoseRange of(BigDecimal value) {
    return new DoseRange(value, value);
  }

  /**
   * {@return the range holding just the given whole number}
   *
   * @param value the number, greater than 0
   */
  public static DoseRange of(long value) {
    return of(BigDecimal.valueOf(value));
  }
}
