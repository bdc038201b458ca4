package org.imrengine.model;

/** What a diagnostic study showed. */
public enum StudyResult implements Term {
  ABNORMAL,
  NORMAL,
  /** The study could not answer its question (motion artefact, incomplete). */
  NONDIAGNOSTIC
}
