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
  /** Plain radiographs (x-rays). */
  X_RAY(Kind.IMAGING),
  /** Magnetic resonance imaging. */
  MRI(Kind.IMAGING),
  /** Computed tomography. */
  CT(Kind.IMAGING),
  /** CT myelography. */
  CT_MYELOGRAPHY(Kind.IMAGING),
  /** A bone scan (scintigraphy). */
  BONE_SCAN(Kind.IMAGING),
  /** Diagnostic ultrasound. */
  ULTRASOUND(Kind.IMAGING),
  /** Discography. */
  DISCOGRAPHY(Kind.IMAGING),
  /** Electromyography and nerve conduction studies. */
  EMG_NCV(Kind.ELECTRODIAGNOSTIC),
  /** A laboratory test. */
  LABORATORY_TEST(Kind.OTHER_TEST),
  /** A urine drug test. */
  URINE_DRUG_TEST(Kind.OTHER_TEST),
  /** Intravenous sedation, as an add-on to another service. */
  IV_SEDATION(Kind.ADD_ON),
  // conservative care
  /** A medication whose class the record does not state. */
  MEDICATION(Kind.CONSERVATIVE),
  /** Physical therapy. */
  PHYSICAL_THERAPY(Kind.EXERCISE),
  /** A home exercise programme. */
  HOME_EXERCISE(Kind.EXERCISE),
  /** Aquatic (pool) therapy. */
  AQUATIC_THERAPY(Kind.EXERCISE),
  /** Work conditioning or work hardening. */
  WORK_CONDITIONING(Kind.EXERCISE),
  /** Occupational therapy. */
  OCCUPATIONAL_THERAPY(Kind.EXERCISE),
  /** Chiropractic manipulation. */
  CHIROPRACTIC(Kind.CONSERVATIVE),
  /** Acupuncture. */
  ACUPUNCTURE(Kind.CONSERVATIVE),
  /** Massage therapy. */
  MASSAGE(Kind.CONSERVATIVE),
  /** Transcutaneous electrical nerve stimulation. */
  TENS(Kind.CONSERVATIVE),
  /** Neuromuscular electrical stimulation. */
  NMES(Kind.CONSERVATIVE),
  /** Interferential current stimulation. */
  INTERFERENTIAL_STIMULATION(Kind.CONSERVATIVE),
  /** Activity modification: changes to work or daily activities. */
  ACTIVITY_MODIFICATION(Kind.CONSERVATIVE),
  /** Relaxation training. */
  RELAXATION_TRAINING(Kind.CONSERVATIVE),
  /** Psychological treatment or evaluation. */
  PSYCHOLOGICAL_TREATMENT(Kind.CONSERVATIVE),
  /** A functional restoration (multidisciplinary pain) programme. */
  FUNCTIONAL_RESTORATION_PROGRAM(Kind.CONSERVATIVE),
  /** Home health services. */
  HOME_HEALTH(Kind.OTHER),
  /** Durable medical equipment, rented or bought. */
  DURABLE_MEDICAL_EQUIPMENT(Kind.OTHER),
  /** An office visit or consultation. */
  OFFICE_VISIT(Kind.OTHER),
  // injections and procedures
  /** An epidural steroid injection. */
  EPIDURAL_STEROID_INJECTION(Kind.INJECTION),
  /** A trigger point injection. */
  TRIGGER_POINT_INJECTION(Kind.INJECTION),
  /** A facet joint injection. */
  FACET_INJECTION(Kind.INJECTION),
  /** A medial branch block. */
  MEDIAL_BRANCH_BLOCK(Kind.INJECTION),
  /** Radiofrequency ablation (neurotomy). */
  RADIOFREQUENCY_ABLATION(Kind.INJECTION),
  /** A nerve block. */
  NERVE_BLOCK(Kind.INJECTION),
  /** An injection into a joint (corticosteroid or viscosupplementation). */
  JOINT_INJECTION(Kind.INJECTION),
  // surgery
  /** Spinal fusion surgery. */
  FUSION_SURGERY(Kind.SURGERY),
  /** Decompression surgery (laminectomy, foraminotomy, nerve release). */
  DECOMPRESSION_SURGERY(Kind.SURGERY),
  /** Discectomy. */
  DISCECTOMY(Kind.SURGERY),
  /** Joint replacement surgery. */
  ARTHROPLASTY(Kind.SURGERY),
  /** Arthroscopic surgery. */
  ARTHROSCOPY(Kind.SURGERY),
  /** Another surgery. */
  OTHER_SURGERY(Kind.SURGERY),
  // drug classes, when a request names a drug
  /** An opioid medication. */
  OPIOID(Kind.DRUG),
  /** A non-steroidal anti-inflammatory drug. */
  NSAID(Kind.DRUG),
  /** A proton pump inhibitor. */
  PROTON_PUMP_INHIBITOR(Kind.DRUG),
  /** A muscle relaxant medication. */
  MUSCLE_RELAXANT(Kind.DRUG),
  /** A topical analgesic. */
  TOPICAL_ANALGESIC(Kind.DRUG),
  /** An antiepileptic (anticonvulsant) medication, as used for neuropathic pain. */
  ANTIEPILEPTIC(Kind.DRUG),
  /** An antidepressant medication. */
  ANTIDEPRESSANT(Kind.DRUG),
  /** A service the vocabulary does not name. */
  OTHER(Kind.OTHER),
  // spine
  /** Needle electromyography alone, without nerve conduction studies. */
  EMG(Kind.ELECTRODIAGNOSTIC),
  /** Nerve conduction studies alone, without electromyography. */
  NERVE_CONDUCTION_STUDY(Kind.ELECTRODIAGNOSTIC),
  // limbs
  /** MRI after contrast is injected into the joint (MR arthrogram). */
  MR_ARTHROGRAPHY(Kind.IMAGING),
  /** Intra-articular hyaluronic acid injections (viscosupplementation). */
  VISCOSUPPLEMENTATION(Kind.INJECTION),

  // physmed
  /** H-wave stimulation. */
  H_WAVE(Kind.CONSERVATIVE),
  /** Microcurrent electrical stimulation (MENS). */
  MICROCURRENT_STIMULATION(Kind.CONSERVATIVE),
  /** Biofeedback. */
  BIOFEEDBACK(Kind.CONSERVATIVE),
  /** Work hardening: a work-simulation programme. */
  WORK_HARDENING(Kind.EXERCISE),
  /** Meniscectomy (a surgery kind). */
  MENISCECTOMY(Kind.SURGERY),
  /** Anterior cruciate ligament reconstruction. */
  ACL_RECONSTRUCTION(Kind.SURGERY),
  /** Rotator cuff repair (a surgery kind). */
  ROTATOR_CUFF_REPAIR(Kind.SURGERY),
  /** Carpal tunnel release (a surgery kind). */
  CARPAL_TUNNEL_RELEASE(Kind.SURGERY),

  // meds
  /** A selective COX-2 inhibitor (celecoxib). */
  COX2_INHIBITOR(Kind.DRUG),
  /** An H2 receptor blocker (ranitidine, famotidine). */
  H2_BLOCKER(Kind.DRUG),
  /** A benzodiazepine. */
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
    /** Imaging. */
    IMAGING,
    /** An electrodiagnostic study. */
    ELECTRODIAGNOSTIC,
    /** A test other than imaging or electrodiagnostics. */
    OTHER_TEST,
    /** A service requested together with another, such as sedation. */
    ADD_ON,
    /** Conservative care other than exercise. */
    CONSERVATIVE,
    /** Exercise-based therapy. */
    EXERCISE,
    /** An injection or other interventional procedure. */
    INJECTION,
    /** Surgery. */
    SURGERY,
    /** A medication class. */
    DRUG,
    /** Anything else. */
    OTHER
  }

  private final Kind kind;

  Service(Kind kind) {
    this.kind = kind;
  }

  /** {@return the broad class of this service} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return whether this service is a diagnostic study (imaging, electrodiagnostic or another
   * test)}
   */
  public boolean isStudy() {
    return kind == Kind.IMAGING || kind == Kind.ELECTRODIAGNOSTIC || kind == Kind.OTHER_TEST;
  }

  /**
   * {@return whether this service is conservative care: medication, exercise, manual or passive
   * therapy}
   */
  public boolean isConservative() {
    return kind == Kind.CONSERVATIVE || kind == Kind.EXERCISE || kind == Kind.DRUG;
  }

  /** {@return whether this service is an invasive procedure: an injection or surgery} */
  public boolean isInvasive() {
    return kind == Kind.INJECTION || kind == Kind.SURGERY;
  }
}
