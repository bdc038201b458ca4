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
  /** Tenderness to palpation. */
  TENDERNESS,
  /** Range of motion. */
  RANGE_OF_MOTION,
  /** Muscle atrophy. */
  ATROPHY,
  /** Gait. */
  GAIT,
  /** Another examination finding. */
  OTHER,
  // limbs
  /** A joint effusion (swelling within the joint). */
  EFFUSION,
  /** Locking, catching or giving way of a joint, as examined or reported at the examination. */
  MECHANICAL_SYMPTOMS,
  /** A meniscal test such as McMurray, Thessaly or joint-line tenderness. */
  MENISCAL_SIGN,
  /** A ligament test such as Lachman, anterior or posterior drawer, pivot shift or varus/valgus stress. */
  LIGAMENT_LAXITY,
  /** A rotator cuff sign such as a drop-arm sign, an external-rotation lag or marked cuff weakness. */
  ROTATOR_CUFF_SIGN,
  /** A shoulder instability sign such as apprehension, relocation or sulcus. */
  INSTABILITY_SIGN,
  /** A labral sign such as O'Brien (active compression) or crank. */
  LABRAL_SIGN,
  /** Edema, cyanosis or Raynaud's phenomenon of the limb. */
  NEUROVASCULAR_SIGN,
  /** A peripheral nerve compression sign such as Tinel, Phalen, Durkan or elbow flexion. */
  NERVE_COMPRESSION_SIGN,
  /** Bony tenderness, for example over the patella or the fibular head. */
  BONY_TENDERNESS,
  /** Unable to bear weight for four steps, at the injury or at the examination. */
  INABILITY_TO_BEAR_WEIGHT,
  /** The knee cannot be flexed to 90 degrees. */
  FLEXION_UNDER_90,
  // meds2
  /** Muscle spasm on examination (palpable spasm, guarding), for the muscle relaxant rules. */
  MUSCLE_SPASM
}
