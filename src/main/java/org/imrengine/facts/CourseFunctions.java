package org.imrengine.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrengine.model.Amount;
import org.imrengine.model.Frequency;
import org.imrengine.model.Observation;
import org.imrengine.model.Per;
import org.imrengine.model.Rate;
import org.imrengine.model.Request;
import org.imrengine.model.Treatment;
import org.imrengine.model.Unit;

/**
 * The derivations of courses of treatment that stay code: visits already given, the change that
 * measurements before and after a course show, how often and how long a request asks for, and a
 * count of items. Named in fact definitions by {@code function:}, registered in
 * {@link FactFunctions#ALL}. Stateless and thread-safe.
 */
final class CourseFunctions {
  private CourseFunctions() {}

  static final Map<String, FactFunctions.Named> ALL = Map.of(
      "visits_given", new FactFunctions.Named(Treatment.class,
          "the visits the treatments in scope gave, added up: none when there are no such treatments;"
              + " not documented when there are some and none states its visits",
          CourseFunctions::visitsGiven),
      "course_gain_percent", new FactFunctions.Named(Observation.class,
          "the largest rise (0 for none), in percent of the first value, between the earliest and the latest measure of"
              + " one code about one course of the requested service (for measures where more is better)",
          (items, d) -> change(items, d, true)),
      "course_reduction_percent", new FactFunctions.Named(Observation.class,
          "the largest fall (0 for none), in percent of the first value, between the earliest and the latest measure of"
              + " one code about one course of the requested service (for measures where less is better)",
          (items, d) -> change(items, d, false)),
      "item_count", new FactFunctions.Named(Object.class,
          "the number of items in scope", CourseFunctions::count),
      "requested_weeks", new FactFunctions.Named(Request.class,
          "the weeks the request's frequency runs for, at the least (a month is 4 weeks)",
          CourseFunctions::requestedWeeks),
      "requested_sessions_per_week", new FactFunctions.Named(Request.class,
          "the most sessions a week the request's frequency asks for (a rate a day is 7 a week)",
          CourseFunctions::sessionsPerWeek),
      "requested_hours_per_week", new FactFunctions.Named(Request.class,
          "the most hours a week the request's frequency asks for: hours a day times days a week (7 if"
              + " not stated), or hours a week",
          CourseFunctions::hoursPerWeek),
      "rental_days", new FactFunctions.Named(Request.class,
          "the days a rental runs for, at the least (a month is 28 days)", CourseFunctions::rentalDays),
      "months_since_injury", new FactFunctions.Named(Request.class,
          "whole months from the date of injury (an exact day) to the decision date",
          CourseFunctions::monthsSinceInjury));

  private static Optional<FactFunctions.Result> visitsGiven(List<Object> items, Derivation d) {
    long total = 0;
    List<Object> used = new ArrayList<>();
    for (Object item : items) {
      Treatment t = (Treatment) item;
      if (t.visits().isPresent()) {
        total += t.visits().get();
        used.add(t);
      }
    }
    if (!items.isEmpty() && used.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FactFunctions.Result(total, used));
  }

  private static Optional<FactFunctions.Result> count(List<Object> items, Derivation d) {
    return Optional.of(new FactFunctions.Result(items.size(), List.copyOf(items)));
  }

