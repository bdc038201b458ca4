package org.imrengine.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * How a drug is to be taken: units a dose, how often, whether as needed. "1-2 tabs q4-6h prn" is
 * 1 to 2 units a dose, every 4 to 6 hours, as needed. Immutable and thread-safe.
 *
 * @param unitsPerDose tablets, capsules or patches a dose (patches worn at once), if stated
 * @param timesPerDay doses a day (2 for "bid"), if stated as a count
 * @param everyHours hours between doses (6 for "q6h", 72 for a patch changed every 3 days), if
 *     stated as an interval; never together with {@code timesPerDay}
 * @param asNeeded whether it is taken as needed ("prn"), if stated
 */
public record Directions(Optional<DoseRange> unitsPerDose, Optional<DoseRange> timesPerDay,
    Optional<DoseRange> everyHours, Optional<Boolean> asNeeded) {
  /** The most units a dose a prescription can plausibly direct. */
  public static final int MAX_UNITS_PER_DOSE = 20;

  /**
   * Checks the components (no component may be null; the doses a day and the hours between doses
   * may not both be given; at most {@link #MAX_UNITS_PER_DOSE} units a dose, 24 doses a day, and
   * doses 1 to 744 hours apart).
   *
   * @param unitsPerDose tablets, capsules or patches a dose (patches worn at once), if stated
   * @param timesPerDay doses a day (2 for "bid"), if stated as a count
   * @param everyHours hours between doses (6 for "q6h", 72 for a patch changed every 3 days), if
   *     stated as an interval; never together with {@code timesPerDay}
   * @param asNeeded whether it is taken as needed ("prn"), if stated
   */
  public Directions {
    Checks.notNull(unitsPerDose, "unitsPerDose");
    Checks.notNull(timesPerDay, "timesPerDay");
    Checks.notNull(everyHours, "everyHours");
    Checks.notNull(asNeeded, "asNeeded");
    if (timesPerDay.isPresent() && everyHours.isPresent()) {
      throw new IllegalArgumentException("give the doses a day or the hours between doses, not both");
    }
    if (unitsPerDose.isPresent() && unitsPerDose.get().max().compareTo(BigDecimal.valueOf(MAX_UNITS_PER_DOSE)) > 0) {
      throw new IllegalArgumentException("at most " + MAX_UNITS_PER_DOSE + " units a dose is possible, was "
          + unitsPerDose.get().max().toPlainString());
    }
    if (timesPerDay.isPresent() && timesPerDay.get().max().compareTo(BigDecimal.valueOf(24)) > 0) {
      throw new IllegalArgumentException("at most 24 doses a day is possible, was "
          + timesPerDay.get().max().toPlainString());
    }
    if (everyHours.isPresent() && (everyHours.get().min().compareTo(BigDecimal.ONE) < 0
        || everyHours.get().max().compareTo(BigDecimal.valueOf(24 * 31)) > 0)) {
      throw new IllegalArgumentException("doses are 1 to 744 hours apart, was every "
          + everyHours.get().min().toPlainString() + " hours");
    }
  }

  /**
   * {@return the most doses a day the directions allow: the count, or 24 over the shortest
   * interval; empty when neither is stated}
   */
  public Optional<BigDecimal> maxTimesPerDay() {
    if (timesPerDay.isPresent()) {
      return Optional.of(timesPerDay.get().max());
    }
    return everyHours.map(h -> BigDecimal.valueOf(24).divide(h.min(), MathContext.DECIMAL64));
  }

  /**
   * {@return the most units a day the directions allow, when both the units a dose and how often
   * are stated}
   */
  public Optional<BigDecimal> maxUnitsPerDay() {
    return unitsPerDose.flatMap(u -> maxTimesPerDay().map(t -> u.max().multiply(t)));
  }
}
