package org.imrengine.letters;

import java.util.List;
import java.util.Objects;

/**
 * An IMR final determination letter, reduced to what imr-engine checks itself against: the
 * decisions on the disputed items and the clinical case summary they rest on. Build one with
 * {@link LetterParser}. Immutable and thread-safe.
 *
 * <p>{@link #toString()} leaves out the case summary, which is clinical narrative.
 *
 * @param decisions the decisions in the order of the letter; not empty
 * @param caseSummary the text of the "CLINICAL CASE SUMMARY" section without its standard opening
 *     sentence ("The expert reviewer developed the following clinical case summary ..."),
 *     whitespace-normalised; empty if the section has nothing else
 */
public record Letter(List<LetterDecision> decisions, String caseSummary) {
  /**
   * Checks the components (no component may be null; the values must be consistent) and copies its
   * collections, so the record is immutable.
   *
   * @param decisions the decisions in the order of the letter; not empty
   * @param caseSummary the text of the "CLINICAL CASE SUMMARY" section without its standard
   *     opening sentence ("The expert reviewer developed the following clinical case summary
   *     ..."), whitespace-normalised; empty if the section has nothing else
   */
  public Letter {
    decisions = List.copyOf(Objects.requireNonNull(decisions, "decisions"));
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("decisions must not be empty");
    }
    Objects.requireNonNull(caseSummary, "caseSummary");
  }

  /** The decisions, without the case summary. */
  @Override
  public String toString() {
    return "Letter[decisions=" + decisions + "]";
  }
}
