package org.imrengine.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The strength of one dose, such as 7.5 mg or 0.1 ml. Immutable and thread-safe.
 *
 * @param amount how much, greater than 0 and at most {@link Amount#MAX}
 * @param unit of what
 */
public record Dose(BigDecimal amount, Unit unit) {
  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param amount how much, greater than 0 and at most {@link Amount#MAX}
   * @param unit of what
   */
  public Dose {
    Checks.positiveAmount(amount, "dose");
    Objects.requireNonNull(unit, "unit");
  }
}
