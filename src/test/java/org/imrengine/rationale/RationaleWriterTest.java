package org.imrengine.rationale;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Finding;
import org.imrengine.model.FindingResult;
import org.imrengine.model.FindingType;
import org.imrengine.model.Provenance;
import org.imrengine.model.Region;
import org.imrengine.model.Request;
import org.imrengine.model.Service;
import org.imrengine.model.Side;
import org.imrengine.model.Symptom;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rationale of each sample decision against a reviewed golden file, plus an overturned request
 * and requests no rule decides, built by editing a sample case.
 *
 * <p>On a mismatch the actual text is written to {@code target/golden-actual/rationale/}: review it,
 * and copy it over the golden file only if it reads as it should. Nothing is accepted
 * automatically.
 */
final class RationaleWriterTest {
  private static final Path CASES = Path.of("samples", "cases");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "rationale");
  private static final Path ACTUAL = Path.of("target", "golden-actual", "rationale");
  private static final ImrEngine ENGINE = ImrEngine.builtIn();
  private static final String CASE_003 = "003_04f9b0e14f6627f2";
  private static final String TPI = "req-tpi-cervical";

  // ---- the sample decisions -----------------------------------------------------------------

  static List<Determination> samples() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CASES)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Determination> out = new ArrayList<>();
    for (Path file : files) {
      out.addAll(ENGINE.determine(CaseFileReader.read(file)));
    }
    return out;
  }

  static Stream<Named<Determination>> sampleDecisions() throws IOException {
    return samples().stream().map(d -> Named.of(name(d), d));
  }

  @Test
  void samples_fiveCasesWithEightRequests() throws IOException {
    assertThat(samples()).extracting(RationaleWriterTest::name).containsExactly(
        "000_b6190b16e26c6c86__req-discogram-ct-cervical",
        "001_ab5ab072779df70a__req-ct-cervical",
        "002_e0d4c6ef2efc9dc5__req-mri-cervical",
        "002_e0d4c6ef2efc9dc5__req-lumbar-esi",
        "003_04f9b0e14f6627f2__req-pt-cervical",
        "003_04f9b0e14f6627f2__req-mri-cervical",
        "003_04f9b0e14f6627f2__req-tpi-cervical",
        "004_f851e982964eb853__req-xray-cervical");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleDecisions")
  void write_sampleDecision_matchesGolden(Determination d) throws IOException {
    assertMatchesGolden(name(d), RationaleWriter.write(d).textWithAdvice());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleDecisions")
  void write_upheldSample_citesGuidelineConcludesAndAdvises(Determination d) {
    Rationale r = RationaleWriter.write(d);

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(r.requires()).startsWith("The decision is based on the MTUS ")
        .contains(d.rule().orElseThrow().summary());
    assertThat(r.findings()).isNotBlank();
    assertThat(r.conclusion()).startsWith("Therefore, the request for ")
        .endsWith(" is not medically necessary.");
    assertThat(r.advice()).get().asString().containsIgnoringCase("the request would ")
        .doesNotContain("medically necessary");
    assertThat(r.textWithAdvice()).isEqualTo(r.text() + "\n\n" + r.advice().get());
  }

  @Test
  void write_triggerPointsNotDocumented_namesWhatIsMissingAndWhatContradicts() throws IOException {
    Rationale r = RationaleWriter.write(determine(sample(CASE_003), TPI));

    assertThat(r.findings())
        .contains("there is no documentation of trigger points with a twitch response and referred pain")
        .contains("they show 1 month of symptoms, counted from the date of injury (10/28/2014)")
        .contains("The records document cervical radiculopathy, whereas the guideline calls for no radiculopathy.");
    assertThat(r.advice()).get().asString()
        .startsWith("The request would be supported with documentation of ")
        .contains("Even then, an exclusion stands in the way: the record documents radiculopathy");
  }

  @Test
  void write_visitsAboveLimit_statesRequestedAndAllowed() throws IOException {
    Rationale r = RationaleWriter.write(determine(sample(CASE_003), "req-pt-cervical"));

    assertThat(r.findings()).contains("The request is for 12 visits; the guideline allows 10 visits for"
        + " myalgia and myositis, unspecified (ICD-9 729.1), over 8 weeks, and a request above the"
        + " guideline limit is not medically necessary as a whole.");
    assertThat(r.advice()).get().asString()
        .contains("provided it asked for no more than 10 visits, the most the guideline allows for myalgia");
  }

  @Test
  void write_addOnWithItsOwnRule_citesAndJudgesIt() throws IOException {
    Determination d = determine(sample(CASE_003), "req-mri-cervical");
    Rationale r = RationaleWriter.write(d);

    assertThat(d.parts()).hasSize(2);
    assertThat(r.requires()).contains("For the IV sedation requested with it, the decision is based on"
        + " the Official Disability Guidelines, Neck and Upper Back (Acute & Chronic), MRIs, as the MTUS"
        + " does not address it.");
    assertThat(r.findings()).contains("As for the IV sedation, there is no documentation of"
        + " claustrophobia, anxiety or inability to lie still that prevents a standard study.");
  }

  // ---- an overturned request ----------------------------------------------------------------

  @Test
  void write_overturnedTriggerPointInjection_saysMedicallyNecessaryAndCitesEvidence() throws IOException {
    Determination d = determine(withTriggerPoints(sample(CASE_003)), TPI);
    Rationale r = RationaleWriter.write(d);

    assertThat(d.outcome()).isEqualTo(Outcome.OVERTURNED);
    assertThat(r.conclusion()).isEqualTo(
        "Therefore, the request for trigger point injection to the cervical spine is medically necessary.");
    assertThat(r.findings())
        .contains("The records document trigger points with a twitch response and referred pain"
            + " (trigger points in the left upper trapezius with a twitch response and referred pain to"
            + " the shoulder, 11/20/2014).")
        .contains("symptoms that have persisted for more than three months (6 months of symptoms;"
            + " neck and upper trapezius pain since June 2014, 11/20/2014)")
        .contains("There is no record of radiculopathy")
        .doesNotContain("no documentation", "do not support", "However");
    assertThat(r.advice()).isEmpty();
    assertThat(r.textWithAdvice()).isEqualTo(r.text());
    assertMatchesGolden(CASE_003 + "__" + TPI + "__overturned", r.textWithAdvice());
  }

  // ---- requests no rule decides -------------------------------------------------------------

  @Test
  void write_noApplicableRule_saysPlainlyThatNothingIsDetermined() throws IOException {
    CaseFile file = sample(CASE_003).toBuilder().request(activityModification()).build();
    Determination d = determine(file, "req-activity");
    Rationale r = RationaleWriter.write(d);

    assertThat(d.outcome()).isEqualTo(Outcome.NO_APPLICABLE_RULE);
    assertThat(r.requires()).isEqualTo("No rule of the rule base addresses activity modification for this request,"
        + " so the engine makes no determination of medical necessity.");
    assertThat(r.conclusion()).isEqualTo(
        "No determination of medical necessity is made for activity modification for the cervical spine.");
    assertThat(r.text()).doesNotContain("is medically necessary", "is not medically necessary");
    assertThat(r.advice()).isEmpty();
  }

  @Test
  void write_drugRequest_keepsTheBrandNameCapitalised() throws IOException {
    Request norco = new Request("req-norco", "Norco 10/325 mg #60", Service.of("opioid"), Region.CERVICAL_SPINE,
        Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of(60), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    CaseFile file = sample(CASE_003).toBuilder().request(norco).build();

    Rationale r = RationaleWriter.write(determine(file, "req-norco"));

    // Whatever rule (if any) decides it, the conclusion names the drug as the request writes it.
    assertThat(r.conclusion()).contains(" Norco 10/325 mg #60").doesNotContain("norco");
  }

  @Test
  void write_noEditionInForce_namesTheDecisionDate() throws IOException {
    // The same case, decided in 2008: before the Chronic Pain Medical Treatment Guidelines (2009).
    CaseFile file = sample(CASE_003).toBuilder()
        .editRequests(RationaleWriterTest::withoutUrDecision)
        .asOf(LocalDate.of(2008, 6, 30)).injuryDate(LocalDate.of(2008, 1, 2)).build();
    Determination d = determine(file, TPI);
    Rationale r = RationaleWriter.write(d);

    assertThat(d.outcome()).isEqualTo(Outcome.NO_EDITION_IN_FORCE);
    assertThat(r.requires()).isEqualTo("The rule base holds no guideline edition for trigger point"
        + " injection that was in force on the decision date, 06/30/2008, so the engine makes no"
        + " determination of medical necessity.");
    assertThat(r.findings()).contains("MTUS Chronic Pain Medical Treatment Guidelines (2009)")
        .contains("MTUS Chronic Pain Medical Treatment Guidelines (2016)")
        .endsWith("none of which was in force on the decision date.");
    assertThat(r.conclusion()).startsWith("No determination of medical necessity is made for ");
    assertThat(r.advice()).isEmpty();
  }

  // ---- determinism --------------------------------------------------------------------------

  @Test
  void write_samplesSequentialAndParallel_sameText() throws IOException {
    List<Determination> all = samples();
    List<String> sequential = all.stream().map(d -> RationaleWriter.write(d).textWithAdvice()).toList();
    List<String> parallel = all.parallelStream().map(d -> RationaleWriter.write(d).textWithAdvice()).toList();

    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential).allSatisfy(t -> assertThat(t)
        .doesNotContain("\r")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
        .doesNotContain("  ", " .", " ,", "..", "Optional"));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static String name(Determination d) {
    return d.caseId() + "__" + d.requestId();
  }

  private static CaseFile sample(String caseId) throws IOException {
    return CaseFileReader.read(CASES.resolve(caseId + ".json"));
  }

  private static Determination determine(CaseFile file, String requestId) {
    return ENGINE.determine(file).stream().filter(d -> d.requestId().equals(requestId)).findFirst()
        .orElseThrow(() -> new AssertionError("no determination for " + requestId));
  }

  // Sample 003 as it would read with documented trigger points, symptoms since June 2014 and no
  // radiculopathy diagnosis: every criterion of the trigger point rule is then met.
  private static CaseFile withTriggerPoints(CaseFile file) {
    return file.toBuilder()
        .removeItem("dx-cervical-radiculopathy")
        .finding(new Finding("exam-2014-11-20-trigger-points", Optional.of(LocalDate.of(2014, 11, 20)),
            Optional.of("trigger points in the left upper trapezius with a twitch response and referred"
                + " pain to the shoulder"),
            Provenance.SUMMARY, FindingType.of("trigger_point"), Region.CERVICAL_SPINE, Optional.of(Side.LEFT),
            FindingResult.ABNORMAL, Optional.empty(), Optional.of(true), Optional.of(true)))
        .symptom(new Symptom("sx-neck-since-june", Optional.of(LocalDate.of(2014, 11, 20)),
            Optional.of("neck and upper trapezius pain since June 2014"), Provenance.SUMMARY,
            Region.CERVICAL_SPINE, Optional.empty(), Optional.of(LocalDate.of(2014, 6, 1)), Optional.empty()))
        .build();
  }

  private static Request withoutUrDecision(Request r) {
    return new Request(r.id(), r.description(), r.service(), r.region(), r.date(), r.side(), r.levels(),
        r.approach(), r.quantity(), r.frequency(), r.contrast(), r.addOns(), r.injectate(), Optional.empty());
  }

  // a service no rule addresses (acupuncture, the earlier example, now has rules)
  private static Request activityModification() {
    return new Request("req-activity", "Activity modification for the cervical spine", Service.of("activity_modification"),
        Region.CERVICAL_SPINE, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  private static void assertMatchesGolden(String name, String text) throws IOException {
    Path golden = GOLDEN.resolve(name + ".txt");
    Path actual = ACTUAL.resolve(name + ".txt");
    String expected = Files.exists(golden) ? Files.readString(golden, UTF_8) : "";
    String written = text + "\n";
    if (!written.equals(expected)) {
      Files.createDirectories(ACTUAL);
      Files.writeString(actual, written, UTF_8);
    }
    assertThat(written).as("rationale %s; the actual text is in %s", golden, actual).isEqualTo(expected);
  }
}
