package org.imrengine.model;

import java.util.Objects;

/**
 * A whole amount with its unit, such as 12 sessions, 60 tablets or a 28-day rental. Immutable and
 * thread-safe.
 *
 * @param amount how many, from 1 to {@link #MAX}
 * @param unit of what
 */
public record Amount(int amount, Unit unit) {
  /** The largest amount a record can plausibly state. */
  public static final int MAX = 10_000;

  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param amount how many, from 1 to {@link #MAX}
   * @param unit of what
   */
  public Amount {
    Objects.requireNonNull(unit, "unit");
    if (amount < 1 || amount > MAX) {
      throw new IllegalArgumentException("amount must be from 1 to " + MAX + ", was " + amount);
    }
  }

  /** The fewest days this duration can have; its unit must be a duration unit. */
  long minDays() {
    return Math.multiplyExact((long) amount, Per.of(unit).minDays());
  }

  /** The most days this duration can have; its unit must be a duration unit. */
  long maxDays() {
    return Math.multiplyExact((long) amount, Per.of(unit).maxDays());
  }
}
