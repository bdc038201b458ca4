package org.imrengine.model;

/** A change in the clinical course. */
public enum EventKind implements Term {
  /** A new injury. */
  NEW_INJURY,
  /** A flare-up of the condition. */
  FLARE_UP,
  /** A neurologic deficit that is getting worse. */
  PROGRESSIVE_NEUROLOGIC_DEFICIT,
  /** Any other significant change in symptoms or findings. */
  SIGNIFICANT_CHANGE
}
