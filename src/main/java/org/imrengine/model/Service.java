package org.imrengine.model;

/**
 * A medical service: what a request asks for, what a past treatment was, what a study was, or what
 * a plan proposes. One vocabulary serves all four, so a prior treatment can be matched to the
 * request that repeats it.
 */
public enum Service implements Term {
  // imaging and other diagnostic studies
  /** Imaging whose modality the record does not state. */
  IMAGING(Kind.IMAGING),
  X_RAY(Kind.IMAGING),
  MRI(Kind.IMAGING),
  CT(Kind.IMAGING),
  CT_MYELOGRAPHY(Kind.IMAGING),
  BONE_SCAN(Kind.IMAGING),
  ULTRASOUND(Kind.IMAGING),
  DISCOGRAPHY(Kind.IMAGING),
  EMG_NCV(Kind.ELECTRODIAGNOSTIC),
  LABORATORY_TEST(Kind.OTHER_TEST),
  URINE_DRUG_TEST(Kind.OTHER_TEST),
  IV_SEDATION(Kind.ADD_ON),
  // conservative care
  MEDICATION(Kind.CONSERVATIVE),
  PHYSICAL_THERAPY(Kind.EXERCISE),
  HOME_EXERCISE(Kind.EXERCISE),
  AQUATIC_THERAPY(Kind.EXERCISE),
  WORK_CONDITIONING(Kind.EXERCISE),
  OCCUPATIONAL_THERAPY(Kind.EXERCISE),
  CHIROPRACTIC(Kind.CONSERVATIVE),
  ACUPUNCTURE(Kind.CONSERVATIVE),
  MASSAGE(Kind.CONSERVATIVE),
  TENS(Kind.CONSERVATIVE),
  /** Neuromuscular electrical stimulation. */
  NMES(Kind.CONSERVATIVE),
  INTERFERENTIAL_STIMULATION(Kind.CONSERVATIVE),
  ACTIVITY_MODIFICATION(Kind.CONSERVATIVE),
  RELAXATION_TRAINING(Kind.CONSERVATIVE),
  PSYCHOLOGICAL_TREATMENT(Kind.CONSERVATIVE),
  FUNCTIONAL_RESTORATION_PROGRAM(Kind.CONSERVATIVE),
  HOME_HEALTH(Kind.OTHER),
  DURABLE_MEDICAL_EQUIPMENT(Kind.OTHER),
  OFFICE_VISIT(Kind.OTHER),
  // injections and procedures
  EPIDURAL_STEROID_INJECTION(Kind.INJECTION),
  TRIGGER_POINT_INJECTION(Kind.INJECTION),
  FACET_INJECTION(Kind.INJECTION),
  MEDIAL_BRANCH_BLOCK(Kind.INJECTION),
  RADIOFREQUENCY_ABLATION(Kind.INJECTION),
  NERVE_BLOCK(Kind.INJECTION),
  JOINT_INJECTION(Kind.INJECTION),
  // surgery
  FUSION_SURGERY(Kind.SURGERY),
  DECOMPRESSION_SURGERY(Kind.SURGERY),
  DISCECTOMY(Kind.SURGERY),
  ARTHROPLASTY(Kind.SURGERY),
  ARTHROSCOPY(Kind.SURGERY),
  OTHER_SURGERY(Kind.SURGERY),
  // drug classes, when a request names a drug
  OPIOID(Kind.DRUG),
  NSAID(Kind.DRUG),
  PROTON_PUMP_INHIBITOR(Kind.DRUG),
  MUSCLE_RELAXANT(Kind.DRUG),
  TOPICAL_ANALGESIC(Kind.DRUG),
  ANTIEPILEPTIC(Kind.DRUG),
  ANTIDEPRESSANT(Kind.DRUG),
  OTHER(Kind.OTHER),
  // meds
  /** A selective COX-2 inhibitor (celecoxib). */
  COX2_INHIBITOR(Kind.DRUG),
  /** An H2 receptor blocker (ranitidine, famotidine). */
  H2_BLOCKER(Kind.DRUG),
  BENZODIAZEPINE(Kind.DRUG),
  /** A sleep aid (zolpidem, eszopiclone, ...). */
  SLEEP_AID(Kind.DRUG),
  /** A non-opioid, non-NSAID analgesic (acetaminophen). */
  NON_OPIOID_ANALGESIC(Kind.DRUG),
  /** A barbiturate-containing analgesic (butalbital combinations). */
  BARBITURATE_ANALGESIC(Kind.DRUG),
  /** A drug of a class no medication rule addresses (an antiemetic, a laxative, a triptan, ...). */
  OTHER_DRUG(Kind.DRUG);

  /** The broad class of a service, used by fact extraction (for example "conservative care"). */
  public enum Kind {
    IMAGING,
    ELECTRODIAGNOSTIC,
    OTHER_TEST,
    ADD_ON,
    CONSERVATIVE,
    EXERCISE,
    INJECTION,
    SURGERY,
    DRUG,
    OTHER
  }

  private final Kind kind;

  Service(Kind kind) {
    this.kind = kind;
  }

  /** The broad class of this service. */
  public Kind kind() {
    return kind;
  }

  /** Whether this service is a diagnostic study (imaging, electrodiagnostic or another test). */
  public boolean isStudy() {
    return kind == Kind.IMAGING || kind == Kind.ELECTRODIAGNOSTIC || kind == Kind.OTHER_TEST;
  }

  /** Whether this service is conservative care: medication, exercise, manual or passive therapy. */
  public boolean isConservative() {
    return kind == Kind.CONSERVATIVE || kind == Kind.EXERCISE || kind == Kind.DRUG;
  }

  /** Whether this service is an invasive procedure: an injection or surgery. */
  public boolean isInvasive() {
    return kind == Kind.INJECTION || kind == Kind.SURGERY;
  }
}
