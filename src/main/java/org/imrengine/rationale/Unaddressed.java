package org.imrengine.rationale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Part;
import org.imrengine.evaluation.Selection.Candidate;
import org.imrengine.evaluation.Selection.Verdict;

/** Why no rule decided a part: no rule for the service, other regions, other dates, conditions. */
final class Unaddressed {
  private Unaddressed() {}

  /**
   * What the requires paragraph says of a part no rule decided; {@code addOn} names it as requested
   * with the main service, and {@code wholeRequest} says that it leaves the whole request
   * undetermined.
   */
  static String requirement(Part part, boolean addOn, boolean wholeRequest, String decisionDate) {
    String service = addOn ? "the " + Prose.service(part.service()) + " requested with it"
        : Prose.service(part.service());
    List<String> dates = part.selection().candidates().stream()
        .filter(c -> c.verdict() == Verdict.NOT_IN_FORCE).map(Candidate::date)
        .distinct().sorted().map(Prose::date).toList();
    // Editions judged on other dates of the request (its date of service) name those dates too.
    String when = dates.isEmpty() || dates.equals(List.of(decisionDate))
        ? " decision date, " + decisionDate
        : " dates its editions judge the request on (" + Prose.list(dates, "and") + ")";
    String what = part.outcome() == Outcome.NO_EDITION_IN_FORCE
        ? "The rule base holds no guideline edition for " + service + " that was in force on the" + when
        : "No rule of the rule base addresses " + service + (addOn ? "" : " for this request");
    if (!wholeRequest) {
      return what + ".";
    }
    return what + ", so the engine makes no determination of medical necessity"
        + (addOn ? " for the request as a whole." : ".");
  }

  /** What the findings paragraph says of the rules that were considered, if any were. */
  static Optional<String> sentence(Part part) {
    List<Candidate> candidates = part.selection().candidates();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String rules = "The rules of the rule base for " + Prose.service(part.service());
    if (part.outcome() == Outcome.NO_EDITION_IN_FORCE) {
      List<String> editions = new ArrayList<>();
      candidates.stream().filter(c -> c.verdict() == Verdict.NOT_IN_FORCE).map(Candidate::edition)
          .map(e -> "the " + e).filter(e -> !editions.contains(e)).forEach(editions::add);
      boolean oneDate = candidates.stream().filter(c -> c.verdict() == Verdict.NOT_IN_FORCE)
          .map(Candidate::date).distinct().count() <= 1;
      return Optional.of(rules + " rest on " + Prose.list(editions, "and") + ", "
          + (editions.size() == 1 ? "which was not" : "none of which was") + " in force on the "
          + (oneDate ? "decision date." : "date it judges the request on."));
    }
    if (candidates.stream().allMatch(c -> c.verdict() == Verdict.OTHER_REGION)) {
      return Optional.of(rules + " apply only to other body regions.");
    }
    return Optional.of(rules + " apply only in circumstances that this case does not present.");
  }
}
