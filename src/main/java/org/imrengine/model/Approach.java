package org.imrengine.model;

/** The technique of a spinal injection. */
public enum Approach implements Term {
  /** The interlaminar approach. */
  INTERLAMINAR,
  /** The transforaminal approach. */
  TRANSFORAMINAL,
  /** The caudal approach. */
  CAUDAL
}
