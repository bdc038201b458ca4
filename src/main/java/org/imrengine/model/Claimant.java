package org.imrengine.model;

import java.util.Optional;

/**
 * The injured worker, as far as the record describes them. Immutable and thread-safe.
 *
 * @param age age in years at the time of the record, if stated
 * @param sex sex, if stated
 */
public record Claimant(Optional<Integer> age, Optional<Sex> sex) {
  /**
   * Checks the components.
   *
   * @param age age in years at the time of the record, if stated
   * @param sex sex, if stated
   */
  public Claimant {
    Checks.notNull(age, "age");
    Checks.notNull(sex, "sex");
  }
}
