package org.imrengine.rules;

import java.util.Objects;

/**
 * One problem found while loading rule files. Immutable and thread-safe.
 *
 * @param file the rule file
 * @param line the line in the file, or 0 when not known
 * @param path the place in the file, such as {@code rules[3].criteria.all[1]}
 * @param message what is wrong
 */
public record Problem(String file, int line, String path, String message) {
  /**
   * Checks the components (no component may be null).
   *
   * @param file the rule file
   * @param line the line in the file, or 0 when not known
   * @param path the place in the file, such as {@code rules[3].criteria.all[1]}
   * @param message what is wrong
   */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line path: message}, or {@code file path: message} when the line is not known. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (path.isEmpty() ? "" : " " + path) + ": " + message;
  }
}
