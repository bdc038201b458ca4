package org.imrengine.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.model.Service;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.LimitCheck;
import org.imrengine.rules.Rule;

/**
 * The decision on one part of a request: its main service, or an add-on that the main rule does
 * not cover (such as IV sedation with an MRI). Immutable and thread-safe.
 *
 * @param service the service of this part
 * @param outcome this part's outcome
 * @param selection the rules considered and why one was chosen
 * @param rule the chosen rule, if any
 * @param criteria the evaluation of the rule's criteria, if a rule was chosen
 * @param limits the checks of the rule's limits, if a rule was chosen
 */
public record Part(Service service, Outcome outcome, Selection selection, Optional<Rule> rule,
    Optional<CriterionResult> criteria, List<LimitCheck> limits) {
  /**
   * Checks the components (no component may be null) and copies its collections, so the record is
   * immutable.
   *
   * @param service the service of this part
   * @param outcome this part's outcome
   * @param selection the rules considered and why one was chosen
   * @param rule the chosen rule, if any
   * @param criteria the evaluation of the rule's criteria, if a rule was chosen
   * @param limits the checks of the rule's limits, if a rule was chosen
   */
  public Part {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(criteria, "criteria");
    limits = List.copyOf(limits);
  }
}
