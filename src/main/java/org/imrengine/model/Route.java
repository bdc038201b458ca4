package org.imrengine.model;

/**
 * How a drug is given. {@code TOPICAL} acts where it is applied (a cream, a lidocaine patch);
 * {@code TRANSDERMAL} is absorbed to act throughout the body (a fentanyl patch).
 */
public enum Route implements Term {
  /** By mouth, swallowed. */
  ORAL,
  /** Applied to the skin, to act where it is applied. */
  TOPICAL,
  /** Through the skin, to act throughout the body. */
  TRANSDERMAL,
  /** Under the tongue. */
  SUBLINGUAL,
  /** Against the cheek. */
  BUCCAL,
  /** Into the nose. */
  INTRANASAL,
  /** By injection. */
  INJECTION,
  /** Into the rectum. */
  RECTAL
}
