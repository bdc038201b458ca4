package org.imrengine.model;

/** A body region that a request, a finding or a treatment concerns. */
public enum Region implements Term {
  /** The cervical spine (neck). */
  CERVICAL_SPINE,
  /** The thoracic spine (upper back). */
  THORACIC_SPINE,
  /** The lumbar spine (low back). */
  LUMBAR_SPINE,
  /** The shoulder. */
  SHOULDER,
  /** The elbow. */
  ELBOW,
  /** The wrist and hand. */
  WRIST_HAND,
  /** The hip. */
  HIP,
  /** The knee. */
  KNEE,
  /** The ankle and foot. */
  ANKLE_FOOT,
  /** The head. */
  HEAD,
  /** Not tied to one region: a systemic condition or a drug taken by mouth. */
  SYSTEMIC
}
