package org.imrengine.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrengine.model.Approach;
import org.imrengine.model.Request;
import org.imrengine.model.Treatment;

/**
 * The derivations that stay code, named in fact definitions by {@code function:}. Each takes the
 * items of the fact's scope and gives a number with the items it used, or nothing when the items
 * do not settle it. Stateless and thread-safe.
 */
final class FactFunctions {
  private FactFunctions() {}

  /** A number and the items behind it. */
  record Result(long value, List<Object> used) {}

  /** One named derivation over items of {@code itemType}. */
  interface Fn {
    Optional<Result> apply(List<Object> items, Derivation d);
  }

  /** A function with the item type it reads. */
  record Named(Class<?> itemType, String doc, Fn fn) {}

  static final Map<String, Named> ALL = union(CourseFunctions.ALL, Map.of(
      "sessions", SpineFunctions.SESSIONS,
      "weeks_of_care", new Named(Treatment.class,
          "weeks covered by the treatments: dated periods joined where they overlap (an open one runs to the"
              + " decision date), or the longest stated number of weeks if that is more",
          FactFunctions::weeksOfCare),
      "spinal_levels", new Named(Request.class,
          "the spinal segments the request names: L4-L5 is one, L4-S1 is two", FactFunctions::spinalLevels),
      "interlaminar_levels", new Named(Request.class,
          "the levels requested by an interlaminar or caudal approach: none for a transforaminal request",
          FactFunctions::interlaminarLevels)),
      MedicationFunctions.ALL,
      // meds2
      MedicationResponseFunctions.ALL);

  /** The functions of several classes, in one map; a name defined twice is a programming error. */
  @SafeVarargs
  private static Map<String, Named> union(Map<String, Named>... maps) {
    java.util.Map<String, Named> all = new java.util.HashMap<>();
    for (Map<String, Named> m : maps) {
      m.forEach((name, fn) -> {
        if (all.putIfAbsent(name, fn) != null) {
          throw new IllegalStateException("function defined twice: " + name);
        }
      });
    }
    return Map.copyOf(all);
  }

  private static Optional<Result> weeksOfCare(List<Object> items, Derivation d) {
    List<LocalDate[]> periods = new ArrayList<>();
    List<Object> used = new ArrayList<>();
    long longestStated = -1;
    for (Object item : items) {
      Treatment t = (Treatment) item;
      if (t.start().isPresent()) {
        LocalDate end = t.end().orElse(d.decisionDate());
        if (end.isBefore(t.start().get())) {
          end = t.start().get();
        }
        periods.add(new LocalDate[] {t.start().get(), end});
        used.add(t);
      } else if (t.weeks().isPresent()) {
        longestStated = Math.max(longestStated, t.weeks().get());
        used.add(t);
      }
    }
    if (used.isEmpty()) {
      return Optional.empty();
    }
    periods.sort(Comparator.comparing(p -> p[0]));
    long days = 0;
    LocalDate curStart = null;
    LocalDate curEnd = null;
    for (LocalDate[] p : periods) {
      if (curEnd == null || p[0].isAfter(curEnd)) {
        if (curEnd != null) {
          days += ChronoUnit.DAYS.between(curStart, curEnd);
        }
        curStart = p[0];
        curEnd = p[1];
      } else if (p[1].isAfter(curEnd)) {
        curEnd = p[1];
      }
    }
    if (curEnd != null) {
      days += ChronoUnit.DAYS.between(curStart, curEnd);
    }
    return Optional.of(new Result(Math.max(days / 7, longestStated), used));
  }

  private static Optional<Result> spinalLevels(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    if (r.levels().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Result(SpinalLevels.count(r.levels()), List.of(r)));
  }

  private static Optional<Result> interlaminarLevels(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    if (r.levels().isEmpty() || r.approach().isEmpty()) {
      return Optional.empty();
    }
    long levels = r.approach().get() == Approach.TRANSFORAMINAL ? 0 : SpinalLevels.count(r.levels());
    return Optional.of(new Result(levels, List.of(r)));
  }
}
