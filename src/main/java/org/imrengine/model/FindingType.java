package org.imrengine.model;

/** The kind of an examination finding. */
public enum FindingType implements Term {
  /** Sensation to touch or pinprick; give {@code level} when it follows a dermatome. */
  SENSORY,
  /** Muscle strength; give {@code level} when it follows a myotome. */
  MOTOR,
  /** Deep tendon reflex. */
  REFLEX,
  /** A provocative test such as Spurling, neck compression or straight leg raise. */
  PROVOCATIVE_TEST,
  /** Hoffmann, clonus, Babinski or hyperreflexia. */
  UPPER_MOTOR_NEURON,
  /** A trigger point; give {@code twitchResponse} and {@code referredPain} when documented. */
  TRIGGER_POINT,
  TENDERNESS,
  RANGE_OF_MOTION,
  ATROPHY,
  GAIT,
  OTHER,
  // meds2
  /** Muscle spasm on examination (palpable spasm, guarding), for the muscle relaxant rules. */
  MUSCLE_SPASM
}
