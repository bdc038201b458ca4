package org.imrengine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.model.Approach;
import org.imrengine.model.CaseFile;
import org.imrengine.model.ObservationCode;
import org.imrengine.model.ClinicalEvent;
import org.imrengine.model.Condition;
import org.imrengine.model.ConditionKind;
import org.imrengine.model.Diagnosis;
import org.imrengine.model.DiagnosisCategory;
import org.imrengine.model.EventKind;
import org.imrengine.model.Finding;
import org.imrengine.model.FindingResult;
import org.imrengine.model.FindingType;
import org.imrengine.model.Item;
import org.imrengine.model.Observation;
import org.imrengine.model.Plan;
import org.imrengine.model.Provenance;
import org.imrengine.model.Radiation;
import org.imrengine.model.RedFlag;
import org.imrengine.model.RedFlagKind;
import org.imrengine.model.Region;
import org.imrengine.model.Request;
import org.imrengine.model.Response;
import org.imrengine.model.Service;
import org.imrengine.model.Study;
import org.imrengine.model.StudyResult;
import org.imrengine.model.Symptom;
import org.imrengine.model.Treatment;
import org.imrengine.rules.CriterionResult;

/**
 * Realistic, minimal edits of a {@link CaseFile} aimed at one of its requests, for tests that change
 * a case and see how a determination moves. Immutable: every edit returns a new {@code CaseEdits}.
 *
 * <p>Each edit changes the record the way a fuller or different record would read, and nothing
 * else: one method per fact direction, built on {@link CaseFile#toBuilder()},
 * {@link CaseFile.Builder#removeItem(String)} and {@link CaseFile.Builder#editRequests}. Items are
 * placed in the request's region. Every added item gets a fresh id (prefix {@code edit-}) and is
 * dated on the request's decision date ({@link Request#decisionDate}) or earlier, never after the
 * case's {@code asOf} and never on or before the injury date; {@link #file()} re-checks the dates
 * the way {@code CaseFileReader} does, because {@link CaseFile.Builder#build()} does not.
 *
 * <p>Which fact an edit moves is documented per method, following {@code FactExtractor}. Some facts
 * necessarily imply others (a trigger point with a twitch response is a trigger point; a failed
 * strengthening program is failed conservative care; trauma is a red flag; a surgery plan is a
 * plan for an invasive procedure); the methods keep every other fact unchanged where the model
 * allows it.
 */
final class CaseEdits {
  private final CaseFile file;
  private final String requestId;
  private final List<String> log;

  private CaseEdits(CaseFile file, String requestId, List<String> log) {
    this.file = file;
    this.requestId = requestId;
    this.log = List.copyOf(log);
  }

  /** Edits of {@code file} for its request {@code requestId}. */
  static CaseEdits on(CaseFile file, String requestId) {
    Objects.requireNonNull(file, "file");
    if (file.request(requestId).isEmpty()) {
      throw new IllegalArgumentException("case " + file.caseId() + " has no request " + requestId);
    }
    return new CaseEdits(file, requestId, List.of());
  }

  /** The edited case, its dates checked. */
  CaseFile file() {
    checkDates(file);
    return file;
  }

  /** The target request as it now stands in the edited case. */
  Request request() {
    return file.request(requestId).orElseThrow();
  }

  String requestId() {
    return requestId;
  }

  /** What was edited, one entry per edit, for failure messages. */
  List<String> log() {
    return log;
  }

  Region region() {
    return request().region();
  }

  /** The date the request is judged on. */
  LocalDate requestDate() {
    return request().decisionDate(file.asOf());
  }

  // ------------------------------------------------------------------ red flags and the course

