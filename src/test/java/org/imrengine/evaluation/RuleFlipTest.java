package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.model.Approach;
import org.imrengine.model.CaseFile;
import org.imrengine.model.ConditionKind;
import org.imrengine.model.StudyResult;
import org.imrengine.rationale.Rationale;
import org.imrengine.rationale.RationaleWriter;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule of the built-in rule base: variants of a sample case with a minimal, clinically
 * plausible change that make the request medically necessary (Overturned), and variants that stay
 * Upheld, checking the outcome, the rule that decided each part, and which criteria are (no longer)
 * unmet. {@link #everyRuleHasAnOverturnedAndAnUpheldVariant()} fails when a rule is added without
 * flip cases.
 *
 * <p>No rule needed an implausible change to flip. Two flips need a change that removes something
 * from the sample's record, because the rule has an exclusion the sample documents:
 * <ul>
 *   <li>cervical_ct: sample 001 has a diagnostic prior MRI ({@code no_diagnostic_prior_mri}). The
 *       variants either make that MRI nondiagnostic (aborted for claustrophobia, which is also the
 *       CT indication) or drop it (a case like 001 with no prior MRI and new trauma).
 *   <li>trigger_point_injection: sample 003 has a radiculopathy diagnosis ({@code no_radiculopathy});
 *       the Overturned variant is the same case without that diagnosis, as the brief asks.
 * </ul>
 */
class RuleFlipTest {

  /**
   * One variant.
   *
   * @param name how the test shows it
   * @param sample the sample case file prefix, such as {@code "003"}
   * @param requestId the request decided
   * @param edit the change (identity for the sample as submitted)
   * @param expected the expected outcome of the whole request
   * @param rules the rule expected per part: {@code "rule"} for the main part,
   *     {@code "service=rule"} for an add-on part
   * @param unmet criteria/limit ids that must be in {@code d.unmet()}
   * @param met criteria/limit ids the change addressed, which must not be in {@code d.unmet()}
   * @param extra further checks, or null
   */
  record Variant(String name, String sample, String requestId, UnaryOperator<CaseEdits> edit, Outcome expected,
      List<String> rules, List<String> unmet, List<String> met, Consumer<Determination> extra) {
    Set<String> ruleIds() {
      return rules.stream().map(r -> r.contains("=") ? r.substring(r.indexOf('=') + 1) : r)
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }

  private static Variant overturned(String name, String sample, String requestId, UnaryOperator<CaseEdits> edit,
      List<String> rules, List<String> met) {
    return new Variant(name, sample, requestId, edit, Outcome.OVERTURNED, rules, List.of(), met, null);
  }

  private static Variant upheld(String name, String sample, String requestId, UnaryOperator<CaseEdits> edit,
      List<String> rules, List<String> unmet, List<String> met) {
    return new Variant(name, sample, requestId, edit, Outcome.UPHELD, rules, unmet, met, null);
  }

  private static Variant withExtra(Variant v, Consumer<Determination> extra) {
    return new Variant(v.name(), v.sample(), v.requestId(), v.edit(), v.expected(), v.rules(), v.unmet(), v.met(),
        extra);
  }

  private static final String MRI3 = "req-mri-cervical";
  private static final List<String> MRI_SEDATION = List.of("cervical_mri_initial", "iv_sedation=imaging_sedation");

  // A complete lumbar radiculopathy picture for sample 002's ESI request.
  private static CaseEdits lumbarRadiculopathy(CaseEdits e) {
    return e.radicularPain("L5").provocativeTest().corroboratingImaging("L4-L5").conservativeCare(6);
  }

  // Trigger points as the guideline asks for them, for sample 003's TPI request, with the neck
  // symptoms dated to the years before the re-injury that the record describes ("her neck symptoms
  // had been going on for years prior to this re-injury").
  private static CaseEdits myofascialPicture(CaseEdits e) {
    return e.triggerPoints(true, true).symptomOnset("sx-neck", 24);
  }

  static List<Variant> variants() {
    List<Variant> v = new ArrayList<>();

    // ---------------------------------------------------------------- cervical_mri_initial + imaging_sedation
    // Sample 003's MRI is a compound request: MRI with IV sedation. Both parts must pass.
    v.add(upheld("cervical_mri_initial: 003 MRI with IV sedation as submitted -> Upheld", "003", MRI3, e -> e,
        MRI_SEDATION, List.of("special_studies", "conservative_care_4_weeks", "physiologic_evidence",
            "iv_sedation/sedation_indication"), List.of()));
    v.add(overturned("cervical_mri_initial: 003 MRI with IV sedation + progressive neurologic deficit (red flag)"
        + " + claustrophobia -> Overturned", "003", MRI3, e -> e.redFlag().sedationNeed(), MRI_SEDATION,
        List.of("special_studies", "red_flag", "iv_sedation/sedation_indication")));
    v.add(overturned("cervical_mri_initial: 003 MRI with IV sedation + C6 dermatomal sensory loss + diminished"
        + " C6 reflex + 4 weeks of dated conservative care + claustrophobia -> Overturned", "003", MRI3,
        e -> e.dermatomalSensory("C6").reflexChange("C6").conservativeCareDuration(4).sedationNeed(), MRI_SEDATION,
        List.of("special_studies", "indicated_after_conservative_care", "conservative_care",
            "conservative_care_4_weeks", "imaging_indication", "physiologic_evidence",
            "definitive_neurologic_findings", "iv_sedation/sedation_indication")));
    // Four weeks of physical therapy without improvement is also a failed strengthening program.
    v.add(overturned("cervical_mri_initial: 003 MRI with IV sedation + 4 weeks of failed physical therapy"
        + " + claustrophobia -> Overturned", "003", MRI3, e -> e.conservativeCare(4).sedationNeed(), MRI_SEDATION,
        List.of("special_studies", "conservative_care", "conservative_care_4_weeks", "imaging_indication",
            "strengthening_program_failed", "iv_sedation/sedation_indication")));
    // The compound rule: the MRI itself is medically necessary, the sedation is not -> the request fails.
    v.add(withExtra(upheld("cervical_mri_initial: 003 MRI with IV sedation + red flag, no sedation need"
        + " -> Upheld (the failing sedation part fails the request)", "003", MRI3, e -> e.redFlag(), MRI_SEDATION,
        List.of("iv_sedation/sedation_indication"), List.of("special_studies", "red_flag")), d -> {
          assertThat(d.main().outcome()).as("the MRI part").isEqualTo(Outcome.OVERTURNED);
          assertThat(d.parts().get(1).outcome()).as("the IV sedation part").isEqualTo(Outcome.UPHELD);
        }));
    v.add(withExtra(upheld("cervical_mri_initial: 003 MRI with IV sedation + claustrophobia, no MRI criteria"
        + " -> Upheld (the failing MRI part fails the request)", "003", MRI3, e -> e.sedationNeed(), MRI_SEDATION,
        List.of("special_studies"), List.of("iv_sedation/sedation_indication")), d -> {
          assertThat(d.main().outcome()).as("the MRI part").isEqualTo(Outcome.UPHELD);
          assertThat(d.parts().get(1).outcome()).as("the IV sedation part").isEqualTo(Outcome.OVERTURNED);
        }));
    v.add(withExtra(overturned("cervical_mri_initial: 003 MRI without the sedation add-on + red flag -> Overturned",
        "003", MRI3, e -> e.requestWithoutAddOns().redFlag(), List.of("cervical_mri_initial"),
        List.of("special_studies", "red_flag")), d -> assertThat(d.parts()).hasSize(1)));

    // ---------------------------------------------------------------- cervical_mri_repeat
    v.add(upheld("cervical_mri_repeat: 002 repeat MRI as submitted -> Upheld", "002", "req-mri-cervical", e -> e,
        List.of("cervical_mri_repeat"), List.of("repeat_indication", "significant_change", "special_studies"),
        List.of()));
    v.add(overturned("cervical_mri_repeat: 002 repeat MRI + progressive neurologic deficit since the prior MRI"
        + " -> Overturned", "002", "req-mri-cervical", e -> e.redFlag(), List.of("cervical_mri_repeat"),
        List.of("repeat_indication", "new_red_flag", "special_studies", "red_flag")));
    v.add(overturned("cervical_mri_repeat: 002 repeat MRI + significant change since the prior MRI + 6 weeks of"
        + " failed physical therapy + EMG showing C6 radiculopathy -> Overturned", "002", "req-mri-cervical",
        e -> e.significantChange().conservativeCare(6).electrodiagnostics(true), List.of("cervical_mri_repeat"),
        List.of("repeat_indication", "significant_change", "special_studies", "conservative_care",
            "conservative_care_failed", "conservative_care_4_weeks", "imaging_indication", "physiologic_evidence",
            "abnormal_electrodiagnostics")));
    v.add(upheld("cervical_mri_repeat: 002 repeat MRI + significant change only -> Upheld (no imaging criteria)",
        "002", "req-mri-cervical", e -> e.significantChange(), List.of("cervical_mri_repeat"),
        List.of("special_studies"), List.of("repeat_indication", "significant_change")));
    v.add(upheld("cervical_mri_repeat: 002 repeat MRI + 6 weeks of failed physical therapy + EMG C6 radiculopathy,"
        + " unchanged since the prior MRI -> Upheld", "002", "req-mri-cervical",
        e -> e.conservativeCare(6).electrodiagnostics(true), List.of("cervical_mri_repeat"),
        List.of("repeat_indication", "significant_change"), List.of("special_studies")));

    // ---------------------------------------------------------------- cervical_ct
    v.add(upheld("cervical_ct: 001 CT as submitted -> Upheld", "001", "req-ct-cervical", e -> e,
        List.of("cervical_ct"), List.of("special_studies", "ct_indication", "no_diagnostic_prior_mri"), List.of()));
    v.add(overturned("cervical_ct: 001 CT + prior MRI nondiagnostic (aborted for claustrophobia) + severe"
        + " claustrophobia + 6 weeks of failed physical therapy -> Overturned", "001", "req-ct-cervical",
        e -> e.studyResult("study-mri-cervical", StudyResult.NONDIAGNOSTIC,
                "Cervical MRI attempted; aborted because of claustrophobia, motion-degraded and nondiagnostic")
            .condition(ConditionKind.CLAUSTROPHOBIA, "severe claustrophobia; could not complete a closed MRI")
            .conservativeCare(6),
        List.of("cervical_ct"), List.of("special_studies", "conservative_care", "conservative_care_failed",
            "conservative_care_4_weeks", "ct_indication", "mri_contraindicated", "no_diagnostic_prior_mri")));
    v.add(overturned("cervical_ct: 001 CT + new trauma, no prior MRI on record -> Overturned", "001",
        "req-ct-cervical", e -> e.trauma().removeItems("study-mri-cervical"), List.of("cervical_ct"),
        List.of("special_studies", "red_flag", "ct_indication", "trauma", "no_diagnostic_prior_mri")));
    v.add(upheld("cervical_ct: 001 CT + new trauma, but the diagnostic prior MRI stays on record -> Upheld", "001",
        "req-ct-cervical", e -> e.trauma(), List.of("cervical_ct"), List.of("no_diagnostic_prior_mri"),
        List.of("special_studies", "ct_indication", "trauma")));
    v.add(upheld("cervical_ct: 001 CT + prior MRI nondiagnostic + 6 weeks of failed physical therapy, no CT"
        + " indication -> Upheld", "001", "req-ct-cervical",
        e -> e.studyResult("study-mri-cervical", StudyResult.NONDIAGNOSTIC, "Cervical MRI motion-degraded")
            .conservativeCare(6),
        List.of("cervical_ct"), List.of("ct_indication"), List.of("special_studies", "no_diagnostic_prior_mri")));

    // ---------------------------------------------------------------- cervical_x_ray
    v.add(upheld("cervical_x_ray: 004 x-ray as submitted -> Upheld", "004", "req-xray-cervical", e -> e,
        List.of("cervical_x_ray"), List.of("x_ray_indication", "x_ray_repeat"), List.of()));
    v.add(overturned("cervical_x_ray: 004 x-ray + new trauma since the prior imaging -> Overturned", "004",
        "req-xray-cervical", e -> e.trauma(), List.of("cervical_x_ray"),
        List.of("x_ray_indication", "red_flag", "x_ray_repeat", "red_flag_since_prior_imaging")));
    v.add(overturned("cervical_x_ray: 004 x-ray + revision surgery planned + significant change since the prior"
        + " imaging -> Overturned", "004", "req-xray-cervical", e -> e.surgeryPlanned().significantChange(),
        List.of("cervical_x_ray"), List.of("x_ray_indication", "invasive_procedure_planned", "x_ray_repeat",
            "change_since_prior_imaging")));
    v.add(upheld("cervical_x_ray: 004 x-ray + revision surgery planned, unchanged since the prior imaging -> Upheld",
        "004", "req-xray-cervical", e -> e.surgeryPlanned(), List.of("cervical_x_ray"), List.of("x_ray_repeat"),
        List.of("x_ray_indication", "invasive_procedure_planned")));

    // ---------------------------------------------------------------- cervical_discography
    String disc = "req-discogram-ct-cervical";
    v.add(upheld("cervical_discography: 000 discogram with CT as submitted -> Upheld", "000", disc, e -> e,
        List.of("cervical_discography"), List.of("special_studies", "disc_procedure_planned"), List.of()));
    v.add(overturned("cervical_discography: 000 discogram + progressive neurologic deficit + fusion planned"
        + " -> Overturned", "000", disc, e -> e.redFlag().surgeryPlanned(), List.of("cervical_discography"),
        List.of("special_studies", "red_flag", "disc_procedure_planned")));
    v.add(overturned("cervical_discography: 000 discogram + 6 weeks of failed physical therapy + fusion planned"
        + " -> Overturned", "000", disc, e -> e.conservativeCare(6).surgeryPlanned(), List.of("cervical_discography"),
        List.of("special_studies", "conservative_care", "imaging_indication", "invasive_procedure_planned",
            "disc_procedure_planned")));
    v.add(upheld("cervical_discography: 000 discogram + red flag, no disc procedure planned -> Upheld", "000", disc,
        e -> e.redFlag(), List.of("cervical_discography"), List.of("disc_procedure_planned"),
        List.of("special_studies")));
    v.add(upheld("cervical_discography: 000 discogram + fusion planned, no red flag or conservative care -> Upheld",
        "000", disc, e -> e.surgeryPlanned(), List.of("cervical_discography"),
        List.of("special_studies", "conservative_care"), List.of("disc_procedure_planned")));

    // ---------------------------------------------------------------- epidural_steroid_injection
    String esi = "req-lumbar-esi";
    List<String> esiMet = List.of("radiculopathy_on_examination", "radicular_pain", "objective_radicular_signs",
        "esi_provocative_test", "radiculopathy_corroborated", "conservative_treatment_failed");
    v.add(upheld("epidural_steroid_injection: 002 lumbar ESI L4-L5, L5-S1 as submitted -> Upheld", "002", esi,
        e -> e, List.of("epidural_steroid_injection"),
        List.of("radiculopathy_on_examination", "radiculopathy_corroborated", "conservative_treatment_failed"),
        List.of()));
    v.add(overturned("epidural_steroid_injection: 002 lumbar ESI + L5 dermatomal radicular pain + positive SLR"
        + " + MRI L4-L5 root compression + 6 weeks of failed physical therapy -> Overturned", "002", esi,
        RuleFlipTest::lumbarRadiculopathy, List.of("epidural_steroid_injection"), esiMet));
    v.add(overturned("epidural_steroid_injection: 002 lumbar ESI, radiculopathy documented, transforaminal at"
        + " L4-L5 and L5-S1 -> Overturned", "002", esi,
        e -> lumbarRadiculopathy(e).requestApproach(Approach.TRANSFORAMINAL), List.of("epidural_steroid_injection"),
        esiMet));
    v.add(upheld("epidural_steroid_injection: 002 lumbar ESI, radiculopathy documented, interlaminar at L4-L5 and"
        + " L5-S1 -> Upheld (one interlaminar level per session)", "002", esi,
        e -> lumbarRadiculopathy(e).requestApproach(Approach.INTERLAMINAR), List.of("epidural_steroid_injection"),
        List.of("esi_interlaminar_levels"), esiMet));
    v.add(upheld("epidural_steroid_injection: 002 lumbar ESI, radiculopathy documented, transforaminal at three"
        + " levels -> Upheld (two levels per session)", "002", esi,
        e -> lumbarRadiculopathy(e).requestApproach(Approach.TRANSFORAMINAL)
            .requestLevels(List.of("L3-L4", "L4-L5", "L5-S1")),
        List.of("epidural_steroid_injection"), List.of("esi_levels"), esiMet));
    v.add(upheld("epidural_steroid_injection: 002 lumbar ESI + radicular pain, SLR and failed PT, no corroborating"
        + " study -> Upheld", "002", esi, e -> e.radicularPain("L5").provocativeTest().conservativeCare(6),
        List.of("epidural_steroid_injection"), List.of("radiculopathy_corroborated"),
        List.of("radiculopathy_on_examination", "conservative_treatment_failed")));

    // ---------------------------------------------------------------- physical_medicine
    String pt = "req-pt-cervical";
    v.add(upheld("physical_medicine: 003 PT 2-3x/week for 6 weeks as submitted -> Upheld", "003", pt, e -> e,
        List.of("physical_medicine"), List.of("further_therapy_indicated", "visits_within_guideline"), List.of()));
    v.add(overturned("physical_medicine: 003 PT, 8 visits + functional improvement from the prior PT -> Overturned",
        "003", pt, e -> e.requestQuantity(8).priorTreatmentFunctionalImprovement(
            org.imrengine.model.Service.PHYSICAL_THERAPY), List.of("physical_medicine"),
        List.of("further_therapy_indicated", "prior_therapy_functional_improvement", "visits_within_guideline")));
    v.add(overturned("physical_medicine: 003 PT, 8 visits + flare-up since the prior course -> Overturned", "003",
        pt, e -> e.requestQuantity(8).flareUp(), List.of("physical_medicine"),
        List.of("further_therapy_indicated", "therapy_flare_up", "visits_within_guideline")));
    v.add(overturned("physical_medicine: 003 PT, 10 visits + unable to perform the home exercise program"
        + " -> Overturned", "003", pt, e -> e.requestQuantity(10).homeExerciseDifficulty(),
        List.of("physical_medicine"),
        List.of("further_therapy_indicated", "home_exercise_difficulty", "visits_within_guideline")));
    v.add(upheld("physical_medicine: 003 PT 2-3x/week for 6 weeks (12 visits) + flare-up -> Upheld (over 10 visits)",
        "003", pt, e -> e.flareUp(), List.of("physical_medicine"), List.of("visits_within_guideline"),
        List.of("further_therapy_indicated", "therapy_flare_up")));
    v.add(upheld("physical_medicine: 003 PT, 8 visits, no reason for more supervised therapy -> Upheld", "003", pt,
        e -> e.requestQuantity(8), List.of("physical_medicine"), List.of("further_therapy_indicated"),
        List.of("visits_within_guideline")));

    // ---------------------------------------------------------------- trigger_point_injection
    String tpi = "req-tpi-cervical";
    List<String> tpiMet = List.of("trigger_points_documented", "trigger_points", "twitch_response", "referred_pain",
        "symptoms_over_3_months");
    v.add(upheld("trigger_point_injection: 003 TPI as submitted -> Upheld", "003", tpi, e -> e,
        List.of("trigger_point_injection"),
        List.of("trigger_points_documented", "symptoms_over_3_months", "no_radiculopathy"), List.of()));
    List<String> tpiAll = new ArrayList<>(tpiMet);
    tpiAll.add("no_radiculopathy");
    v.add(overturned("trigger_point_injection: 003 TPI + trigger points with twitch response and referred pain"
        + " + neck symptoms for 2 years + no radiculopathy diagnosis -> Overturned", "003", tpi,
        e -> myofascialPicture(e).removeItems("dx-cervical-radiculopathy"), List.of("trigger_point_injection"),
        tpiAll));
    v.add(upheld("trigger_point_injection: 003 TPI + trigger points with twitch and referred pain + symptoms for"
        + " 2 years, radiculopathy diagnosed -> Upheld", "003", tpi, RuleFlipTest::myofascialPicture,
        List.of("trigger_point_injection"), List.of("no_radiculopathy"), tpiMet));
    v.add(upheld("trigger_point_injection: 003 TPI, no radiculopathy, trigger points without a twitch response"
        + " -> Upheld", "003", tpi,
        e -> e.triggerPoints(false, true).symptomOnset("sx-neck", 24).removeItems("dx-cervical-radiculopathy"),
        List.of("trigger_point_injection"), List.of("twitch_response"),
        List.of("trigger_points", "referred_pain", "symptoms_over_3_months", "no_radiculopathy")));
    v.add(upheld("trigger_point_injection: 003 TPI, all criteria met, 6 injections per session -> Upheld", "003",
        tpi, e -> myofascialPicture(e).removeItems("dx-cervical-radiculopathy").requestQuantity(6),
        List.of("trigger_point_injection"), List.of("injections_per_session"), tpiAll));
    return v;
  }

  static Stream<Arguments> allVariants() {
    return variants().stream().map(v -> Arguments.of(Named.of(v.name(), v)));
  }

  static Stream<Arguments> overturnedVariants() {
    return variants().stream().filter(v -> v.expected() == Outcome.OVERTURNED)
        .map(v -> Arguments.of(Named.of(v.name(), v)));
  }

  private static Determination decide(Variant v) {
    CaseFile sample = Samples.byPrefix(v.sample());
    CaseEdits edited = v.edit().apply(CaseEdits.on(sample, v.requestId()));
    return Samples.determine(edited.file(), v.requestId());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allVariants")
  void variant(Variant v) {
    Determination d = decide(v);
    String context = v.name() + "\n  unmet: " + d.unmet();
    assertThat(d.outcome()).as("outcome of %s", context).isEqualTo(v.expected());
    for (String r : v.rules()) {
      String service = r.contains("=") ? r.substring(0, r.indexOf('=')) : d.main().service().id();
      String rule = r.contains("=") ? r.substring(r.indexOf('=') + 1) : r;
      Part part = d.parts().stream().filter(p -> p.service().id().equals(service)).findFirst().orElse(null);
      assertThat(part).as("part %s of %s", service, context).isNotNull();
      assertThat(part.rule().map(x -> x.id())).as("rule of part %s of %s", service, context).contains(rule);
    }
    assertThat(d.rule().map(x -> x.id())).as("d.rule() of %s", context).contains(v.rules().get(0));
    assertThat(d.unmet()).as("unmet of %s", context).containsAll(v.unmet());
    if (!v.met().isEmpty()) {
      assertThat(d.unmet()).as("criteria the change addressed, in %s", context).doesNotContainAnyElementsOf(v.met());
    }
    if (v.expected() == Outcome.OVERTURNED) {
      assertThat(d.advice().options()).as("advice of an Overturned request, %s", context).isEmpty();
      assertThat(d.parts()).as("every part of %s", context).allMatch(p -> p.outcome() == Outcome.OVERTURNED);
    }
    if (v.extra() != null) {
      v.extra().accept(d);
    }
  }

  /** The rationale of every Overturned variant concludes that the request is medically necessary. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("overturnedVariants")
  void overturnedRationaleConcludesMedicallyNecessary(Variant v) {
    Determination d = decide(v);
    assertThat(d.outcome()).isEqualTo(Outcome.OVERTURNED);
    Rationale r = RationaleWriter.write(d);
    assertThat(r.conclusion()).as("conclusion of %s", v.name())
        .contains("is medically necessary")
        .doesNotContain("not medically necessary");
  }

  @Test
  void everyRuleHasAnOverturnedAndAnUpheldVariant() {
    List<Variant> all = variants();
    Set<String> overturned = all.stream().filter(v -> v.expected() == Outcome.OVERTURNED)
        .flatMap(v -> v.ruleIds().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> upheld = all.stream().filter(v -> v.expected() == Outcome.UPHELD)
        .flatMap(v -> v.ruleIds().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> ruleIds = new LinkedHashSet<>(Samples.RULES.ruleIds());
    assertThat(overturned).as("rules with an Overturned variant").isEqualTo(ruleIds);
    assertThat(upheld).as("rules with an Upheld variant").isEqualTo(ruleIds);
  }

  @Test
  void variantNamesAreUnique() {
    List<String> names = variants().stream().map(Variant::name).collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates();
  }
}
