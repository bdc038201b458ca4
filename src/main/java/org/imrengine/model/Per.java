package org.imrengine.model;

/** The period of a rate: "a day", "a week", "a month", "a year". */
public enum Per implements Term {
  /** Per day. */
  DAY(1, 1, Unit.DAYS),
  /** Per week. */
  WEEK(7, 7, Unit.WEEKS),
  /** Per month. */
  MONTH(28, 31, Unit.MONTHS),
  /** Per year. */
  YEAR(365, 366, Unit.YEARS);

  private final int minDays;
  private final int maxDays;
  private final Unit unit;

  Per(int minDays, int maxDays, Unit unit) {
    this.minDays = minDays;
    this.maxDays = maxDays;
    this.unit = unit;
  }

  /** {@return the fewest days the period can have} */
  public int minDays() {
    return minDays;
  }

  /** {@return the most days the period can have} */
  public int maxDays() {
    return maxDays;
  }

  /**
   * {@return the duration unit of the same length, such as {@link Unit#WEEKS} for {@link #WEEK}}
   */
  public Unit unit() {
    return unit;
  }

  /** The period whose length is one {@code unit}, a duration unit. */
  static Per of(Unit unit) {
    for (Per p : values()) {
      if (p.unit == unit) {
        return p;
      }
    }
    throw new IllegalArgumentException("'" + unit.id() + "' is not a duration unit");
  }
}
