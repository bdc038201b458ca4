package org.imrengine.model;

/**
 * The clinical category of a diagnosis. Rules refer to categories, not to free diagnosis text; for
 * example a physical therapy visit limit is chosen by category.
 */
public enum DiagnosisCategory implements Term {
  NECK_PAIN,
  THORACIC_PAIN,
  LOW_BACK_PAIN,
  MYALGIA_MYOSITIS,
  MYOFASCIAL_PAIN,
  SPRAIN_STRAIN,
  DEGENERATIVE_DISC_DISEASE,
  DISC_HERNIATION,
  SPONDYLOSIS,
  SPINAL_STENOSIS,
  FACET_ARTHROPATHY,
  RADICULOPATHY,
  NEURALGIA_NEURITIS,
  PERIPHERAL_NERVE_ENTRAPMENT,
  POST_LAMINECTOMY_SYNDROME,
  CRPS,
  HEADACHE,
  CHRONIC_PAIN_SYNDROME,
  FRACTURE,
  OSTEOARTHRITIS,
  TENDINOPATHY,
  OTHER,
  // limbs
  MENISCAL_TEAR,
  LIGAMENT_TEAR,
  /** Internal derangement of a joint, not further specified. */
  INTERNAL_DERANGEMENT,
  ROTATOR_CUFF_TEAR,
  LABRAL_TEAR,
  SHOULDER_INSTABILITY,
  /** Osteoarthritis the record grades as severe (advanced, bone on bone, Kellgren-Lawrence 3-4). */
  SEVERE_OSTEOARTHRITIS,
  /** Patellofemoral pain or chondromalacia patellae. */
  PATELLOFEMORAL_PAIN
}
