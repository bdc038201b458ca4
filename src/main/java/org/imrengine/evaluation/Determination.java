package org.imrengine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.imrengine.rules.Citation;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.Rule;
import org.imrengine.rules.Status;

/**
 * The determination on one disputed request: the outcome, the rule and citation it relied on,
 * every criterion and limit with its status and evidence, and what would change it. Immutable and
 * thread-safe. The advice is computed when first asked for ({@link #advice()}, and so the
 * rationale, text and JSON that show it), once: a caller that needs only the outcome and the
 * trace does not pay for it. Two determinations are equal when every component is.
 */
public final class Determination {
  private final String caseId;
  private final String requestId;
  private final String description;
  private final Outcome outcome;
  private final LocalDate decisionDate;
  private final RuleBase.Identity ruleBase;
  private final List<Part> parts;
  // The advice once computed; until then, how to compute it (dropped after, to free the facts).
  private volatile Advice advice;
  private Supplier<Advice> adviser;

  /**
   * A determination with its advice.
   *
   * @param caseId the case
   * @param requestId the request
   * @param description the request as submitted, in its own words
   * @param outcome upheld, overturned, or why no rule decided it
   * @param decisionDate the date the request was judged on (its date, its UR decision date, or the
   *     case's asOf date); the rule editions used are those in force on it
   * @param ruleBase the identity of the rule base used
   * @param parts the main service first, then each add-on its rule does not cover
   * @param advice what would make a non-certified request medically necessary
   */
  public Determination(String caseId, String requestId, String description, Outcome outcome,
      LocalDate decisionDate, RuleBase.Identity ruleBase, List<Part> parts, Advice advice) {
    this(caseId, requestId, description, outcome, decisionDate, ruleBase, parts,
        constant(Objects.requireNonNull(advice, "advice")));
    this.advice = advice;
  }

  /** A determination whose advice {@code adviser} computes when it is first asked for. */
  Determination(String caseId, String requestId, String description, Outcome outcome,
      LocalDate decisionDate, RuleBase.Identity ruleBase, List<Part> parts, Supplier<Advice> adviser) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.description = Objects.requireNonNull(description, "description");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.decisionDate = Objects.requireNonNull(decisionDate, "decisionDate");
    this.ruleBase = Objects.requireNonNull(ruleBase, "ruleBase");
    this.parts = List.copyOf(parts);
    if (this.parts.isEmpty()) {
      throw new IllegalArgumentException("a determination has at least one part");
    }
    this.adviser = Objects.requireNonNull(adviser, "adviser");
  }

  private static Supplier<Advice> constant(Advice advice) {
    return () -> advice;
  }

  /** {@return the case's id} */
  public String caseId() {
    return caseId;
  }

  /** {@return the request's id} */
  public String requestId() {
    return requestId;
  }

  /** {@return the request as submitted, in its own words} */
  public String description() {
    return description;
  }

  /** {@return the outcome: upheld, overturned, or why no rule decided it} */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * {@return the date the request was judged on (its date, its UR decision date, or the case's
   * asOf date)}; the rule editions used are those in force on it.
   */
  public LocalDate decisionDate() {
    return decisionDate;
  }

  /** {@return the identity of the rule base used} */
  public RuleBase.Identity ruleBase() {
    return ruleBase;
  }

  /** {@return the parts: the main service first, then each add-on its rule does not cover} */
  public List<Part> parts() {
    return parts;
  }

  /**
   * {@return what would make a non-certified request medically necessary}; computed once, when
   * first asked.
   */
  public Advice advice() {
    Advice known = advice;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (advice == null) {
        advice = Objects.requireNonNull(adviser.get(), "advice");
        adviser = null;
      }
      return advice;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Determination d && caseId.equals(d.caseId)
        && requestId.equals(d.requestId) && description.equals(d.description)
        && outcome == d.outcome && decisionDate.equals(d.decisionDate)
        && ruleBase.equals(d.ruleBase) && parts.equals(d.parts) && advice().equals(d.advice()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, requestId, description, outcome, decisionDate, ruleBase, parts, advice());
  }

  @Override
  public String toString() {
    return "Determination[caseId=" + caseId + ", requestId=" + requestId + ", description="
        + description + ", outcome=" + outcome + ", decisionDate=" + decisionDate + ", ruleBase="
        + ruleBase + ", parts=" + parts + ", advice=" + advice() + "]";
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
   *
   * @return the ids of the unconfirmed thresholds relied on
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
