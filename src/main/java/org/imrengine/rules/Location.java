package org.imrengine.rules;

import java.util.Objects;

/**
 * Where something of a rule base is written: a rule file and a line in it. Immutable and
 * thread-safe.
 *
 * @param file the rule file, such as {@code mtus-acoem-ch8-neck.yaml}
 * @param line the line, from 1; 0 when not known
 */
public record Location(String file, int line) {
  /** No known place (for criteria built outside a rule file). */
  public static final Location UNKNOWN = new Location("", 0);

  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param file the rule file, such as {@code mtus-acoem-ch8-neck.yaml}
   * @param line the line, from 1; 0 when not known
   */
  public Location {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, was " + line);
    }
  }

  /** {@code "mtus-acoem-ch8-neck.yaml:57"}; the file alone when the line is not known. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
