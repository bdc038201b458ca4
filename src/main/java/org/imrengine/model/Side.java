package org.imrengine.model;

/** The side of the body a finding or request concerns. */
public enum Side implements Term {
  /** The left side. */
  LEFT,
  /** The right side. */
  RIGHT,
  /** Both sides. */
  BILATERAL
}
