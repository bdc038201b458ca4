package org.imrengine.facts.legacy;

import java.util.Locale;
import java.util.Optional;

/**
 * The closed vocabulary of facts that rules reason over. Each fact is derived from a case and one
 * request by {@link FactExtractor}; rule files name facts by {@link #id()}.
 *
 * <p>A flag fact is present, documented absent, or not documented. A quantity fact is a number
 * (in the unit the constant states) or not documented. "In the region" means the request's region;
 * items with no region (a medication, for example) count for every region where that makes sense.
 */
public enum LegacyFact {
  // --- red flags and course
  /** A red-flag condition documented in the region (or with no region). */
  RED_FLAG(Kind.FLAG, "a red flag"),
  /** Trauma or a fracture documented as a red flag. */
  TRAUMA(Kind.FLAG, "trauma or suspected fracture"),
  /**
   * A red flag not documented before the most recent imaging of the region: dated after it, or
   * undated; with no prior imaging, any red flag.
   */
  RED_FLAG_SINCE_PRIOR_STUDY(Kind.FLAG, "a new red flag since the prior study"),
  /** A new injury or flare-up documented in the region. */
  FLARE_UP(Kind.FLAG, "a flare-up or new injury"),
  /**
   * A new injury or flare-up not documented before the most recent prior treatment with the
   * requested service: dated after it, or undated; with no prior treatment, any.
   */
  FLARE_UP_SINCE_PRIOR_TREATMENT(Kind.FLAG, "a flare-up or new injury since the prior treatment"),
  /** A change in the clinical course documented after the most recent imaging of the region. */
  SIGNIFICANT_CHANGE_SINCE_PRIOR_STUDY(Kind.FLAG, "a significant change since the prior study"),
  // --- neurologic examination and studies
  /** A sensory deficit in the region that the record places in a dermatome. */
  DERMATOMAL_SENSORY_DEFICIT(Kind.FLAG, "a dermatomal sensory deficit"),
  /** Motor weakness in the region. */
  MOTOR_DEFICIT(Kind.FLAG, "motor weakness"),
  /** A reflex change in the region. */
  REFLEX_CHANGE(Kind.FLAG, "a reflex change"),
  /** A positive provocative test (Spurling, compression, straight leg raise) in the region. */
  POSITIVE_PROVOCATIVE_TEST(Kind.FLAG, "a positive provocative test"),
  /** An abnormal electrodiagnostic study of the region. */
  ABNORMAL_ELECTRODIAGNOSTICS(Kind.FLAG, "abnormal electrodiagnostic testing"),
  /** An imaging or electrodiagnostic study of the region showing nerve-root compromise. */
  CORROBORATING_STUDY(Kind.FLAG, "imaging or electrodiagnostic corroboration of radiculopathy"),
  /** A symptom of the region radiating in a dermatomal pattern. */
  RADICULAR_PAIN(Kind.FLAG, "radicular pain in a dermatomal distribution"),
  /** Radiculopathy of the region: diagnosed, or shown by a study. */
  RADICULOPATHY(Kind.FLAG, "radiculopathy"),
  /** A trigger point found on examination of the region. */
  TRIGGER_POINTS(Kind.FLAG, "trigger points"),
  /** A twitch response elicited at a trigger point of the region. */
  TWITCH_RESPONSE(Kind.FLAG, "a twitch response"),
  /** Referred pain on palpation of a trigger point of the region. */
  REFERRED_PAIN(Kind.FLAG, "referred pain on palpation"),
  /** A diagnosis documented for the region. */
  DIAGNOSIS_IN_REGION(Kind.FLAG, "a diagnosis for the region"),
  // --- treatment history
  /** Conservative care of the region with persistent symptoms (partial relief, none, or worse). */
  CONSERVATIVE_CARE_FAILED(Kind.FLAG, "failed conservative care"),
  /** An exercise program (therapy, home exercise) with no improvement or worsening. */
  STRENGTHENING_PROGRAM_FAILED(Kind.FLAG, "failure to progress in a strengthening program"),
  /** Weeks of documented conservative care of the region, overlapping periods counted once. */
  CONSERVATIVE_CARE_WEEKS(Kind.QUANTITY, "weeks of conservative care", "weeks"),
  /** A prior treatment with the requested service, in the region. */
  PRIOR_SAME_TREATMENT(Kind.FLAG, "prior treatment with the requested service"),
  /** Functional improvement documented from a prior treatment with the requested service. */
  PRIOR_TREATMENT_FUNCTIONAL_IMPROVEMENT(Kind.FLAG, "functional improvement from the prior treatment"),
  /** The best pain relief documented from a prior treatment with the requested service. */
  PRIOR_TREATMENT_RELIEF_PERCENT(Kind.QUANTITY, "pain relief from the prior treatment", "percent"),
  /** How long that relief lasted. */
  PRIOR_TREATMENT_RELIEF_WEEKS(Kind.QUANTITY, "weeks of relief from the prior treatment", "weeks"),
  /** Weeks from the most recent prior treatment with the requested service to the request. */
  WEEKS_SINCE_PRIOR_SAME_TREATMENT(Kind.QUANTITY, "weeks since the prior treatment", "weeks"),
  /** A home exercise program the worker is documented as unable to perform. */
  HOME_EXERCISE_DIFFICULTY(Kind.FLAG, "inability to perform the home exercise program"),
  /** Months from symptom onset (or, if no onset is stated, the injury) to the request. */
  SYMPTOM_MONTHS(Kind.QUANTITY, "months of symptoms", "months"),
  // --- plans and conditions
  /** A planned or considered invasive procedure (injection or surgery) in the region. */
  INVASIVE_PROCEDURE_PLANNED(Kind.FLAG, "a planned invasive procedure"),
  /** A planned or considered surgery in the region. */
  SURGERY_PLANNED(Kind.FLAG, "a planned surgery"),
  /** A contraindication to MRI: pacemaker, metallic implant or claustrophobia. */
  MRI_CONTRAINDICATION(Kind.FLAG, "a contraindication to MRI"),
  /** A reason for sedation during imaging: claustrophobia, anxiety or inability to lie still. */
  SEDATION_NEED(Kind.FLAG, "claustrophobia, anxiety or inability to lie still"),
  // --- prior studies
  /** A prior study of the region with the requested modality. */
  PRIOR_SAME_STUDY(Kind.FLAG, "a prior study of the same kind"),
  /** Weeks from the most recent dated prior study of the same kind to the request. */
  WEEKS_SINCE_PRIOR_SAME_STUDY(Kind.QUANTITY, "weeks since the prior study", "weeks"),
  /** Any prior imaging of the region. */
  PRIOR_IMAGING(Kind.FLAG, "prior imaging of the region"),
  /** A prior MRI of the region with an interpretable (normal or abnormal) result. */
  PRIOR_DIAGNOSTIC_MRI(Kind.FLAG, "a diagnostic prior MRI"),
  // --- the request itself
  /** Visits requested: the quantity, else the lower bound of the frequency. */
  REQUESTED_VISITS(Kind.QUANTITY, "visits requested", "visits"),
  /** Injections (or units) requested. */
  REQUESTED_INJECTIONS(Kind.QUANTITY, "injections requested", "injections"),
  /** Spinal levels requested (a span such as L4-S1 counts each segment). */
  REQUESTED_LEVELS(Kind.QUANTITY, "levels requested", "levels"),
  /** Levels requested by an interlaminar or caudal approach; zero for transforaminal. */
  REQUESTED_INTERLAMINAR_LEVELS(Kind.QUANTITY, "interlaminar levels requested", "levels"),
  /** An injectate other than local anesthetic with or without steroid. */
  NON_ANESTHETIC_INJECTATE(Kind.FLAG, "an injectate other than local anesthetic with or without steroid");

