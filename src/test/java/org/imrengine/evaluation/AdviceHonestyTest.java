package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.facts.Fact;
import org.imrengine.model.Approach;
import org.imrengine.model.CaseFile;
import org.imrengine.model.DiagnosisCategory;
import org.imrengine.model.Region;
import org.imrengine.model.Request;
import org.imrengine.model.Service;
import org.imrengine.rules.Comparison;
import org.imrengine.rules.CriterionResult;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Say what would change the outcome": the advice of every Upheld sample request must be honest.
 * Each option's steps, applied as real edits of the case record ({@link CaseEdits}), must make the
 * same request Overturned; and each option must be minimal: without any one of its steps, the
 * request must not be Overturned. An Overturned request has no advice.
 *
 * <p>Steps are mapped to edits by their fact, kind, presence and comparison
 * ({@link #apply(CaseEdits, Determination, Advice.Step)}); a step that cannot be mapped fails the
 * test, naming it.
 */
class AdviceHonestyTest {

  /** One option of the advice on one sample request. */
  record OptionCase(CaseFile file, Determination d, int index, Advice.Option option) {
    String describe() {
      return d.caseId() + " / " + d.requestId() + " / option " + index + " " + stepIds(option.steps());
    }
  }

  /** One option with one step dropped. */
  record Reduced(OptionCase oc, int dropped) {
    Advice.Step droppedStep() {
      return oc.option().steps().get(dropped);
    }

    List<Advice.Step> remaining() {
      List<Advice.Step> out = new ArrayList<>(oc.option().steps());
      out.remove(dropped);
      return out;
    }
  }

  static List<Determination> sampleDeterminations() {
    List<Determination> out = new ArrayList<>();
    for (CaseFile file : Samples.all()) {
      out.addAll(Samples.EVALUATOR.determineAll(file));
    }
    return out;
  }

  static List<OptionCase> optionCases() {
    List<OptionCase> out = new ArrayList<>();
    for (CaseFile file : Samples.all()) {
      for (Request r : file.requests()) {
        Determination d = Samples.EVALUATOR.determine(file, r);
        if (d.outcome() != Outcome.UPHELD) {
          continue;
        }
        List<Advice.Option> options = d.advice().options();
        for (int i = 0; i < options.size(); i++) {
          out.add(new OptionCase(file, d, i, options.get(i)));
        }
      }
    }
    return out;
  }

  static Stream<Arguments> options() {
    return optionCases().stream().map(oc -> Arguments.of(Named.of(oc.describe(), oc)));
  }

  static Stream<Arguments> reducedOptions() {
    return optionCases().stream().filter(oc -> oc.option().steps().size() > 1)
        .flatMap(oc -> java.util.stream.IntStream.range(0, oc.option().steps().size())
            .mapToObj(j -> new Reduced(oc, j)))
        .map(r -> Arguments.of(Named.of(r.oc().describe() + " without " + r.droppedStep().part() + "/"
            + r.droppedStep().id(), r)));
  }

  static Stream<Arguments> requests() {
    return sampleDeterminations().stream()
        .map(d -> Arguments.of(Named.of(d.caseId() + " / " + d.requestId() + " (" + d.outcome().label() + ")", d)));
  }

  // ------------------------------------------------------------------ tests

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void upheldRequestsSayWhatWouldChangeTheOutcomeAndOverturnedOnesHaveNoAdvice(Determination d) {
    if (d.outcome() == Outcome.OVERTURNED) {
      assertThat(d.advice().isEmpty()).as("advice of Overturned %s %s: %s", d.caseId(), d.requestId(), d.advice())
          .isTrue();
    } else if (d.outcome() == Outcome.UPHELD) {
      assertThat(d.advice().options().isEmpty() && d.advice().notes().isEmpty())
          .as("Upheld %s %s has neither options nor notes", d.caseId(), d.requestId()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("options")
  void everyOptionAppliedToTheRecordOverturnsTheRequest(OptionCase oc) {
    CaseEdits edits = CaseEdits.on(oc.file(), oc.d().requestId());
    for (Advice.Step step : oc.option().steps()) {
      edits = apply(edits, oc.d(), step, oc.describe());
    }
    Determination after = Samples.determine(edits.file(), oc.d().requestId());
    assertThat(after.outcome())
        .as("advice did not flip: case %s, request %s, option %d %s%n  edits: %s%n  still unmet: %s",
            oc.d().caseId(), oc.d().requestId(), oc.index(), describeSteps(oc.option().steps()), edits.log(),
            after.unmet())
        .isEqualTo(Outcome.OVERTURNED);
    assertThat(after.advice().isEmpty()).as("advice after the flip of %s", oc.describe()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reducedOptions")
  void everyOptionIsMinimal(Reduced r) {
    OptionCase oc = r.oc();
    CaseEdits edits = CaseEdits.on(oc.file(), oc.d().requestId());
    for (Advice.Step step : r.remaining()) {
      edits = apply(edits, oc.d(), step, oc.describe());
    }
    Determination after = Samples.determine(edits.file(), oc.d().requestId());
    Advice.Step dropped = r.droppedStep();
    String droppedStatus = statusOf(after, dropped);
    assertThat(after.outcome())
        .as("option not minimal: case %s, request %s, option %d %s overturns even without step %s/%s (%s %s);"
            + " after the other steps' edits that criterion is %s%n  edits: %s",
            oc.d().caseId(), oc.d().requestId(), oc.index(), stepIds(oc.option().steps()), dropped.part(), dropped.id(),
            dropped.kind(), dropped.fact().id(), droppedStatus, edits.log())
        .isNotEqualTo(Outcome.OVERTURNED);
  }

  // ------------------------------------------------------------------ mapping steps to edits

  /**
   * Applies {@code step} of the advice on {@code d} as a real edit of the record (or of the request).
   * Fails, naming the step, when the step has no edit.
   */
  static CaseEdits apply(CaseEdits e, Determination d, Advice.Step step, String where) {
    String name = where + ": step " + step.part() + "/" + step.id() + " (" + step.kind() + " " + step.fact().id()
        + " presence=" + step.presence().orElse(null) + " " + step.comparison().map(Comparison::symbol).orElse("")
        + " " + step.threshold().map(String::valueOf).orElse("") + ")";
    switch (step.kind()) {
      case REQUEST:
        return request(e, step, name);
      case EXCLUSION:
        if (!step.presence().equals(java.util.Optional.of(false))) {
          return fail("an exclusion step that does not ask for absence: " + name);
        }
        return e.removeEvidence(d, step.part(), step.id());
      case DOCUMENT:
      case CHANGE:
        if (step.comparison().isPresent()) {
          return quantity(e, step, name);
        }
        if (step.presence().equals(java.util.Optional.of(true))) {
          return present(e, step, name);
        }
        return fail("no edit documents the absence of a fact: " + name);
      default:
        return fail("unknown step kind: " + name);
    }
  }

  private static CaseEdits present(CaseEdits e, Advice.Step step, String name) {
    String root = e.region() == Region.LUMBAR_SPINE ? "L5" : "C6";
    Fact fact = step.fact();
    switch (fact.id()) {
      case "red_flag":
      case "red_flag_since_prior_study":
        return e.redFlag();
      case "trauma":
        return e.trauma();
      case "flare_up":
      case "flare_up_since_prior_treatment":
        return e.flareUp();
      case "significant_change_since_prior_study":
        return e.significantChange();
      case "dermatomal_sensory_deficit":
        return e.dermatomalSensory(root);
      case "motor_deficit":
        return e.motorDeficit(root);
      case "reflex_change":
        return e.reflexChange(root);
      case "positive_provocative_test":
        return e.provocativeTest();
      case "abnormal_electrodiagnostics":
        return e.electrodiagnostics(false);
      case "corroborating_study":
        return e.corroboratingImaging(e.region() == Region.LUMBAR_SPINE ? "L4-L5" : "C5-C6");
      case "radicular_pain":
        return e.radicularPain(root);
      case "trigger_points":
        return e.triggerPoints(null, null);
      case "twitch_response":
        return e.twitchResponse();
      case "referred_pain":
        return e.referredPain();
      case "diagnosis_in_region":
        return e.diagnosis(e.region() == Region.LUMBAR_SPINE ? DiagnosisCategory.of("low_back_pain")
            : e.region() == Region.THORACIC_SPINE ? DiagnosisCategory.of("thoracic_pain") : DiagnosisCategory.of("neck_pain"));
      case "conservative_care_failed":
        return e.conservativeCareFailed();
      case "strengthening_program_failed":
        return e.strengtheningProgramFailed();
      case "home_exercise_difficulty":
        return e.homeExerciseDifficulty();
      case "prior_treatment_functional_improvement":
        return e.priorTreatmentFunctionalImprovement(service(step, name));
      case "invasive_procedure_planned":
        return e.invasivePlanned();
      case "surgery_planned":
        return e.surgeryPlanned();
      case "mri_contraindication":
        return e.mriContraindication();
      case "sedation_need":
        return e.sedationNeed();
      case "image_guidance":
        return e.imageGuidance();
      case "deficit_at_requested_level":
        return e.dermatomalSensory(root);
      case "study_at_requested_level":
        return e.corroboratingImaging(e.region() == Region.LUMBAR_SPINE ? "L4-L5" : "C5-C6");
      default:
        return fail("no edit documents " + fact.id() + ": " + name);
    }
  }

  private static CaseEdits quantity(CaseEdits e, Advice.Step step, String name) {
    Comparison cmp = step.comparison().get();
    long threshold = step.threshold().orElseThrow(() -> new AssertionError("a comparison without threshold: " + name));
    if (cmp != Comparison.MIN && cmp != Comparison.ABOVE) {
      return fail("no edit lowers " + step.fact().id() + ": " + name);
    }
    int target = Math.toIntExact(cmp == Comparison.ABOVE ? threshold + 1 : threshold);
    switch (step.fact().id()) {
      case "conservative_care_weeks":
        return e.conservativeCareDuration(target);
      case "symptom_months":
        return e.symptomOnset(target);
      case "prior_treatment_relief_percent":
        return e.priorTreatmentReliefPercent(service(step, name), target);
      case "prior_treatment_relief_weeks":
        return e.priorTreatmentReliefWeeks(service(step, name), target);
      case "weeks_since_prior_same_treatment":
        return e.priorTreatmentWeeksAgo(service(step, name), target);
      default:
        return fail("no edit raises " + step.fact().id() + ": " + name);
    }
  }

  private static CaseEdits request(CaseEdits e, Advice.Step step, String name) {
    if (step.comparison().isEmpty() || step.comparison().get() != Comparison.MAX) {
      return fail("a request step that is not a maximum: " + name);
    }
    if (step.threshold().isEmpty()) {
      return fail("a request step without an allowed amount (the request must state it; which amount?): " + name);
    }
    int n = Math.toIntExact(step.threshold().get());
    List<String> levels = e.request().levels();
    switch (step.fact().id()) {
      case "requested_visits":
      case "requested_injections":
        return e.requestQuantity(n);
      case "requested_levels":
        if (levels.size() <= n) {
          return fail("cannot drop levels of " + levels + " to reach " + n + ": " + name);
        }
        return e.requestLevels(levels.subList(0, n));
      case "requested_interlaminar_levels":
        if (n == 0) {
          return e.requestApproach(Approach.TRANSFORAMINAL);
        }
        if (levels.size() <= n) {
          return fail("cannot drop levels of " + levels + " to reach " + n + ": " + name);
        }
        return e.requestLevels(levels.subList(0, n));
      default:
        return fail("no request change for " + step.fact().id() + ": " + name);
    }
  }

  private static Service service(Advice.Step step, String name) {
    try {
      return Service.of(step.part());
    } catch (IllegalArgumentException ex) {
      return fail("step part is not a service: " + name);
    }
  }

  // ------------------------------------------------------------------ messages

  private static String statusOf(Determination after, Advice.Step step) {
    if (step.kind() == Advice.Kind.REQUEST) {
      return after.parts().stream().filter(p -> p.service().id().equals(step.part()))
          .flatMap(p -> p.limits().stream()).filter(l -> l.id().equals(step.id()))
          .map(l -> l.status().name()).findFirst().orElse("(limit not found)");
    }
    try {
      CriterionResult c = CaseEdits.criterion(after, step.part(), step.id());
      return c.status().name() + " [" + c.finding() + "; evidence " + c.evidence().stream().map(ev -> ev.itemId())
          .collect(Collectors.toList()) + "]";
    } catch (IllegalArgumentException ex) {
      return "(criterion not found: " + ex.getMessage() + ")";
    }
  }

  private static String stepIds(List<Advice.Step> steps) {
    return steps.stream().map(s -> s.part() + "/" + s.id()).collect(Collectors.toList()).toString();
  }

  private static String describeSteps(List<Advice.Step> steps) {
    return steps.stream().map(s -> s.part() + "/" + s.id() + " " + s.kind() + " " + s.fact().id()
        + s.presence().map(p -> " present=" + p).orElse("")
        + s.comparison().map(c -> " " + c.symbol() + " " + s.threshold().map(String::valueOf).orElse("?")).orElse(""))
        .collect(Collectors.toList()).toString();
  }
}
