package org.imrengine.model;

/** What a diagnostic study showed. */
public enum StudyResult implements Term {
  /** The study shows a pathology. */
  ABNORMAL,
  /** The study is normal. */
  NORMAL,
  /** The study could not answer its question (motion artefact, incomplete). */
  NONDIAGNOSTIC
}
