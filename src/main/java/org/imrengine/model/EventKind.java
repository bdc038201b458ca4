package org.imrengine.model;

/** A change in the clinical course. */
public enum EventKind implements Term {
  NEW_INJURY,
  FLARE_UP,
  PROGRESSIVE_NEUROLOGIC_DEFICIT,
  /** Any other significant change in symptoms or findings. */
  SIGNIFICANT_CHANGE
}
