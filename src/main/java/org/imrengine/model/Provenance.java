package org.imrengine.model;

/** Where in an IMR letter a case item was read from. */
public enum Provenance implements Term {
  /** The clinical case summary, or the medical record itself. */
  SUMMARY,
  /** A fact of the record that only the letter's decision rationale states. */
  RATIONALE
}
