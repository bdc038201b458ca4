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
  // meds
  /** A history of peptic ulcer (a GI risk factor for NSAIDs). */
  PEPTIC_ULCER,
  /** A history of GI bleeding or perforation. */
  GI_BLEEDING,
  /** Dyspepsia or other GI symptoms, such as from an NSAID. */
  DYSPEPSIA,
  CARDIOVASCULAR_DISEASE,
  RENAL_DISEASE,
  HEPATIC_DISEASE,
  /** A history of substance use disorder or addiction (a risk for opioid misuse). */
  SUBSTANCE_USE_DISORDER,
  DEPRESSION,
  // meds2
  /** Insomnia or another documented sleep disturbance, for the sleep medication rules. */
  INSOMNIA
}
