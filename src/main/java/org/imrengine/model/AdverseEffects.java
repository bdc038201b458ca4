package org.imrengine.model;

/** How a record rates a drug's adverse effects, when it assesses them. */
public enum AdverseEffects implements Term {
  /** Assessed, and none found. */
  NONE,
  /** Present and tolerated. */
  TOLERABLE,
  /** Present and not tolerable. */
  INTOLERABLE
}