  /** RED_FLAG (and TRAUMA for trauma or fracture): a red flag of {@code kind}, present, in the region. */
  CaseEdits redFlag(RedFlagKind kind) {
    String text;
    switch (kind) {
      case TRAUMA:
        text = "new trauma: fell from a ladder striking the " + regionWords() + ", with new limb paresthesias";
        break;
      case PROGRESSIVE_NEUROLOGIC_DEFICIT:
        text = "progressive weakness and numbness of the " + limb() + " over the last month";
        break;
      case MYELOPATHY:
        text = "clumsy hands and gait disturbance with hyperreflexia (myelopathic signs)";
        break;
      case TUMOR:
        text = "history of cancer with unexplained weight loss and night pain";
        break;
      default:
        text = "red flag: " + kind.id().replace('_', ' ');
    }
    RedFlag flag = new RedFlag(freshId("red-flag-" + kind.id()), Optional.of(noted()), Optional.of(text),
        Provenance.SUMMARY, kind, true, Optional.of(region()));
    return with("red flag " + kind.id(), b -> b.redFlag(flag));
  }

  /** RED_FLAG: a progressive neurologic deficit (a red flag that is not trauma). */
  CaseEdits redFlag() {
    return redFlag(RedFlagKind.PROGRESSIVE_NEUROLOGIC_DEFICIT);
  }

  /** TRAUMA and RED_FLAG: new trauma to the region. */
  CaseEdits trauma() {
    return redFlag(RedFlagKind.TRAUMA);
  }

  /**
   * FLARE_UP (and SIGNIFICANT_CHANGE_SINCE_PRIOR_STUDY when the region has prior imaging): a flare-up
   * documented on the request date, after any prior imaging of the region.
   */
  CaseEdits flareUp() {
    LocalDate date = afterPriorStudies();
    ClinicalEvent event = new ClinicalEvent(freshId("flare-up"), Optional.of(date),
        Optional.of("acute flare-up of " + regionWords() + " pain with increased pain and reduced function"),
        Provenance.SUMMARY, EventKind.FLARE_UP, true, Optional.of(region()));
    return with("flare-up " + date, b -> b.event(event));
  }

  /**
   * SIGNIFICANT_CHANGE_SINCE_PRIOR_STUDY: a significant change in symptoms and findings, dated on the
   * request date, after the prior study. A note of the region saying the picture is unchanged
   * (a significant-change event documented absent) is replaced: the two cannot both stand.
   */
  CaseEdits significantChange() {
    LocalDate date = afterPriorStudies();
    List<String> unchanged = file.events().stream()
        .filter(e -> e.kind() == EventKind.SIGNIFICANT_CHANGE && !e.present() && inRegion(e.region()))
        .map(Item::id).collect(Collectors.toList());
    ClinicalEvent event = new ClinicalEvent(freshId("significant-change"), Optional.of(date),
        Optional.of("new and worsening radiating " + limb() + " symptoms since the prior study"),
        Provenance.SUMMARY, EventKind.SIGNIFICANT_CHANGE, true, Optional.of(region()));
    return with("significant change " + date + (unchanged.isEmpty() ? "" : " replacing " + unchanged), b -> {
      unchanged.forEach(b::removeItem);
      return b.event(event);
    });
  }

  /**
   * SYMPTOM_MONTHS: the region's symptoms began {@code monthsBefore} months before the request
   * date. Sets the onset on the first symptom of the region (a symptom the record already has);
   * adds a symptom only if the region has none.
   */
  CaseEdits symptomOnset(int monthsBefore) {
    Optional<Symptom> first = file.symptoms().stream().filter(s -> s.region() == region()).findFirst();
    return first.map(s -> symptomOnset(s.id(), monthsBefore)).orElseGet(() -> {
      LocalDate onset = requestDate().minusMonths(monthsBefore);
      Symptom added = new Symptom(freshId("symptom-onset"), Optional.of(noted()),
          Optional.of(regionWords() + " pain since " + onset), Provenance.SUMMARY, region(),
          Optional.empty(), Optional.of(onset), Optional.empty());
      return with("symptom onset " + onset, b -> b.symptom(added));
    });
  }

  /**
   * SYMPTOM_MONTHS: symptom {@code symptomId} began {@code monthsBefore} months before the request
   * date. The onset may precede the injury: a symptom can predate an industrial re-injury.
   */
  CaseEdits symptomOnset(String symptomId, int monthsBefore) {
    Symptom s = (Symptom) file.item(symptomId).filter(i -> i instanceof Symptom)
        .orElseThrow(() -> new IllegalArgumentException("no symptom " + symptomId));
    LocalDate onset = requestDate().minusMonths(monthsBefore);
    Symptom edited = new Symptom(s.id(), s.date(), s.text(), s.from(), s.region(), s.side(),
        Optional.of(onset), s.radiation());
    return replace("onset of " + symptomId + " " + onset, s.id(), b -> b.symptom(edited));
  }