  /** Whether a fact is a yes/no flag or a number. */
  public enum Kind {
    FLAG,
    QUANTITY
  }

  private final Kind kind;
  private final String label;
  private final String unit;

  LegacyFact(Kind kind, String label) {
    this(kind, label, null);
  }

  LegacyFact(Kind kind, String label, String unit) {
    this.kind = kind;
    this.label = label;
    this.unit = unit;
  }

  /**
   * The flag facts that documenting this one now (as advice asks) brings with it: by the way facts
   * are derived, trauma is a red flag, a planned surgery is a planned invasive procedure, a twitch
   * response is found at a trigger point; and what is documented now comes after every prior
   * study or course, so a red flag documented now is a red flag since the prior study. Used to
   * keep advice minimal.
   */
  public java.util.List<LegacyFact> implies() {
    switch (this) {
      case TRAUMA:
        return java.util.List.of(RED_FLAG);
      case RED_FLAG:
        return java.util.List.of(RED_FLAG_SINCE_PRIOR_STUDY);
      case RED_FLAG_SINCE_PRIOR_STUDY:
        return java.util.List.of(RED_FLAG);
      case FLARE_UP:
        return java.util.List.of(FLARE_UP_SINCE_PRIOR_TREATMENT);
      case FLARE_UP_SINCE_PRIOR_TREATMENT:
        return java.util.List.of(FLARE_UP);
      case SURGERY_PLANNED:
        return java.util.List.of(INVASIVE_PROCEDURE_PLANNED);
      case STRENGTHENING_PROGRAM_FAILED:
        return java.util.List.of(CONSERVATIVE_CARE_FAILED);
      case TWITCH_RESPONSE:
      case REFERRED_PAIN:
        return java.util.List.of(TRIGGER_POINTS);
      case CORROBORATING_STUDY:
        return java.util.List.of(RADICULOPATHY);
      case PRIOR_TREATMENT_FUNCTIONAL_IMPROVEMENT:
        return java.util.List.of(PRIOR_SAME_TREATMENT);
      default:
        return java.util.List.of();
    }
  }

  /** The id rule files use, such as {@code "conservative_care_weeks"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Kind kind() {
    return kind;
  }

  /** A short noun phrase for the fact, such as {@code "a red flag"}. */
  public String label() {
    return label;
  }

  /** The unit of a quantity fact, such as {@code "weeks"}; empty for flags. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** The fact whose id is {@code id}, if there is one. */
  public static Optional<LegacyFact> byId(String id) {
    for (LegacyFact f : values()) {
      if (f.id().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
