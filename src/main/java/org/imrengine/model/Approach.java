package org.imrengine.model;

/** The technique of a spinal injection. */
public enum Approach implements Term {
  INTERLAMINAR,
  TRANSFORAMINAL,
  CAUDAL
}
