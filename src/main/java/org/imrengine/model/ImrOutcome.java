package org.imrengine.model;

/** What the independent medical reviewer decided on a request: the real outcome of its IMR. */
public enum ImrOutcome implements Term {
  /** The UR denial or modification stood: not medically necessary. */
  UPHELD,
  /** The UR decision was reversed: medically necessary. */
  OVERTURNED
}
