package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The real IMR decision on a request, recorded so that the engine can be measured against it (see
 * {@code concordance}). It is never an input to a determination: the engine decides a request the
 * same way with or without it. Immutable and thread-safe.
 *
 * @param outcome upheld or overturned
 * @param date the date of the IMR decision, if stated
 * @param guideline the guideline the reviewer cited, in the letter's words, if stated, such as
 *     {@code "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179"}
 * @param source where the decision comes from, if stated: a letter file or a decision number
 */
public record ImrDecision(ImrOutcome outcome, Optional<LocalDate> date, Optional<String> guideline,
    Optional<String> source) {
  /**
   * Checks the components.
   *
   * @param outcome upheld or overturned
   * @param date the date of the IMR decision, if stated
   * @param guideline the guideline the reviewer cited, in the letter's words, if stated, such as
   *     {@code "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179"}
   * @param source where the decision comes from, if stated: a letter file or a decision number
   */
  public ImrDecision {
    Checks.notNull(outcome, "outcome");
    Checks.notNull(date, "date");
    Checks.notNull(guideline, "guideline");
    Checks.notNull(source, "source");
  }
}
