package org.imrengine.concordance;

/** Whether a request with a real decision was decided by the engine, and if not, why not. */
public enum Coverage {
  /** The engine upheld or overturned it. */
  DECIDED("decided"),
  /** No rule of the rule base addresses the request. */
  NO_APPLICABLE_RULE("no applicable rule"),
  /** Rules address it, but no edition was in force on its date. */
  NO_EDITION_IN_FORCE("no guideline edition in force"),
  /** A letter decides an item the case file has no request for. */
  NO_REQUEST("no request in the case file"),
  /** The request has no real decision, so it is not measured. */
  NO_REAL_DECISION("no real decision recorded");

  private final String label;

  Coverage(String label) {
    this.label = label;
  }

  /** {@return the reason as reports write it, such as {@code "no applicable rule"}} */
  public String label() {
    return label;
  }
}
