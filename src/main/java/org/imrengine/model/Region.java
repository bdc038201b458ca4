package org.imrengine.model;

/** A body region that a request, a finding or a treatment concerns. */
public enum Region implements Term {
  CERVICAL_SPINE,
  THORACIC_SPINE,
  LUMBAR_SPINE,
  SHOULDER,
  ELBOW,
  WRIST_HAND,
  HIP,
  KNEE,
  ANKLE_FOOT,
  HEAD,
  /** Not tied to one region: a systemic condition or a drug taken by mouth. */
  SYSTEMIC
}
