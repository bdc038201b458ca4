package org.imrengine.model;

/** How the injured worker responded to a treatment. */
public enum Response implements Term {
  /** Resolved. */
  RESOLVED,
  /** Improved. */
  IMPROVED,
  /** Partial relief. */
  PARTIAL_RELIEF,
  /** No improvement. */
  NO_IMPROVEMENT,
  /** Worse. */
  WORSENED,
  /** The worker could not carry the treatment out, for example a home exercise program. */
  UNABLE_TO_PERFORM
}
