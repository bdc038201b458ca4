package org.imrengine.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;
import org.imrengine.rules.Rule;
import org.imrengine.rules.RuleBase;

/**
 * What a change to the rule base changes: runs two rule bases over the same cases and lists every
 * determination whose outcome, rule or unmet criteria differ. Stateless and thread-safe.
 */
public final class RuleImpact {
  private RuleImpact() {}

  /**
   * One request whose determination differs between the two rule bases.
   *
   * @param before the determination under the first rule base
   * @param after the determination under the second
   * @param differences what differs, in words ("outcome Upheld -> Overturned", ...)
   */
  public record Change(Determination before, Determination after, List<String> differences) {
    /**
     * Checks the components (no component may be null) and copies its collections, so the record
     * is immutable.
     *
     * @param before the determination under the first rule base
     * @param after the determination under the second
     * @param differences what differs, in words ("outcome Upheld -> Overturned", ...)
     */
    public Change {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      differences = List.copyOf(differences);
    }
  }

  /**
   * The result of a comparison.
   *
   * @param before the identity of the first rule base
   * @param after the identity of the second
   * @param determinations how many requests were determined under each
   * @param changes every request whose determination differs, in case and request order
   */
  public record Report(RuleBase.Identity before, RuleBase.Identity after, int determinations,
      List<Change> changes) {
    /**
     * Checks the components (no component may be null) and copies its collections, so the record
     * is immutable.
     *
     * @param before the identity of the first rule base
     * @param after the identity of the second
     * @param determinations how many requests were determined under each
     * @param changes every request whose determination differs, in case and request order
     */
    public Report {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      changes = List.copyOf(changes);
    }

    /** {@return how many changes turned the outcome around (or to or from no applicable rule)} */
    public long outcomeChanges() {
      return changes.stream().filter(c -> c.before().outcome() != c.after().outcome()).count();
    }
  }

  /**
   * Determines every request of {@code cases} under both rule bases and lists the differences.
   *
   * @param before the rule base before the change
   * @param after the rule base after the change
   * @param cases the case files
   * @return a report
   */
  public static Report compare(RuleBase before, RuleBase after, List<CaseFile> cases) {
    return compare(new Evaluator(before), new Evaluator(after), cases);
  }

  /** Determines every request of {@code cases} with both evaluators and lists the differences. */
  static Report compare(Evaluator a, Evaluator b, List<CaseFile> cases) {
    RuleBase before = a.rules();
    RuleBase after = b.rules();
    List<Change> changes = new ArrayList<>();
    int count = 0;
    for (CaseFile file : cases) {
      for (Request request : file.requests()) {
        count++;
        Determination x = a.determine(file, request);
        Determination y = b.determine(file, request);
        List<String> differences = differences(x, y);
        if (!differences.isEmpty()) {
          changes.add(new Change(x, y, differences));
        }
      }
    }
    return new Report(before.identity(), after.identity(), count, changes);
  }

  private static List<String> differences(Determination x, Determination y) {
    List<String> out = new ArrayList<>();
    if (x.outcome() != y.outcome()) {
      out.add("outcome " + x.outcome().label() + " -> " + y.outcome().label());
    }
    String ruleX = x.rule().map(RuleImpact::describe).orElse("none");
    String ruleY = y.rule().map(RuleImpact::describe).orElse("none");
    if (!ruleX.equals(ruleY)) {
      out.add("rule " + ruleX + " -> " + ruleY);
    }
    List<String> gone = new ArrayList<>(x.unmet());
    gone.removeAll(y.unmet());
    List<String> added = new ArrayList<>(y.unmet());
    added.removeAll(x.unmet());
    if (!added.isEmpty()) {
      out.add("newly unmet: " + String.join(", ", added));
    }
    if (!gone.isEmpty()) {
      out.add("no longer unmet: " + String.join(", ", gone));
    }
    return out;
  }

  private static String describe(Rule rule) {
    return rule.id() + " [" + rule.edition().name() + "]";
  }

}
