package org.imrengine.model;

/**
 * A visit frequency and duration such as "2-3 times a week for 6 weeks". Immutable and
 * thread-safe.
 *
 * @param perWeekMin the lower bound of visits per week (2 in the example)
 * @param perWeekMax the upper bound of visits per week (3 in the example)
 * @param weeks the number of weeks (6 in the example)
 */
public record Frequency(int perWeekMin, int perWeekMax, int weeks) {
  public Frequency {
    if (perWeekMin < 1) {
      throw new IllegalArgumentException("perWeekMin must be at least 1, was " + perWeekMin);
    }
    if (perWeekMax < perWeekMin) {
      throw new IllegalArgumentException(
          "perWeekMax must be at least perWeekMin (" + perWeekMin + "), was " + perWeekMax);
    }
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be at least 1, was " + weeks);
    }
  }

  /** The fewest visits the frequency asks for: {@code perWeekMin * weeks}. */
  public int minVisits() {
    return perWeekMin * weeks;
  }

  /** The most visits the frequency asks for: {@code perWeekMax * weeks}. */
  public int maxVisits() {
    return perWeekMax * weeks;
  }
}
