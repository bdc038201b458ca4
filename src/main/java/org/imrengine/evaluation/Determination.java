package org.imrengine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.rules.Citation;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.Rule;
import org.imrengine.rules.Status;

/**
 * The determination on one disputed request: the outcome, the rule and citation it relied on,
 * every criterion and limit with its status and evidence, and what would change it. Immutable and
 * thread-safe.
 *
 * @param caseId the case id
 * @param requestId the request
 * @param description the request as submitted, in its own words
 * @param outcome upheld, overturned, or why no rule decided it
 * @param decisionDate the date the request was judged on (its date, its UR date, or the case's
 *     asOf date); the rule editions used are those in force on it
 * @param ruleBase the identity of the rule base used
 * @param parts the main service first, then each add-on its rule does not cover
 * @param advice what would make a non-certified request medically necessary
 */
public record Determination(String caseId, String requestId, String description, Outcome outcome,
    LocalDate decisionDate, RuleBase.Identity ruleBase, List<Part> parts, Advice advice) {
  /**
   * Checks the components (no component may be null; the values must be consistent) and copies its
   * collections, so the record is immutable.
   *
   * @param caseId the case id
   * @param requestId the request
   * @param description the request as submitted, in its own words
   * @param outcome upheld, overturned, or why no rule decided it
   * @param decisionDate the date the request was judged on (its date, its UR date, or the case's
   *     asOf date); the rule editions used are those in force on it
   * @param ruleBase the identity of the rule base used
   * @param parts the main service first, then each add-on its rule does not cover
   * @param advice what would make a non-certified request medically necessary
   */
  public Determination {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(ruleBase, "ruleBase");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a determination has at least one part");
    }
    Objects.requireNonNull(advice, "advice");
  }

  private static void collectUnmet(CriterionResult node, String prefix, List<String> out) {
    if (node.status() == Status.MET) {
      return;
    }
    if (!node.id().isEmpty() && !out.contains(prefix + node.id())) {
      out.add(prefix + node.id());
    }
    for (CriterionResult child : node.children()) {
      collectUnmet(child, prefix, out);
    }
  }

  /**
   * The ids of the criteria and limits marked unconfirmed (thresholds the guideline brief could not
   * confirm against the guideline text) that this determination relied on, in the form and order
   * of {@link #unmet()}: for an upheld request, those among the unmet criteria and limits of the
   * parts that are not medically necessary; for an overturned request, the met criteria (reached
   * through met criteria only) and the limits of every part. Only the most specific are listed: a
   * combination marked unconfirmed is left out when a criterion below it is listed. Empty when no
   * rule decided it.
   */
  public List<String> unconfirmedThresholds() {
    List<String> out = new ArrayList<>();
    if (outcome != Outcome.UPHELD && outcome != Outcome.OVERTURNED) {
      return out;
    }
    Status decisive = outcome == Outcome.UPHELD ? Status.NOT_MET : Status.MET;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part.outcome() != outcome) {
        continue;
      }
      String prefix = i == 0 ? "" : part.service().id() + "/";
      part.criteria().ifPresent(c -> collectUnconfirmed(c, prefix, decisive == Status.MET, out));
      part.limits().stream()
          .filter(l -> (l.status() == Status.MET) == (decisive == Status.MET))
          .filter(l -> l.limit().wording().unconfirmed())
          .forEach(l -> out.add(prefix + l.id()));
    }
    return out;
  }

  /**
   * Adds the unconfirmed nodes of {@code node} that decided it, the most specific only: a node is
   * left out when one below it is listed. Returns whether anything was added.
   */
  private static boolean collectUnconfirmed(CriterionResult node, String prefix, boolean met,
      List<String> out) {
    if ((node.status() == Status.MET) != met) {
      return false;
    }
    int at = out.size();
    boolean below = false;
    for (CriterionResult child : node.children()) {
      below |= collectUnconfirmed(child, prefix, met, out);
    }
    if (!below && node.wording().unconfirmed() && !node.id().isEmpty() && !out.contains(prefix + node.id())) {
      out.add(at, prefix + node.id());
      return true;
    }
    return below;
  }

  /** {@return the part for the main service} */
  public Part main() {
    return parts.get(0);
  }

  /** {@return the rule the main service was decided by, if any} */
  public Optional<Rule> rule() {
    return main().rule();
  }

  /** {@return the citation of the main rule, if any} */
  public Optional<Citation> citation() {
    return rule().map(Rule::citation);
  }

  /**
   * {@return the ids of the unmet criteria that keep the request from being medically necessary
   * (tests and
   * the combinations that have ids, below unmet combinations only: an unmet alternative of a met
   * {@code any} is not listed) and every limit not kept, over all parts, in rule order} Empty for
   * an overturned request. Ids from add-on parts are prefixed with the service id, as in
   * {@code iv_sedation/sedation_indication}.
   */
  public List<String> unmet() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      String prefix = i == 0 ? "" : part.service().id() + "/";
      part.criteria().ifPresent(c -> {
        collectUnmet(c, prefix, out);
      });
      part.limits().stream().filter(l -> l.status() != Status.MET).forEach(l -> out.add(prefix + l.id()));
    }
    return out;
  }
}
