package org.imrengine.concordance;

import java.util.Objects;

/**
 * A corpus file that could not be used: unreadable, or not a valid case file.
 *
 * @param file the file as the user named it
 * @param problem what is wrong, such as {@code "$.requests[0].service: unknown value 'ct_scan' ..."}
 */
public record InvalidFile(String file, String problem) {
  /**
   * Checks the components (no component may be null).
   *
   * @param file the file as the user named it
   * @param problem what is wrong, such as {@code "$.requests[0].service: unknown value 'ct_scan'
   *     ..."}
   */
  public InvalidFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
  }
}
