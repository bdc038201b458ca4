package org.imrengine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.facts.Evidence;
import org.imrengine.facts.Fact;

/**
 * The evaluation of one criterion against a case, with the evaluations of its parts. Immutable and
 * thread-safe.
 *
 * @param wording the criterion's id and wording from the rule file
 * @param operator the kind of criterion: {@code all}, {@code any}, {@code not}, {@code atLeast},
 *     {@code present}, {@code absent}, {@code notPresent} or {@code compare}
 * @param fact the fact a leaf reads; empty for combinations
 * @param requirement for a leaf, the requirement in short form, such as {@code ">= 4 weeks"}; for
 *     {@code atLeast}, the number of parts required
 * @param status met, not met, or not documented
 * @param finding for a leaf, what the case shows, such as {@code "2 weeks"} or the reason nothing
 *     is documented
 * @param evidence the case items behind the finding
 * @param children the results of the parts, in rule order
 */
public record CriterionResult(Wording wording, String operator, Optional<Fact> fact,
    Optional<String> requirement, Status status, String finding, List<Evidence> evidence,
    List<CriterionResult> children) {
  /**
   * Checks the components (no component may be null) and copies its collections, so the record is
   * immutable.
   *
   * @param wording the criterion's id and wording from the rule file
   * @param operator the kind of criterion: {@code all}, {@code any}, {@code not}, {@code atLeast},
   *     {@code present}, {@code absent}, {@code notPresent} or {@code compare}
   * @param fact the fact a leaf reads; empty for combinations
   * @param requirement for a leaf, the requirement in short form, such as {@code ">= 4 weeks"};
   *     for {@code atLeast}, the number of parts required
   * @param status met, not met, or not documented
   * @param finding for a leaf, what the case shows, such as {@code "2 weeks"} or the reason
   *     nothing is documented
   * @param evidence the case items behind the finding
   * @param children the results of the parts, in rule order
   */
  public CriterionResult {
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(finding, "finding");
    evidence = List.copyOf(evidence);
    children = List.copyOf(children);
  }

  /** {@return the criterion id} */
  public String id() {
    return wording.id();
  }

  /** {@return whether this is a leaf (a test of one fact)} */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** {@return this result and every result below it, depth first, in rule order} */
  public List<CriterionResult> nodes() {
    List<CriterionResult> out = new ArrayList<>();
    out.add(this);
    children.forEach(c -> out.addAll(c.nodes()));
    return out;
  }

  /** {@return every leaf of this result, depth first, in rule order} */
  public List<CriterionResult> leaves() {
    List<CriterionResult> out = new ArrayList<>();
    collectLeaves(out);
    return out;
  }

  private void collectLeaves(List<CriterionResult> out) {
    if (isLeaf()) {
      out.add(this);
    } else {
      children.forEach(c -> c.collectLeaves(out));
    }
  }
}
