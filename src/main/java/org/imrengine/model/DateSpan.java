package org.imrengine.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something happened, as precisely as the record says: an exact day, a month, a year, a range
 * bounded on one or both sides, or an approximate day. Held as the earliest and the latest day it
 * can have been; either bound may be open. Immutable and thread-safe.
 *
 * <table>
 *   <caption>Case-file forms</caption>
 *   <tr><th>written</th><th>earliest</th><th>latest</th><th>exact</th></tr>
 *   <tr><td>{@code "2014-09-03"}</td><td>2014-09-03</td><td>2014-09-03</td><td>2014-09-03</td></tr>
 *   <tr><td>{@code "2014-09"}</td><td>2014-09-01</td><td>2014-09-30</td><td>none</td></tr>
 *   <tr><td>{@code "2018"}</td><td>2018-01-01</td><td>2018-12-31</td><td>none</td></tr>
 *   <tr><td>{@code {"after": "2014-06-01"}}</td><td>2014-06-02</td><td>open</td><td>none</td></tr>
 *   <tr><td>{@code {"before": "2015"}}</td><td>open</td><td>2014-12-31</td><td>none</td></tr>
 *   <tr><td>{@code {"about": "2014-09-15"}}</td><td>2014-09-15</td><td>2014-09-15</td><td>none</td></tr>
 * </table>
 *
 * <p>An approximate span keeps the stated day or month as its bounds but is not exact, and its
 * bounds are an estimate: date-order checks ignore it.
 *
 * @param earliest the earliest day it can have been; empty when open
 * @param latest the latest day it can have been; empty when open
 * @param approximate whether the record gives the date only as an estimate ("about", "around")
 */
public record DateSpan(Optional<LocalDate> earliest, Optional<LocalDate> latest, boolean approximate) {
  // "2014-09-03", "2014-09", "2014"
  private static final Pattern PARTIAL = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");

  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param earliest the earliest day it can have been; empty when open
   * @param latest the latest day it can have been; empty when open
   * @param approximate whether the record gives the date only as an estimate ("about", "around")
   */
  public DateSpan {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (earliest.isPresent() && latest.isPresent() && latest.get().isBefore(earliest.get())) {
      throw new IllegalArgumentException(
          "latest " + latest.get() + " is before earliest " + earliest.get());
    }
  }

  /**
   * {@return the exact day {@code day}}
   * @param day the day
   */
  public static DateSpan of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new DateSpan(Optional.of(day), Optional.of(day), false);
  }

  /**
   * {@return the days from {@code earliest} to {@code latest}, both included}
   * @param earliest the earliest day it can have been; empty when open
   * @param latest the latest day it can have been; empty when open
   */
  public static DateSpan between(LocalDate earliest, LocalDate latest) {
    return new DateSpan(Optional.of(earliest), Optional.of(latest), false);
  }

  /**
   * Parses a day, a month or a year: {@code "2014-09-03"}, {@code "2014-09"}, {@code "2018"}.
   *
   * @param text the text
   * @return a date span
   * @throws DateTimeException if {@code text} is none of these, or names a day that does not exist
   */
  public static DateSpan parse(String text) {
    Matcher m = PARTIAL.matcher(text);
    if (!m.matches()) {
      throw new DateTimeException("not a date");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
    if (m.group(3) == null) {
      return between(month.atDay(1), month.atEndOfMonth());
    }
    return of(month.atDay(Integer.parseInt(m.group(3))));
  }

  /** {@return the exact day, when the span is one day and not approximate} */
  public Optional<LocalDate> exact() {
    return !approximate && earliest.isPresent() && earliest.equals(latest) ? earliest : Optional.empty();
  }

  /** {@return the same span, marked approximate} */
  public DateSpan approximately() {
    return new DateSpan(earliest, latest, true);
  }

  /**
   * {@return whether this span certainly ends before {@code other} begins: every day of it is
   * earlier}
   * @param other the other value
   */
  public boolean isCertainlyBefore(DateSpan other) {
    return latest.isPresent() && other.earliest.isPresent() && latest.get().isBefore(other.earliest.get());
  }

  /**
   * {@return whether this span certainly lies after {@code day}}
   * @param day the day
   */
  public boolean isCertainlyAfter(LocalDate day) {
    return earliest.isPresent() && earliest.get().isAfter(day);
  }

  /**
   * {@return whether this span certainly lies before {@code day}}
   * @param day the day
   */
  public boolean isCertainlyBefore(LocalDate day) {
    return latest.isPresent() && latest.get().isBefore(day);
  }

  /**
   * The span in words, without clinical content: {@code 2014-09-03}, {@code 2014-09-01 to
   * 2014-09-30}, {@code after 2014-06-01}, {@code before 2015-01-01}, with {@code about} in front
   * when approximate.
   */
  @Override
  public String toString() {
    String span;
    if (earliest.isPresent() && earliest.equals(latest)) {
      span = earliest.get().toString();
    } else if (earliest.isPresent() && latest.isPresent()) {
      span = earliest.get() + " to " + latest.get();
    } else if (earliest.isPresent()) {
      span = "after " + earliest.get().minusDays(1);
    } else if (latest.isPresent()) {
      span = "before " + latest.get().plusDays(1);
    } else {
      span = "unknown";
    }
    return approximate ? "about " + span : span;
  }
}
