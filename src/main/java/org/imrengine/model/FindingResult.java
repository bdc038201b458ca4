package org.imrengine.model;

/** What an examination or study showed: abnormal (positive) or normal (negative). */
public enum FindingResult implements Term {
  /** The finding is abnormal (positive). */
  ABNORMAL,
  /** The finding is normal (negative). */
  NORMAL
}
