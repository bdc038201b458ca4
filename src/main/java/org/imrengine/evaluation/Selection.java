package org.imrengine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.rules.Tier;

/**
 * Which rule was chosen for a service, and why each other rule for the same service was not.
 * Candidates are listed in rule-base order. Immutable and thread-safe.
 *
 * @param candidates every rule (edition) for the service, with its verdict
 */
public record Selection(List<Candidate> candidates) {
  /**
   * Checks the components and copies its collections, so the record is immutable.
   *
   * @param candidates every rule (edition) for the service, with its verdict
   */
  public Selection {
    candidates = List.copyOf(candidates);
  }

  /** Why a candidate rule was or was not chosen. */
  public enum Verdict {
    /** Chosen: it applies, and no rule earlier in the search sequence does. */
    CHOSEN,
    /** Its regions do not include the request's region. */
    OTHER_REGION,
    /** Its edition was not in force on the request's date. */
    NOT_IN_FORCE,
    /** Its condition on the case (its {@code when}) is not met. */
    CONDITION_NOT_MET,
    /** It applies, but a rule of an earlier step of the search sequence (the MTUS) does too. */
    OUTRANKED,
    /** It applies, but an earlier rule of the same step was chosen. */
    SUPERSEDED,
    // editions
    /**
     * Its edition is in force on its date, but so is a later edition of the same rule (editions
     * judged on different dates of the request): the later edition governs.
     */
    LATER_EDITION
  }

  /**
   * One rule considered.
   *
   * @param ruleId the rule id
   * @param edition the rule's edition name
   * @param tier the rule's step in the search sequence
   * @param verdict why it was or was not chosen
   * @param date the date of the request its edition was judged on (its request date, date of
   *     service or date dispensed, as the edition says)
   */
  public record Candidate(String ruleId, String edition, Tier tier, Verdict verdict, LocalDate date) {
    /**
     * Checks the components (no component may be null).
     *
     * @param ruleId the rule id
     * @param edition the rule's edition name
     * @param tier the rule's step in the search sequence
     * @param verdict why it was or was not chosen
   * @param date the date of the request the rule's edition was judged on
     */
    public Candidate {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(edition, "edition");
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(date, "date");
    }
  }

  /** {@return the chosen candidate, if any} */
  public Optional<Candidate> chosen() {
    return candidates.stream().filter(c -> c.verdict() == Verdict.CHOSEN).findFirst();
  }
}
