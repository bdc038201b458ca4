package org.imrengine.concordance;

import org.imrengine.evaluation.Outcome;
import org.imrengine.model.ImrOutcome;

/**
 * The confusion matrix of the decided requests: the engine's outcome against the real one, with
 * overturned as the positive class. Immutable and thread-safe.
 *
 * @param bothOverturned real overturned, engine overturned (true positives)
 * @param engineOnlyOverturned real upheld, engine overturned (false positives)
 * @param realOnlyOverturned real overturned, engine upheld (false negatives)
 * @param bothUpheld real upheld, engine upheld (true negatives)
 */
public record Confusion(long bothOverturned, long engineOnlyOverturned, long realOnlyOverturned,
    long bothUpheld) {
  /** The matrix of no requests. */
  public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

  /**
   * Checks the components (the values must be consistent).
   *
   * @param bothOverturned real overturned, engine overturned (true positives)
   * @param engineOnlyOverturned real upheld, engine overturned (false positives)
   * @param realOnlyOverturned real overturned, engine upheld (false negatives)
   * @param bothUpheld real upheld, engine upheld (true negatives)
   */
  public Confusion {
    if (bothOverturned < 0 || engineOnlyOverturned < 0 || realOnlyOverturned < 0 || bothUpheld < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * {@return this matrix with one more request}
   * @param engine {@link Outcome#UPHELD} or {@link Outcome#OVERTURNED}
   * @param real the real
   * @throws IllegalArgumentException if {@code engine} is neither
   */
  public Confusion plus(Outcome engine, ImrOutcome real) {
    boolean engineOverturned = switch (engine) {
      case OVERTURNED -> true;
      case UPHELD -> false;
      default -> throw new IllegalArgumentException("not a decision: " + engine);
    };
    boolean realOverturned = real == ImrOutcome.OVERTURNED;
    if (engineOverturned) {
      return realOverturned
          ? new Confusion(bothOverturned + 1, engineOnlyOverturned, realOnlyOverturned, bothUpheld)
          : new Confusion(bothOverturned, engineOnlyOverturned + 1, realOnlyOverturned, bothUpheld);
    }
    return realOverturned
        ? new Confusion(bothOverturned, engineOnlyOverturned, realOnlyOverturned + 1, bothUpheld)
        : new Confusion(bothOverturned, engineOnlyOverturned, realOnlyOverturned, bothUpheld + 1);
  }

  /**
   * {@return the sum of two matrices}
   * @param other the other value
   */
  public Confusion plus(Confusion other) {
    return new Confusion(bothOverturned + other.bothOverturned,
        engineOnlyOverturned + other.engineOnlyOverturned,
        realOnlyOverturned + other.realOnlyOverturned, bothUpheld + other.bothUpheld);
  }

  /** {@return all requests} */
  public long total() {
    return bothOverturned + engineOnlyOverturned + realOnlyOverturned + bothUpheld;
  }

  /** {@return the requests the reviewer overturned} */
  public long realOverturned() {
    return bothOverturned + realOnlyOverturned;
  }

  /** {@return the requests the reviewer upheld} */
  public long realUpheld() {
    return engineOnlyOverturned + bothUpheld;
  }

  /** {@return the requests the engine overturned} */
  public long engineOverturned() {
    return bothOverturned + engineOnlyOverturned;
  }

  /** {@return the requests the engine upheld} */
  public long engineUpheld() {
    return realOnlyOverturned + bothUpheld;
  }

  /** {@return the matrix a reviewer who upholds everything would have on the same requests} */
  public Confusion alwaysUpheld() {
    return new Confusion(0, 0, realOverturned(), realUpheld());
  }

  /**
   * Agreement, recall, precision, balanced accuracy and kappa of this matrix.
   *
   * @return a statistics
   */
  public Statistics statistics() {
    return Statistics.of(this);
  }
}
