package org.imrengine.model;

/** Whether equipment is requested for rental or for purchase. */
public enum Acquisition implements Term {
  /** Rented. */
  RENTAL,
  /** Bought. */
  PURCHASE
}
