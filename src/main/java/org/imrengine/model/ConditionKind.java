package org.imrengine.model;

/** A patient condition that bears on how a service can be given (a contraindication or a need). */
public enum ConditionKind implements Term {
  /** Claustrophobia. */
  CLAUSTROPHOBIA,
  /** Anxiety. */
  ANXIETY,
  /** Unable to lie still for a study. */
  INABILITY_TO_LIE_STILL,
  /** A cardiac pacemaker. */
  CARDIAC_PACEMAKER,
  /** A metallic implant. */
  METALLIC_IMPLANT,
  /** Pregnancy. */
  PREGNANCY,
  /** Another condition. */
  OTHER
}
