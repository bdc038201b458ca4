package org.imrengine.model;

/** Whether an imaging request is with or without contrast. */
public enum Contrast implements Term {
  /** Without contrast. */
  WITHOUT,
  /** With contrast. */
  WITH,
  /** Without and then with contrast. */
  WITH_AND_WITHOUT
}
