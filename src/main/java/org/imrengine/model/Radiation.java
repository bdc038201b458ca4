package org.imrengine.model;

/** Whether a symptom stays local, radiates, or radiates in a dermatomal pattern. */
public enum Radiation implements Term {
  NONE,
  RADIATING,
  DERMATOMAL
}
