package org.imrengine.model;

/** How the injured worker responded to a treatment. */
public enum Response implements Term {
  RESOLVED,
  IMPROVED,
  PARTIAL_RELIEF,
  NO_IMPROVEMENT,
  WORSENED,
  /** The worker could not carry the treatment out, for example a home exercise program. */
  UNABLE_TO_PERFORM
}
