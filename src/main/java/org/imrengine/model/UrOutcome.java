package org.imrengine.model;

/** What utilization review did with a request before it came to IMR. */
public enum UrOutcome implements Term {
  DENIED,
  MODIFIED,
  DELAYED
}
