package org.imrengine.model;

/** What utilization review did with a request before it came to IMR. */
public enum UrOutcome implements Term {
  /** Utilization review denied the request. */
  DENIED,
  /** Utilization review approved part of the request. */
  MODIFIED,
  /** Utilization review delayed the request. */
  DELAYED
}
