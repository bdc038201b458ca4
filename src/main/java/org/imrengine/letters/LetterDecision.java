package org.imrengine.letters;

import java.util.List;
import java.util.Objects;
import org.imrengine.evaluation.Outcome;
import org.imrengine.rules.Citation;

/**
 * One disputed item of an IMR letter and the decision on it, as the letter's "IMR ISSUES,
 * DECISIONS AND RATIONALES" section gives it. Texts are whitespace-normalised (runs of spaces and
 * line breaks become one space) and de-hyphenated across line breaks. Immutable and thread-safe.
 *
 * <p>{@link #toString()} leaves out the rationale, which is clinical narrative.
 *
 * @param service the disputed item exactly as the decision line names it, such as
 *     {@code "Discogram with CT Scan of the Cervical Spine"}; not blank
 * @param outcome {@link Outcome#UPHELD} or {@link Outcome#OVERTURNED}
 * @param claimsAdministratorGuideline the text after "Claims Administrator guideline:", or the
 *     empty string when the letter gives none
 * @param imrGuideline the text after "MAXIMUS guideline:", such as {@code "Decision based on MTUS
 *     ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179."}; not blank
 * @param citations the citations of {@code imrGuideline} in order, the main one first; not empty
 * @param rationale the text after "Decision rationale:" up to the next decision or the end of the
 *     letter; not blank
 * @param lineNumber the 1-based line of the decision line in the original text
 */
public record LetterDecision(String service, Outcome outcome, String claimsAdministratorGuideline,
    String imrGuideline, List<Citation> citations, String rationale, int lineNumber) {
  /**
   * Checks the components (no component may be null; the values must be consistent) and copies its
   * collections, so the record is immutable.
   *
   * @param service the disputed item exactly as the decision line names it, such as {@code
   *     "Discogram with CT Scan of the Cervical Spine"}; not blank
   * @param outcome {@link Outcome#UPHELD} or {@link Outcome#OVERTURNED}
   * @param claimsAdministratorGuideline the text after "Claims Administrator guideline:", or the
   *     empty string when the letter gives none
   * @param imrGuideline the text after "MAXIMUS guideline:", such as {@code "Decision based on
   *     MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179."}; not blank
   * @param citations the citations of {@code imrGuideline} in order, the main one first; not empty
   * @param rationale the text after "Decision rationale:" up to the next decision or the end of
   *     the letter; not blank
   * @param lineNumber the 1-based line of the decision line in the original text
   */
  public LetterDecision {
    requireNonBlank(service, "service");
    Objects.requireNonNull(outcome, "outcome");
    if (outcome != Outcome.UPHELD && outcome != Outcome.OVERTURNED) {
      throw new IllegalArgumentException("outcome must be UPHELD or OVERTURNED, was " + outcome);
    }
    Objects.requireNonNull(claimsAdministratorGuideline, "claimsAdministratorGuideline");
    requireNonBlank(imrGuideline, "imrGuideline");
    citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("citations must not be empty");
    }
    requireNonBlank(rationale, "rationale");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("lineNumber must be at least 1, was " + lineNumber);
    }
  }

  /** {@return the main citation of the IMR decision: the first of {@link #citations()}} */
  public Citation citation() {
    return citations.get(0);
  }

  /** The service, outcome, citations and line, without the rationale. */
  @Override
  public String toString() {
    return "LetterDecision[service=" + service + ", outcome=" + outcome + ", citations="
        + citations + ", lineNumber=" + lineNumber + "]";
  }

  private static void requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
