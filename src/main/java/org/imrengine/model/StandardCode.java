package org.imrengine.model;

import java.util.Objects;

/**
 * A standard code for an item, such as ICD-10 {@code M54.12} for a diagnosis or CPT {@code 72141}
 * for a cervical MRI. Only the form of the code is checked, not that the code exists. Immutable and
 * thread-safe.
 *
 * @param system the code system
 * @param code the code, in the form of its system
 */
public record StandardCode(CodeSystem system, String code) {
  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param system the code system
   * @param code the code, in the form of its system
   */
  public StandardCode {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
    if (!system.accepts(code)) {
      throw new IllegalArgumentException("not a " + system.id() + " code '" + code + "'");
    }
  }
}
