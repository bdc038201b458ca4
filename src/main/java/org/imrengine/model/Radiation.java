package org.imrengine.model;

/** Whether a symptom stays local, radiates, or radiates in a dermatomal pattern. */
public enum Radiation implements Term {
  /** Not radiating. */
  NONE,
  /** Radiating, but not said to follow a dermatome. */
  RADIATING,
  /** Along a dermatome. */
  DERMATOMAL
}
