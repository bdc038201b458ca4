package org.imrengine.rules;

import java.util.List;
import org.imrengine.model.Term;

/**
 * The status of a criterion in a determination: met, not met because the record documents the
 * contrary, or not met because the record does not document it.
 *
 * <p>The three-valued combinations follow the letters' practice that what is not documented counts
 * as unmet, while keeping apart the criteria the record contradicts:
 *
 * <ul>
 *   <li>{@link #allOf}: met when every part is met; not met when any part is not met; otherwise not
 *       documented.
 *   <li>{@link #anyOf}: met when some part is met; not documented when some part is not
 *       documented; otherwise not met.
 *   <li>{@link #not}: swaps met and not met; not documented stays not documented.
 *   <li>{@link #atLeast}: met when at least k parts are met; not met when even counting every
 *       undocumented part fewer than k could be met; otherwise not documented.
 * </ul>
 */
public enum Status implements Term {
  /** Met: the record documents what the criterion requires. */
  MET,
  /** Not met: the record documents the contrary (or a value short of the threshold). */
  NOT_MET,
  /** Not met: the record does not document it. */
  NOT_DOCUMENTED;

  /** {@return whether this is {@link #MET}} */
  public boolean isMet() {
    return this == MET;
  }

  /**
   * The status of an {@code all} combination.
   *
   * @param parts the statuses of the parts
   * @return met when every part is met; not met when any part is not met; else not documented
   */
  public static Status allOf(List<Status> parts) {
    if (parts.contains(NOT_MET)) {
      return NOT_MET;
    }
    return parts.contains(NOT_DOCUMENTED) ? NOT_DOCUMENTED : MET;
  }

  /**
   * The status of an {@code any} combination.
   *
   * @param parts the statuses of the alternatives
   * @return met when some part is met; not documented when some part is not documented; else not
   *     met
   */
  public static Status anyOf(List<Status> parts) {
    if (parts.contains(MET)) {
      return MET;
    }
    return parts.contains(NOT_DOCUMENTED) ? NOT_DOCUMENTED : NOT_MET;
  }

  /**
   * The status of a {@code not}.
   *
   * @param status the status of the negated criterion
   * @return met and not met swapped; not documented stays not documented
   */
  public static Status not(Status status) {
    switch (status) {
      case MET:
        return NOT_MET;
      case NOT_MET:
        return MET;
      default:
        return NOT_DOCUMENTED;
    }
  }

  /**
   * The status of an {@code atLeast} combination.
   *
   * @param k how many parts must be met
   * @param parts the statuses of the parts
   * @return met when at least {@code k} parts are met; not met when fewer than {@code k} could be
   *     met even if every undocumented part were; else not documented
   */
  public static Status atLeast(int k, List<Status> parts) {
    long met = parts.stream().filter(s -> s == MET).count();
    long open = parts.stream().filter(s -> s == NOT_DOCUMENTED).count();
    if (met >= k) {
      return MET;
    }
    return met + open >= k ? NOT_DOCUMENTED : NOT_MET;
  }
}