  /**
   * Measures are grouped by code and by the course they are about (a treatment of the requested
   * service, in its region or with none); a group needs two dated values on different days.
   */
  private static Optional<FactFunctions.Result> change(List<Object> items, Derivation d, boolean rise) {
    Map<String, List<Observation>> groups = new LinkedHashMap<>();
    for (Object item : items) {
      Observation o = (Observation) item;
      if (o.value().isEmpty() || o.date().isEmpty() || o.about().isEmpty() || !aboutCourse(o.about().get(), d)) {
        continue;
      }
      groups.computeIfAbsent(o.code().id() + "\u0000" + o.about().get(), k -> new ArrayList<>()).add(o);
    }
    Optional<FactFunctions.Result> best = Optional.empty();
    for (List<Observation> group : groups.values()) {
      Observation first = group.get(0);
      Observation last = group.get(0);
      for (Observation o : group) {
        LocalDate day = o.date().get();
        if (day.isBefore(first.date().get())) {
          first = o;
        }
        if (!day.isBefore(last.date().get())) {
          last = o;
        }
      }
      if (!first.date().get().isBefore(last.date().get())) {
        continue;
      }
      BigDecimal before = first.value().get();
      BigDecimal after = last.value().get();
      BigDecimal gain = rise ? after.subtract(before) : before.subtract(after);
      long percent;
      if (before.signum() == 0) {
        percent = gain.signum() > 0 ? 100 : 0;
      } else {
        percent = gain.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 0, RoundingMode.DOWN).longValue();
      }
      percent = Math.max(0, percent);  // a loss is no gain (quantities are never negative)
      if (best.isEmpty() || percent > best.get().value()) {
        best = Optional.of(new FactFunctions.Result(percent, List.of(first, last)));
      }
    }
    return best;
  }

  private static boolean aboutCourse(String id, Derivation d) {
    Request r = d.request();
    for (Treatment t : d.file().treatments()) {
      if (t.id().equals(id)) {
        return t.service() == r.service() && !t.isNotGiven()
            && (t.region().isEmpty() || t.region().get() == r.region());
      }
    }
    return false;
  }

  private static Optional<FactFunctions.Result> requestedWeeks(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    if (r.frequency().isEmpty()) {
      return Optional.empty();
    }
    Amount duration = r.frequency().get().duration();
    long days = (long) duration.amount() * perOf(duration.unit()).minDays();
    return Optional.of(new FactFunctions.Result((days + 6) / 7, List.of(r)));
  }

  private static Optional<FactFunctions.Result> rentalDays(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    if (r.rentalDuration().isEmpty()) {
      return Optional.empty();
    }
    Amount duration = r.rentalDuration().get();
    return Optional.of(new FactFunctions.Result(
        (long) duration.amount() * perOf(duration.unit()).minDays(), List.of(r)));
  }

  private static Optional<FactFunctions.Result> monthsSinceInjury(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    Optional<LocalDate> injury = d.file().injuryDate();
    if (injury.isEmpty() || injury.get().isAfter(d.decisionDate())) {
      return Optional.empty();
    }
    return Optional.of(new FactFunctions.Result(
        java.time.temporal.ChronoUnit.MONTHS.between(injury.get(), d.decisionDate()), List.of(r)));
  }

  private static Optional<FactFunctions.Result> sessionsPerWeek(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    if (r.frequency().isEmpty()) {
      return Optional.empty();
    }
    Rate rate = r.frequency().get().sessionRate();
    Optional<Long> perWeek = perWeek(rate);
    return perWeek.map(n -> new FactFunctions.Result(n, List.of(r)));
  }

  private static Optional<FactFunctions.Result> hoursPerWeek(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    if (r.frequency().isEmpty()) {
      return Optional.empty();
    }
    Frequency f = r.frequency().get();
    Rate hours = null;
    Rate days = null;
    for (Rate rate : f.rates()) {
      if (rate.unit() == Unit.HOURS && hours == null) {
        hours = rate;
      } else if (rate.unit() == Unit.DAYS && rate.per() == Per.WEEK && days == null) {
        days = rate;
      }
    }
    if (hours == null) {
      return Optional.empty();
    }
    long total;
    if (hours.per() == Per.WEEK) {
      total = hours.max();
    } else if (hours.per() == Per.DAY) {
      total = (long) hours.max() * (days == null ? 7 : days.max());
    } else {
      return Optional.empty();
    }
    return Optional.of(new FactFunctions.Result(total, List.of(r)));
  }

  private static Optional<Long> perWeek(Rate rate) {
    switch (rate.per()) {
      case DAY:
        return Optional.of(rate.max() * 7L);
      case WEEK:
        return Optional.of((long) rate.max());
      default:
        return Optional.empty();
    }
  }

  private static Per perOf(Unit unit) {
    switch (unit) {
      case DAYS:
        return Per.DAY;
      case WEEKS:
        return Per.WEEK;
      case MONTHS:
        return Per.MONTH;
      default:
        return Per.YEAR;
    }
  }
}
