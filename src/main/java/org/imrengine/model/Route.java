package org.imrengine.model;

/**
 * How a drug is given. {@code TOPICAL} acts where it is applied (a cream, a lidocaine patch);
 * {@code TRANSDERMAL} is absorbed to act throughout the body (a fentanyl patch).
 */
public enum Route implements Term {
  ORAL,
  TOPICAL,
  TRANSDERMAL,
  SUBLINGUAL,
  BUCCAL,
  INTRANASAL,
  INJECTION,
  RECTAL
}
