package org.imrengine.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.imrengine.model.Side;

/**
 * One test of a case item in a fact definition's {@code where}, {@code match} or {@code unless}:
 * a field compared with a value, a set of values, the request's own field, or whether it is
 * stated. Immutable and thread-safe.
 */
sealed interface Condition {

  /** Whether {@code item} passes, for the request and date of {@code d}. */
  boolean test(Object item, Derivation d);

  /** Every condition of {@code all} passes. */
  static boolean all(List<Condition> all, Object item, Derivation d) {
    for (Condition c : all) {
      if (!c.test(item, d)) {
        return false;
      }
    }
    return true;
  }

  /** The field equals one of {@code values}; with {@code orUnstated}, an unstated field passes too. */
  record OneOf(ItemPath path, Set<Object> values, boolean orUnstated) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      Object v = path.get(item);
      return v == null ? orUnstated : values.contains(v);
    }
  }

  /** The field equals the request's field {@code other}; with {@code orUnstated}, an unstated field passes. */
  record SameAsRequest(ItemPath path, ItemPath other, boolean orUnstated) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      Object v = path.get(item);
      return v == null ? orUnstated : Objects.equals(v, other.get(d.request()));
    }
  }

  /**
   * The item is on the side of the request's field {@code other}: its side equals the request's, or
   * is bilateral; a request that states no side takes evidence of either side, and so does a
   * request of both sides unless {@code everySide}, which makes it need evidence of both sides (a
   * bilateral item). With {@code orUnstated}, an item that states no side passes too.
   */
  record OnSideOf(ItemPath path, ItemPath other, boolean orUnstated, boolean everySide) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      Object wanted = other.get(d.request());
      boolean both = Side.BILATERAL.id().equals(wanted);
      if (wanted == null || both && !everySide) {
        return true;
      }
      Object v = path.get(item);
      return v == null ? orUnstated : v.equals(wanted) || Side.BILATERAL.id().equals(v);
    }
  }

  /** The field is stated ({@code stated == true}) or not stated. */
  record Stated(ItemPath path, boolean stated) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      return (path.get(item) != null) == stated;
    }
  }

  /** A whole-number field at least {@code min} and at most {@code max}; unstated fails. */
  record Between(ItemPath path, long min, long max) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      Object v = path.get(item);
      return v instanceof Long && (Long) v >= min && (Long) v <= max;
    }
  }

  /** A date field no more than {@code weeks} weeks before the decision date (and not after it). */
  record WithinWeeks(ItemPath path, long weeks) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      Object v = path.get(item);
      if (!(v instanceof LocalDate)) {
        return false;
      }
      LocalDate date = (LocalDate) v;
      return !date.isAfter(d.decisionDate()) && ChronoUnit.DAYS.between(date, d.decisionDate()) <= weeks * 7;
    }
  }

  /**
   * The item's spinal level touches one of the request's levels: a root ({@code L5}) touches every
   * segment that includes it ({@code L4-L5}, {@code L5-S1}); segments touch when they share a
   * vertebra. An unstated level, or a request that names no levels, fails.
   */
  record LevelAmong(ItemPath path, ItemPath other) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      Object v = path.get(item);
      Object requested = other.get(d.request());
      if (!(v instanceof String) || !(requested instanceof List<?>)) {
        return false;
      }
      for (Object level : (List<?>) requested) {
        if (level instanceof String && SpinalLevels.touch((String) v, (String) level)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The opposite of {@code inner}. */
  record Not(Condition inner) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      return !inner.test(item, d);
    }
  }

  /** At least one of the condition sets passes whole. */
  record AnyOf(List<List<Condition>> sets) implements Condition {
    @Override
    public boolean test(Object item, Derivation d) {
      for (List<Condition> set : sets) {
        if (all(set, item, d)) {
          return true;
        }
      }
      return false;
    }
  }
}