  // ------------------------------------------------------------------ neurologic examination

  /** RADICULAR_PAIN: pain radiating in the named dermatome. */
  CaseEdits radicularPain(String dermatome) {
    Symptom s = new Symptom(freshId("radicular-pain"), Optional.of(noted()),
        Optional.of(regionWords() + " pain radiating into the " + limb() + " in the " + dermatome + " dermatome"),
        Provenance.SUMMARY, region(), Optional.empty(), Optional.empty(), Optional.of(Radiation.DERMATOMAL));
    return with("radicular pain " + dermatome, b -> b.symptom(s));
  }

  /** DERMATOMAL_SENSORY_DEFICIT: decreased sensation in the named dermatome. */
  CaseEdits dermatomalSensory(String dermatome) {
    return finding("sensory", FindingType.of("sensory"),
        "decreased sensation to pinprick in the " + dermatome + " dermatome", Optional.of(dermatome));
  }

  /** MOTOR_DEFICIT: weakness in the named myotome. */
  CaseEdits motorDeficit(String myotome) {
    return finding("motor", FindingType.of("motor"), "4/5 weakness in the " + myotome + " myotome", Optional.of(myotome));
  }

  /** REFLEX_CHANGE: a diminished reflex at the named root. */
  CaseEdits reflexChange(String root) {
    return finding("reflex", FindingType.of("reflex"), "diminished " + reflexName(root) + " reflex", Optional.of(root));
  }

  /** POSITIVE_PROVOCATIVE_TEST: a positive straight leg raise (lumbar) or Spurling test (otherwise). */
  CaseEdits provocativeTest() {
    String text = region() == Region.LUMBAR_SPINE
        ? "positive straight leg raise on the left at 40 degrees"
        : "positive Spurling test on the left";
    return finding("provocative", FindingType.of("provocative_test"), text, Optional.empty());
  }

  /**
   * TRIGGER_POINTS, and TWITCH_RESPONSE / REFERRED_PAIN when {@code twitch} / {@code referred} is
   * non-null (null: not stated): a circumscribed trigger point on palpation.
   */
  CaseEdits triggerPoints(Boolean twitch, Boolean referred) {
    String text = "circumscribed trigger point in the upper trapezius"
        + (Boolean.TRUE.equals(twitch) ? " with a local twitch response" : "")
        + (Boolean.TRUE.equals(referred) ? " and referred pain on palpation" : "");
    Finding f = new Finding(freshId("trigger-point"), Optional.of(noted()), Optional.of(text), Provenance.SUMMARY,
        FindingType.of("trigger_point"), region(), Optional.empty(), FindingResult.ABNORMAL, Optional.empty(),
        Optional.ofNullable(twitch), Optional.ofNullable(referred));
    return with("trigger point twitch=" + twitch + " referred=" + referred, b -> b.finding(f));
  }

  /**
   * TWITCH_RESPONSE: a twitch response at a trigger point. Marks the first abnormal trigger point of
   * the region; if there is none, adds one (which also documents TRIGGER_POINTS: a twitch response
   * is only ever elicited at a trigger point).
   */
  CaseEdits twitchResponse() {
    return markTriggerPoint(true, false);
  }

  /** REFERRED_PAIN: referred pain on palpation of a trigger point; as {@link #twitchResponse()}. */
  CaseEdits referredPain() {
    return markTriggerPoint(false, true);
  }

  private CaseEdits markTriggerPoint(boolean twitch, boolean referred) {
    Optional<Finding> existing = file.findings().stream()
        .filter(f -> f.type() == FindingType.of("trigger_point") && f.region() == region()
            && f.result() == FindingResult.ABNORMAL)
        .findFirst();
    if (existing.isEmpty()) {
      return triggerPoints(twitch ? Boolean.TRUE : null, referred ? Boolean.TRUE : null);
    }
    Finding f = existing.get();
    Finding edited = new Finding(f.id(), f.date(), f.text(), f.from(), f.type(), f.region(), f.side(), f.result(),
        f.level(), twitch ? Optional.of(true) : f.twitchResponse(), referred ? Optional.of(true) : f.referredPain());
    return replace((twitch ? "twitch response" : "referred pain") + " at " + f.id(), f.id(), b -> b.finding(edited));
  }

