package org.imrengine.model;

import java.util.List;
import java.util.Objects;

/**
 * A frequency and duration, such as "2-3 times a week for 6 weeks" or "4 hours a day, 4 days a
 * week for 3 months". Bounded as a real record is (see {@link Rate#limit} and {@link #MAX_DAYS}),
 * so the visit counts cannot overflow. Immutable and thread-safe.
 *
 * @param rates the rates, outermost last: {@code [4 hours a day, 4 days a week]}; never empty
 * @param duration how long, in days, weeks, months or years (3 months in the example)
 */
public record Frequency(List<Rate> rates, Amount duration) {
  /** The longest duration a frequency may have: a year. */
  public static final int MAX_DAYS = 366;

  /**
   * Checks the components (no component may be null; the values must be consistent) and copies its
   * collections, so the record is immutable.
   *
   * @param rates the rates, outermost last: {@code [4 hours a day, 4 days a week]}; never empty
   * @param duration how long, in days, weeks, months or years (3 months in the example)
   */
  public Frequency {
    rates = List.copyOf(Objects.requireNonNull(rates, "rates"));
    Objects.requireNonNull(duration, "duration");
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("rates must not be empty");
    }
    if (!duration.unit().isDuration()) {
      throw new IllegalArgumentException(
          "duration must be in days, weeks, months or years, was " + duration.unit().id());
    }
    if (duration.minDays() > MAX_DAYS) {
      throw new IllegalArgumentException(
          "duration must be at most a year (52 weeks, 12 months), was " + duration.amount() + " "
              + duration.unit().id());
    }
  }

  /**
   * "perWeekMin-perWeekMax visits a week for weeks weeks", the form of earlier case files.
   *
   * @param perWeekMin the per week min
   * @param perWeekMax the per week max
   * @param weeks the weeks
   */
  public Frequency(int perWeekMin, int perWeekMax, int weeks) {
    this(List.of(new Rate(perWeekMin, perWeekMax, Unit.VISITS, Per.WEEK)), new Amount(weeks, Unit.WEEKS));
  }

  /**
   * {@return the rate that counts sessions: the first whose unit {@link Unit#isSession() is a
   * session}}
   * When no rate counts sessions ("4 hours a day"), one session per period of the first rate.
   */
  public Rate sessionRate() {
    for (Rate rate : rates) {
      if (rate.unit().isSession()) {
        return rate;
      }
    }
    Rate first = rates.get(0);
    return new Rate(1, 1, Unit.SESSIONS, first.per());
  }

  /**
   * {@return the fewest visits (sessions) the frequency asks for: 12 for "2-3 times a week for 6
   * weeks"}
   */
  public int minVisits() {
    Rate rate = sessionRate();
    return Math.toIntExact(Math.multiplyExact((long) rate.min(), minPeriods(rate.per())));
  }

  /**
   * {@return the most visits (sessions) the frequency asks for: 18 for "2-3 times a week for 6
   * weeks"}
   */
  public int maxVisits() {
    Rate rate = sessionRate();
    return Math.toIntExact(Math.multiplyExact((long) rate.max(), maxPeriods(rate.per())));
  }

  // How many whole periods the duration holds at least / at most: 6 weeks hold 6 weeks, 3 months
  // hold 12 to 14 weeks.
  private long minPeriods(Per per) {
    if (per.unit() == duration.unit()) {
      return duration.amount();
    }
    return Math.max(1, duration.minDays() / per.maxDays());
  }

  private long maxPeriods(Per per) {
    if (per.unit() == duration.unit()) {
      return duration.amount();
    }
    return Math.max(1, (duration.maxDays() + per.minDays() - 1) / per.minDays());
  }
}
