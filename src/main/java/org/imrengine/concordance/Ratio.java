package org.imrengine.concordance;

import java.util.Locale;
import java.util.Optional;

/**
 * A proportion with its counts, such as 6 of 7 agreeing. Undefined when {@code of} is zero.
 * Immutable and thread-safe.
 *
 * @param count the items that count, at least 0
 * @param of the items counted among, at least {@code count}
 */
public record Ratio(long count, long of) {
  /**
   * Checks the components (the values must be consistent).
   *
   * @param count the items that count, at least 0
   * @param of the items counted among, at least {@code count}
   */
  public Ratio {
    if (count < 0 || of < count) {
      throw new IllegalArgumentException("need 0 <= count <= of, was " + count + " of " + of);
    }
  }

  /** {@return {@code count / of}, or empty when {@code of} is zero} */
  public Optional<Double> value() {
    return of == 0 ? Optional.empty() : Optional.of((double) count / of);
  }

  /** {@code "0.857 (6 of 7)"}, or {@code "n/a (0 of 0)"} when undefined. */
  @Override
  public String toString() {
    return format(value()) + " (" + count + " of " + of + ")";
  }

  /** A value with three decimals, or {@code "n/a"}. */
  static String format(Optional<Double> value) {
    return value.map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("n/a");
  }
}