  private CaseEdits finding(String stem, FindingType type, String text, Optional<String> level) {
    Finding f = new Finding(freshId(stem), Optional.of(noted()), Optional.of(text), Provenance.SUMMARY, type,
        region(), Optional.of(org.imrengine.model.Side.LEFT), FindingResult.ABNORMAL, level, Optional.empty(),
        Optional.empty());
    return with(stem + " finding " + level.orElse(""), b -> b.finding(f));
  }

  // ------------------------------------------------------------------ studies

  /**
   * ABNORMAL_ELECTRODIAGNOSTICS: an abnormal EMG/NCV of the region. With {@code radiculopathy}, it
   * shows radiculopathy (also CORROBORATING_STUDY and RADICULOPATHY); without, the study states no
   * root level (nerve dysfunction only), leaving those facts as they were.
   */
  CaseEdits electrodiagnostics(boolean radiculopathy) {
    String root = defaultRoot();
    Study s = new Study(freshId("emg-ncv"), Optional.of(studyDate()),
        Optional.of(radiculopathy ? "EMG/NCV: acute " + root + " radiculopathy" : "EMG/NCV: abnormal, with denervation changes"),
        Provenance.SUMMARY, Service.of("emg_ncv"), region(), Optional.of(StudyResult.ABNORMAL),
        radiculopathy ? Optional.of(root) : Optional.empty(),
        radiculopathy ? Optional.of(true) : Optional.empty());
    return with("EMG/NCV abnormal radiculopathy=" + radiculopathy, b -> b.study(s));
  }

  /** CORROBORATING_STUDY (and RADICULOPATHY): an MRI of the region showing root compromise at {@code level}. */
  CaseEdits corroboratingImaging(String level) {
    Study s = new Study(freshId("mri"), Optional.of(studyDate()),
        Optional.of("MRI: disc protrusion at " + level + " compressing the exiting nerve root"), Provenance.SUMMARY,
        Service.of("mri"), region(), Optional.of(StudyResult.ABNORMAL), Optional.of(level), Optional.of(true));
    return with("corroborating MRI " + level, b -> b.study(s));
  }

  // ------------------------------------------------------------------ treatments

  /**
   * CONSERVATIVE_CARE_FAILED, CONSERVATIVE_CARE_WEEKS and STRENGTHENING_PROGRAM_FAILED: physical
   * therapy of the region from {@code weeks} weeks before the request date to the request date,
   * without improvement.
   */
  CaseEdits conservativeCare(int weeks) {
    LocalDate start = weeksBefore(weeks);
    Treatment t = new Treatment(freshId("physical-therapy"), Optional.of(requestDate()),
        Optional.of("physical therapy and home exercise for " + weeks + " weeks without improvement"),
        Provenance.SUMMARY, Service.of("physical_therapy"), Optional.of(region()), Optional.of(start),
        Optional.of(requestDate()), Optional.empty(), Optional.empty(), Optional.of(Response.NO_IMPROVEMENT),
        Optional.empty(), Optional.empty(), Optional.empty());
    return with("failed physical therapy " + start + ".." + requestDate(), b -> b.treatment(t));
  }

