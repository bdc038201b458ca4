package org.imrengine.model;

/** Whether an imaging request is with or without contrast. */
public enum Contrast implements Term {
  WITHOUT,
  WITH,
  WITH_AND_WITHOUT
}
