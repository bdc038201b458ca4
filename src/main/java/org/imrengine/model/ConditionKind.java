package org.imrengine.model;

/** A patient condition that bears on how a service can be given (a contraindication or a need). */
public enum ConditionKind implements Term {
  CLAUSTROPHOBIA,
  ANXIETY,
  INABILITY_TO_LIE_STILL,
  CARDIAC_PACEMAKER,
  METALLIC_IMPLANT,
  PREGNANCY,
  OTHER,
  // meds2
  /** Insomnia or another documented sleep disturbance, for the sleep medication rules. */
  INSOMNIA
}
