package org.imrengine.model;

/**
 * The clinical category of a diagnosis. Rules refer to categories, not to free diagnosis text; for
 * example a physical therapy visit limit is chosen by category.
 */
public enum DiagnosisCategory implements Term {
  /** Neck pain (cervicalgia). */
  NECK_PAIN,
  /** Thoracic spine pain. */
  THORACIC_PAIN,
  /** Low back pain (lumbago). */
  LOW_BACK_PAIN,
  /** Myalgia and myositis. */
  MYALGIA_MYOSITIS,
  /** Myofascial pain. */
  MYOFASCIAL_PAIN,
  /** A sprain or strain. */
  SPRAIN_STRAIN,
  /** Degenerative disc disease. */
  DEGENERATIVE_DISC_DISEASE,
  /** Disc herniation or protrusion. */
  DISC_HERNIATION,
  /** Spondylosis. */
  SPONDYLOSIS,
  /** Spinal stenosis. */
  SPINAL_STENOSIS,
  /** Facet arthropathy. */
  FACET_ARTHROPATHY,
  /** Radiculopathy. */
  RADICULOPATHY,
  /** Neuralgia, neuritis and radiculitis. */
  NEURALGIA_NEURITIS,
  /** A peripheral nerve entrapment, such as carpal tunnel syndrome. */
  PERIPHERAL_NERVE_ENTRAPMENT,
  /** Post-laminectomy (failed back surgery) syndrome. */
  POST_LAMINECTOMY_SYNDROME,
  /** Complex regional pain syndrome (reflex sympathetic dystrophy). */
  CRPS,
  /** Headache. */
  HEADACHE,
  /** Chronic pain syndrome. */
  CHRONIC_PAIN_SYNDROME,
  /** A fracture. */
  FRACTURE,
  /** Osteoarthritis. */
  OSTEOARTHRITIS,
  /** Tendinopathy or tendinitis. */
  TENDINOPATHY,
  /** A diagnosis in no other category. */
  OTHER,
  // limbs
  /** A meniscal tear of the knee. */
  MENISCAL_TEAR,
  /** A torn ligament, such as an ACL tear. */
  LIGAMENT_TEAR,
  /** Internal derangement of a joint, not further specified. */
  INTERNAL_DERANGEMENT,
  /** A rotator cuff tear. */
  ROTATOR_CUFF_TEAR,
  /** A labral tear, of the shoulder or hip. */
  LABRAL_TEAR,
  /** Shoulder instability, dislocation or subluxation. */
  SHOULDER_INSTABILITY,
  /** Osteoarthritis the record grades as severe (advanced, bone on bone, Kellgren-Lawrence 3-4). */
  SEVERE_OSTEOARTHRITIS,
  /** Patellofemoral pain or chondromalacia patellae. */
  PATELLOFEMORAL_PAIN
}