  /**
   * CONSERVATIVE_CARE_WEEKS only: dated anti-inflammatory medication of the region from
   * {@code weeks} weeks before the request date to the request date, its response not stated.
   */
  CaseEdits conservativeCareDuration(int weeks) {
    LocalDate start = weeksBefore(weeks);
    Treatment t = new Treatment(freshId("nsaid-course"), Optional.of(requestDate()),
        Optional.of("naproxen and activity modification since " + start), Provenance.SUMMARY, Service.of("medication"),
        Optional.of(region()), Optional.of(start), Optional.of(requestDate()), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    return with("conservative care " + start + ".." + requestDate(), b -> b.treatment(t));
  }

  /** CONSERVATIVE_CARE_FAILED only: medication for the region, no improvement, undated course. */
  CaseEdits conservativeCareFailed() {
    Treatment t = new Treatment(freshId("medication-failed"), Optional.of(noted()),
        Optional.of("NSAIDs and a muscle relaxant without improvement"), Provenance.SUMMARY, Service.of("medication"),
        Optional.of(region()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Response.NO_IMPROVEMENT), Optional.empty(), Optional.empty(), Optional.empty());
    return with("failed medication", b -> b.treatment(t));
  }

  /**
   * STRENGTHENING_PROGRAM_FAILED: a home strengthening program without improvement. A failed
   * exercise program is failed conservative care too (CONSERVATIVE_CARE_FAILED).
   */
  CaseEdits strengtheningProgramFailed() {
    Treatment t = new Treatment(freshId("strengthening-failed"), Optional.of(noted()),
        Optional.of("home strengthening program, failed to progress"), Provenance.SUMMARY, Service.of("home_exercise"),
        Optional.of(region()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Response.NO_IMPROVEMENT), Optional.empty(), Optional.empty(), Optional.empty());
    return with("failed strengthening program", b -> b.treatment(t));
  }

  /** HOME_EXERCISE_DIFFICULTY: a home exercise program the worker cannot perform. */
  CaseEdits homeExerciseDifficulty() {
    Treatment t = new Treatment(freshId("home-exercise"), Optional.of(noted()),
        Optional.of("unable to perform the home exercise program because of pain"), Provenance.SUMMARY,
        Service.of("home_exercise"), Optional.of(region()), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(Response.UNABLE_TO_PERFORM), Optional.empty(), Optional.empty(),
        Optional.empty());
    return with("home exercise difficulty", b -> b.treatment(t));
  }

  /**
   * PRIOR_TREATMENT_FUNCTIONAL_IMPROVEMENT: the prior course of {@code service} in the region brought
   * documented functional improvement. Marks the prior courses the record has; adds a completed
   * course only if there is none (which also documents PRIOR_SAME_TREATMENT).
   */
  CaseEdits priorTreatmentFunctionalImprovement(Service service) {
    return editPriorTreatments(service, "functional improvement", t -> new Treatment(t.id(), t.date(),
        Optional.of(t.text().orElse(service.id()) + "; improved sitting tolerance and returned to modified duty"),
        t.from(), t.service(), t.region(), t.start(), t.end(), t.weeks(), t.visits(), t.response(),
        t.reliefPercent(), t.reliefWeeks(), Optional.of(true)));
  }

  /** PRIOR_TREATMENT_RELIEF_PERCENT: the prior courses of {@code service} gave {@code percent}% relief. */
  CaseEdits priorTreatmentReliefPercent(Service service, int percent) {
    return editPriorTreatments(service, percent + "% relief", t -> new Treatment(t.id(), t.date(), t.text(),
        t.from(), t.service(), t.region(), t.start(), t.end(), t.weeks(), t.visits(), t.response(),
        Optional.of(percent), t.reliefWeeks(), t.functionalImprovement()));
  }

  /** PRIOR_TREATMENT_RELIEF_WEEKS: the relief of the prior courses of {@code service} lasted {@code weeks}. */
  CaseEdits priorTreatmentReliefWeeks(Service service, int weeks) {
    return editPriorTreatments(service, "relief for " + weeks + " weeks", t -> new Treatment(t.id(), t.date(),
        t.text(), t.from(), t.service(), t.region(), t.start(), t.end(), t.weeks(), t.visits(), t.response(),
        t.reliefPercent(), Optional.of(weeks), t.functionalImprovement()));
  }

  /**
   * WEEKS_SINCE_PRIOR_SAME_TREATMENT: the prior courses of {@code service} ended {@code weeks} weeks
   * before the request date.
   */
  CaseEdits priorTreatmentWeeksAgo(Service service, int weeks) {
    LocalDate when = weeksBefore(weeks);
    return editPriorTreatments(service, "ended " + when, t -> new Treatment(t.id(), Optional.of(when), t.text(),
        t.from(), t.service(), t.region(), t.start().filter(s -> !s.isAfter(when)), Optional.of(when), t.weeks(),
        t.visits(), t.response(), t.reliefPercent(), t.reliefWeeks(), t.functionalImprovement()));
  }

  private CaseEdits editPriorTreatments(Service service, String what, UnaryOperator<Treatment> edit) {
    List<Treatment> prior = file.treatments().stream()
        .filter(t -> t.service() == service && inRegion(t.region()))
        .collect(Collectors.toList());
    if (prior.isEmpty()) {
      Treatment course = new Treatment(freshId("prior-" + service.id().replace('_', '-')),
          Optional.of(weeksBefore(10)), Optional.of("prior " + service.id().replace('_', ' ')), Provenance.SUMMARY,
          service, Optional.of(region()), Optional.empty(), Optional.of(weeksBefore(10)), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      Treatment edited = edit.apply(course);
      return with("prior " + service.id() + " with " + what, b -> b.treatment(edited));
    }
    CaseEdits out = this;
    for (Treatment t : prior) {
      Treatment edited = edit.apply(t);
      out = out.replace(what + " of " + t.id(), t.id(), b -> b.treatment(edited));
    }
    return out;
  }

  // ------------------------------------------------------------------ plans, conditions, diagnoses

  /** SURGERY_PLANNED (and INVASIVE_PROCEDURE_PLANNED): a fusion under consideration for the region. */
  CaseEdits surgeryPlanned() {
    Plan p = new Plan(freshId("plan-fusion"), Optional.of(noted()),
        Optional.of("surgical consultation: candidate for fusion, patient wishes to proceed"), Provenance.SUMMARY,
        Service.of("fusion_surgery"), region(), true);
    return with("fusion planned", b -> b.plan(p));
  }

  /** INVASIVE_PROCEDURE_PLANNED only: an epidural steroid injection under consideration (not surgery). */
  CaseEdits invasivePlanned() {
    Plan p = new Plan(freshId("plan-esi"), Optional.of(noted()),
        Optional.of("plan: epidural steroid injection if imaging confirms the level"), Provenance.SUMMARY,
        Service.of("epidural_steroid_injection"), region(), true);
    return with("injection planned", b -> b.plan(p));
  }

  /** MRI_CONTRAINDICATION: a cardiac pacemaker (not a reason for sedation). */
  CaseEdits mriContraindication() {
    return condition(ConditionKind.CARDIAC_PACEMAKER, "implanted cardiac pacemaker (not MRI conditional)");
  }

  /** IMAGE_GUIDANCE: the request is to be done under fluoroscopic guidance. */
  CaseEdits imageGuidance() {
    Observation o = new Observation(freshId("image-guidance"), Item.span(Optional.of(noted())),
        Optional.of("to be performed under fluoroscopic guidance"), Provenance.SUMMARY, ObservationCode.of("image_guidance"),
        Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty(),
        Optional.of(requestId), List.of());
    return with("image guidance", b -> b.observation(o));
  }

  /** SEDATION_NEED (and MRI_CONTRAINDICATION): claustrophobia that prevents a closed MRI. */
  CaseEdits sedationNeed() {
    return condition(ConditionKind.CLAUSTROPHOBIA, "severe claustrophobia; could not complete a closed MRI");
  }

  CaseEdits condition(ConditionKind kind, String text) {
    Condition c = new Condition(freshId("condition-" + kind.id().replace('_', '-')), Optional.of(noted()),
        Optional.of(text), Provenance.SUMMARY, kind, true);
    return with("condition " + kind.id(), b -> b.condition(c));
  }

  /** DIAGNOSIS_IN_REGION: a diagnosis of the region. */
  CaseEdits diagnosis(DiagnosisCategory category) {
    Diagnosis d = new Diagnosis(freshId("dx-" + category.id().replace('_', '-')), Optional.of(noted()),
        Optional.of(category.id().replace('_', ' ')), Provenance.SUMMARY, category, Optional.of(region()),
        Optional.empty());
    return with("diagnosis " + category.id(), b -> b.diagnosis(d));
  }

  // ------------------------------------------------------------------ the request

  /** REQUESTED_VISITS / REQUESTED_INJECTIONS: the request asks for {@code n} (no frequency). */
  CaseEdits requestQuantity(int n) {
    return editRequest("quantity " + n, r -> r.withQuantity(n));
  }

  /** REQUESTED_INTERLAMINAR_LEVELS: the request states its approach. */
  CaseEdits requestApproach(Approach approach) {
    return editRequest("approach " + approach.id(), r -> new Request(r.id(), r.description(), r.service(), r.region(),
        r.date(), r.side(), r.levels(), Optional.of(approach), r.quantity(), r.frequency(), r.contrast(), r.addOns(),
        r.injectate(), r.ur()));
  }

  /** REQUESTED_LEVELS: the request names {@code levels}. */
  CaseEdits requestLevels(List<String> levels) {
    return editRequest("levels " + levels, r -> new Request(r.id(), r.description(), r.service(), r.region(),
        r.date(), r.side(), levels, r.approach(), r.quantity(), r.frequency(), r.contrast(), r.addOns(),
        r.injectate(), r.ur()));
  }

  private CaseEdits editRequest(String what, UnaryOperator<Request> edit) {
    return with("request " + what, b -> b.editRequests(r -> r.id().equals(requestId) ? edit.apply(r) : r));
  }

  // ------------------------------------------------------------------ removals

  /** Removes the items {@code ids} from the record. */
  CaseEdits removeItems(String... ids) {
    for (String id : ids) {
      if (file.item(id).isEmpty()) {
        throw new IllegalArgumentException("case " + file.caseId() + " has no item " + id);
      }
    }
    return with("removed " + List.of(ids), b -> {
      for (String id : ids) {
        b.removeItem(id);
      }
      return b;
    });
  }

  /**
   * Removes the items cited as evidence by criterion {@code criterionId} of the part for
   * {@code partService} in {@code d} (the record items behind an exclusion, such as the
   * radiculopathy diagnosis that excludes a trigger point injection). Evidence that is not a case
   * item (the injury date, the request) is not removable; the criterion must cite at least one item.
   */
  CaseEdits removeEvidence(Determination d, String partService, String criterionId) {
    CriterionResult node = criterion(d, partService, criterionId);
    List<String> ids = node.evidence().stream().map(e -> e.itemId())
        .filter(id -> file.item(id).isPresent()).distinct().collect(Collectors.toList());
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("criterion " + partService + "/" + criterionId + " of " + d.caseId() + " "
          + d.requestId() + " cites no removable case item: " + node.evidence());
    }
    return removeItems(ids.toArray(String[]::new));
  }

  /** The criterion {@code criterionId} of the part for {@code partService} in {@code d}. */
  static CriterionResult criterion(Determination d, String partService, String criterionId) {
    Part part = d.parts().stream().filter(p -> p.service().id().equals(partService)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no part " + partService + " in " + d.requestId()));
    return part.criteria().orElseThrow(() -> new IllegalArgumentException("part " + partService + " has no criteria"))
        .nodes().stream().filter(n -> n.id().equals(criterionId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionId + " in part " + partService));
  }

  // ------------------------------------------------------------------ helpers

  private CaseEdits with(String what, UnaryOperator<CaseFile.Builder> edit) {
    CaseFile next = edit.apply(file.toBuilder()).build();
    List<String> l = new ArrayList<>(log);
    l.add(what);
    return new CaseEdits(next, requestId, l);
  }

  private CaseEdits replace(String what, String id, UnaryOperator<CaseFile.Builder> add) {
    return with(what, b -> add.apply(b.removeItem(id)));
  }

  private String freshId(String stem) {
    Set<String> taken = new HashSet<>();
    allItems().forEach(i -> taken.add(i.id()));
    String base = "edit-" + stem;
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private Stream<Item> allItems() {
    return Stream.of(file.diagnoses(), file.symptoms(), file.findings(), file.treatments(), file.studies(),
        file.redFlags(), file.events(), file.plans(), file.conditions()).flatMap(List::stream).map(i -> (Item) i);
  }

  private boolean inRegion(Optional<Region> r) {
    return r.isEmpty() || r.get() == region();
  }

  /** The date a new note is dated: the request date (never after asOf, always after the injury). */
  private LocalDate noted() {
    LocalDate d = requestDate();
    if (d.isAfter(file.asOf())) {
      d = file.asOf();
    }
    if (!d.isAfter(file.injuryDate().orElseThrow())) {
      throw new IllegalStateException("no date after the injury " + file.injuryDate().orElseThrow() + " and on or before " + d);
    }
    return d;
  }

  private LocalDate weeksBefore(int weeks) {
    LocalDate d = requestDate().minusWeeks(weeks);
    if (!d.isAfter(file.injuryDate().orElseThrow())) {
      throw new IllegalStateException("case " + file.caseId() + ": " + weeks + " weeks before " + requestDate()
          + " is not after the injury date " + file.injuryDate().orElseThrow());
    }
    return d;
  }

  /**
   * The date of an added study: two weeks before the request date when that is after the injury
   * (so that a change can still be documented after it), else the note date.
   */
  private LocalDate studyDate() {
    LocalDate d = requestDate().minusWeeks(2);
    return d.isAfter(file.injuryDate().orElseThrow()) && !d.isAfter(file.asOf()) ? d : noted();
  }

  /** The note date, checked to fall after every dated prior imaging study of the region. */
  private LocalDate afterPriorStudies() {
    LocalDate date = noted();
    Optional<LocalDate> latest = file.studies().stream()
        .filter(s -> s.region() == region() && s.service().kind() == Service.Kind.IMAGING)
        .map(Study::date).flatMap(Optional::stream).max(Comparator.naturalOrder());
    if (latest.isPresent() && !date.isAfter(latest.get())) {
      throw new IllegalStateException("the request date " + date + " is not after the prior study " + latest.get());
    }
    return date;
  }

  private String regionWords() {
    switch (region()) {
      case CERVICAL_SPINE:
        return "neck";
      case LUMBAR_SPINE:
        return "low back";
      case THORACIC_SPINE:
        return "upper back";
      default:
        return region().id().replace('_', ' ');
    }
  }

  private String limb() {
    return region() == Region.LUMBAR_SPINE ? "left leg" : "left arm";
  }

  private String defaultRoot() {
    return region() == Region.LUMBAR_SPINE ? "L5" : "C6";
  }

  private static String reflexName(String root) {
    switch (root) {
      case "C5":
      case "C6":
        return "biceps (" + root + ")";
      case "C7":
        return "triceps (C7)";
      case "L4":
        return "patellar (L4)";
      case "S1":
        return "Achilles (S1)";
      default:
        return root;
    }
  }

  /** The checks {@code CaseFileReader} makes on dates, which {@code CaseFile.Builder.build()} does not. */
  static void checkDates(CaseFile c) {
    LocalDate asOf = c.asOf();
    List<String> problems = new ArrayList<>();
    Stream.of(c.diagnoses(), c.symptoms(), c.findings(), c.treatments(), c.studies(), c.redFlags(), c.events(),
        c.plans(), c.conditions()).flatMap(List::stream).forEach(i -> {
          Item item = (Item) i;
          item.date().filter(d -> d.isAfter(asOf)).ifPresent(d -> problems.add(item.id() + " dated " + d));
        });
    c.symptoms().forEach(s -> s.onset().filter(d -> d.isAfter(asOf))
        .ifPresent(d -> problems.add(s.id() + " onset " + d)));
    c.treatments().forEach(t -> {
      t.start().filter(d -> d.isAfter(asOf)).ifPresent(d -> problems.add(t.id() + " start " + d));
      t.end().filter(d -> d.isAfter(asOf)).ifPresent(d -> problems.add(t.id() + " end " + d));
      if (t.start().isPresent() && t.end().isPresent() && t.end().get().isBefore(t.start().get())) {
        problems.add(t.id() + " ends before it starts");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("case " + c.caseId() + " has dates after asOf " + asOf + ": " + problems);
    }
  }

  @Override
  public String toString() {
    return file.caseId() + "/" + requestId + " " + log;
  }
}
