package org.imrengine.model;

import java.util.Objects;

/**
 * How often or how much per period, such as "2-3 visits a week", "4 hours a day" or "4 days a
 * week". Immutable and thread-safe.
 *
 * @param min the lower bound (2 in "2-3 visits a week")
 * @param max the upper bound (3 in the example); equal to {@code min} for a single figure
 * @param unit what is counted
 * @param per the period
 */
public record Rate(int min, int max, Unit unit, Per per) {
  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param min the lower bound (2 in "2-3 visits a week")
   * @param max the upper bound (3 in the example); equal to {@code min} for a single figure
   * @param unit what is counted
   * @param per the period
   */
  public Rate {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(per, "per");
    if (min < 1) {
      throw new IllegalArgumentException("min must be at least 1, was " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("max must be at least min (" + min + "), was " + max);
    }
    int limit = limit(unit, per);
    if (max > limit) {
      throw new IllegalArgumentException("at most " + limit + " " + unit.id() + " a " + per.id()
          + " is possible, was " + max);
    }
  }

  /**
   * {@return the most of {@code unit} a real record can state per {@code per}: sessions at most 3
   * a day
   * (21 a week), days at most one a day, hours at most 24 a day, anything else {@link Amount#MAX}}
   * @param unit what is counted
   * @param per the period
   */
  public static int limit(Unit unit, Per per) {
    if (unit == Unit.DAYS) {
      return per.maxDays();
    }
    if (unit == Unit.HOURS) {
      return 24 * per.maxDays();
    }
    if (unit.isSession()) {
      return 3 * per.maxDays();
    }
    if (unit.isDuration()) {
      // weeks a month, months a year, ...
      return Math.max(1, per.maxDays() / Per.of(unit).minDays());
    }
    return Amount.MAX;
  }
}
