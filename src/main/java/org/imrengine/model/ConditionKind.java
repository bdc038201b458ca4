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
  OTHER,
  // meds
  /** A history of peptic ulcer (a GI risk factor for NSAIDs). */
  PEPTIC_ULCER,
  /** A history of GI bleeding or perforation. */
  GI_BLEEDING,
  /** Dyspepsia or other GI symptoms, such as from an NSAID. */
  DYSPEPSIA,
  /** Cardiovascular disease (a risk factor for NSAIDs). */
  CARDIOVASCULAR_DISEASE,
  /** Renal disease. */
  RENAL_DISEASE,
  /** Hepatic disease. */
  HEPATIC_DISEASE,
  /** A history of substance use disorder or addiction (a risk for opioid misuse). */
  SUBSTANCE_USE_DISORDER,
  /** Depression. */
  DEPRESSION,
  // meds2
  /** Insomnia or another documented sleep disturbance, for the sleep medication rules. */
  INSOMNIA
}
