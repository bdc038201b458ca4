package org.imrengine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.imrengine.model.CaseFile;
import org.imrengine.rules.RuleBase;

/**
 * What an edition boundary changes: decides the same cases with the same rules twice, choosing
 * every rule edition as if each request were judged on one day, then on another
 * ({@link Evaluator#judgingEditionsOn}), and lists every determination whose outcome, rule or
 * edition, or unmet criteria differ. The facts are derived as usual (from each request's own
 * decision date), so a difference is the new edition's doing alone: the criteria it adds or drops,
 * a threshold it moves, a service it no longer covers. Stateless and thread-safe.
 *
 * <pre>{@code
 * EditionImpact.Report r = EditionImpact.compare(RuleBase.builtIn(), cases,
 *     LocalDate.parse("2017-11-30"), LocalDate.parse("2017-12-01"));
 * }</pre>
 */
public final class EditionImpact {
  private EditionImpact() {}

  /**
   * The comparison of the two days.
   *
   * @param before the day every edition was judged on first
   * @param after the day every edition was judged on second
   * @param comparison the changes, as a rule-base comparison of the rule base with itself
   */
  public record Report(LocalDate before, LocalDate after, RuleImpact.Report comparison) {
    /**
     * Checks the components (none may be null).
     *
     * @param before the day every edition was judged on first
     * @param after the day every edition was judged on second
     * @param comparison the changes, as a rule-base comparison of the rule base with itself
     */
    public Report {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(comparison, "comparison");
    }
  }

  /**
   * Decides every request of {@code cases} under the editions in force on each day.
   *
   * @param rules the rule base
   * @param cases the case files to decide
   * @param before the day every edition is judged on first
   * @param after the day every edition is judged on second
   * @return the determinations that differ between the two days
   */
  public static Report compare(RuleBase rules, List<CaseFile> cases, LocalDate before, LocalDate after) {
    Evaluator evaluator = new Evaluator(rules);
    return new Report(before, after, RuleImpact.compare(evaluator.judgingEditionsOn(before),
        evaluator.judgingEditionsOn(after), cases));
  }
}
