package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What utilization review decided on a request. Immutable and thread-safe.
 *
 * @param outcome denied, modified or delayed
 * @param date the date of the UR decision, if stated
 * @param approvedQuantity for a modification, the quantity UR approved, if stated
 */
public record UrDecision(UrOutcome outcome, Optional<LocalDate> date,
    Optional<Integer> approvedQuantity) {
  /**
   * Checks the components.
   *
   * @param outcome denied, modified or delayed
   * @param date the date of the UR decision, if stated
   * @param approvedQuantity for a modification, the quantity UR approved, if stated
   */
  public UrDecision {
    Checks.notNull(outcome, "outcome");
    Checks.notNull(date, "date");
    Checks.notNull(approvedQuantity, "approvedQuantity");
  }
}
