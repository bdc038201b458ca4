package org.imrengine.evaluation;

import org.imrengine.model.Term;

/** The outcome of a determination on one disputed request. */
public enum Outcome implements Term {
  /** The UR denial or modification stands: the request is not medically necessary. */
  UPHELD("Upheld"),
  /** The request is medically necessary. */
  OVERTURNED("Overturned"),
  /** No rule of the rule base addresses the request; the engine does not guess. */
  NO_APPLICABLE_RULE("No applicable rule"),
  /** Rules address the request, but no edition of them was in force on the request's date. */
  NO_EDITION_IN_FORCE("No guideline edition in force");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** {@return the label as letters and reports write it, such as {@code "Upheld"}} */
  public String label() {
    return label;
  }
}
