package org.imrengine.model;

/** The injured worker's sex as the record states it. */
public enum Sex implements Term {
  /** Male. */
  MALE,
  /** Female. */
  FEMALE
}
