package org.imrengine.concordance;

import java.util.Objects;

/**
 * The concordance of the requests of one group of a {@link Dimension}, such as service {@code mri}.
 * Immutable and thread-safe.
 *
 * @param key the group, such as {@code "mri"}, or {@link Observation#NONE}
 * @param measured the requests of the group with a real decision
 * @param decided those of them the engine decided
 * @param confusion the decided requests' confusion matrix
 */
public record Group(String key, long measured, long decided, Confusion confusion) {
  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param key the group, such as {@code "mri"}, or {@link Observation#NONE}
   * @param measured the requests of the group with a real decision
   * @param decided those of them the engine decided
   * @param confusion the decided requests' confusion matrix
   */
  public Group {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(confusion, "confusion");
    if (decided != confusion.total() || measured < decided) {
      throw new IllegalArgumentException("inconsistent counts for group " + key);
    }
  }

  /** {@return the engine's statistics on the group} */
  public Statistics statistics() {
    return confusion.statistics();
  }

  /** {@return the always-Upheld baseline's statistics on the group} */
  public Statistics baseline() {
    return confusion.alwaysUpheld().statistics();
  }
}
