package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.imrengine.model.CaseFileException;
import org.imrengine.model.CaseFileProblem;
import org.imrengine.model.Service;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.RuleLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule directory grows the vocabulary with files under {@code rules/} only: a copy of the
 * built-in rules adds a service (a spinal cord stimulator), an observation code (a successful
 * stimulator trial), the facts that read them and a rule with its two tests after the MTUS Chronic
 * Pain Medical Treatment Guidelines (2009), pp. 101, 105-107 (guidelines.md 5: failed back surgery
 * syndrome or CRPS, psychological clearance and a successful temporary trial). A case naming the
 * new service is read and decided end to end with that directory's vocabulary, and rejected by the
 * built-in one.
 */
class VocabularyGrowthTest {

  private static final String SERVICE = """
        - id: spinal_cord_stimulator
          kind: injection
          description: An implanted spinal cord stimulator (dorsal column stimulation), after a temporary trial.
          codes: { cpt: ["63650"] }
      """;

  private static final String OBSERVATION_CODE = """
        - id: stimulator_trial_success
          written: present
          description: A temporary stimulator trial that gave the relief and function the implant is meant to give.
      """;

  private static final String FACTS = """
      facts:
        - id: stimulator_diagnosis
          kind: flag
          label: failed back surgery syndrome or complex regional pain syndrome
          items: diagnoses
          where:
            category: [post_laminectomy_syndrome, crps]
          describe: "{category|words}"
          first:
            - value: present
          otherwise: neither failed back surgery syndrome nor CRPS is diagnosed
        - id: stimulator_trial_successful
          kind: flag
          label: a successful temporary stimulator trial
          items: observations
          where:
            code: stimulator_trial_success
          describe: stimulator trial
          first:
            - match: { present: true }
              value: present
            - match: { present: false }
              value: absent
          otherwise: no temporary stimulator trial is documented
      """;

  private static final String RULE = """
      source:
        guideline: mtus_chronic_pain
        topic: Chronic Pain Medical Treatment Guidelines
      edition:
        name: MTUS Chronic Pain Medical Treatment Guidelines (2009)
        from: "2009-07-18"
        to: "2016-07-28"
      rules:
        - id: spinal_cord_stimulator
          title: Spinal cord stimulator
          appliesTo:
            service: spinal_cord_stimulator
            regions: [lumbar_spine, cervical_spine]
          citation:
            topic: Spinal cord stimulators (SCS)
            pages: "101, 105-107"
          basis: guidelines.md 5 (spinal cord stimulator, pp. 101, 105-107)
          summary: >-
            Spinal cord stimulators are recommended only for selected patients, with failed back
            surgery syndrome or complex regional pain syndrome, once a psychological evaluation has
            cleared them and a temporary trial has succeeded.
          criteria:
            all:
              - id: stimulator_indication
                text: failed back surgery syndrome or complex regional pain syndrome
                advice: document the diagnosis of failed back surgery syndrome or CRPS
                basis: guidelines.md 5
                present: stimulator_diagnosis
              - id: stimulator_psychological_clearance
                text: a psychological evaluation that clears the patient
                advice: document the psychological evaluation and its result
                basis: guidelines.md 5
                present: psychosocial_assessment
              - id: stimulator_trial
                text: a successful temporary trial
                advice: document the temporary trial and the relief it gave
                basis: guidelines.md 5
                present: stimulator_trial_successful
      """;

  /** The base case and the patch both stimulator tests start from: failed back surgery, a stimulator asked for. */
  private static final String STIMULATOR_REQUEST = """
          base: samples/cases/002_e0d4c6ef2efc9dc5.json
          request: req-lumbar-esi
          patch:
            - set: req-lumbar-esi
              fields: {description: "Spinal cord stimulator implant", service: spinal_cord_stimulator}
            - unset: req-lumbar-esi
              fields: [levels]
            - add: diagnoses
              item: {id: test-fbss, date: "2015-01-10", category: post_laminectomy_syndrome, region: lumbar_spine}
      """;

  private static final String TESTS = """
      tests:
        - name: "spinal_cord_stimulator: failed back surgery, cleared, successful trial -> Overturned"
      """ + STIMULATOR_REQUEST + """
            - add: observations
              item: {id: test-psych, date: "2015-03-02", code: psychosocial_assessment, present: true,
                     text: "psychological evaluation: cleared for a stimulator"}
            - add: observations
              item: {id: test-trial, date: "2015-04-20", code: stimulator_trial_success, present: true,
                     text: "7-day trial: 60% relief, walking 30 minutes"}
          expect:
            outcome: overturned
            parts:
              - {service: spinal_cord_stimulator, rule: spinal_cord_stimulator}
            met: [stimulator_indication, stimulator_psychological_clearance, stimulator_trial]
            facts:
              stimulator_trial_successful: present
        - name: "spinal_cord_stimulator: no temporary trial -> Upheld"
      """ + STIMULATOR_REQUEST + """
            - add: observations
              item: {id: test-psych, date: "2015-03-02", code: psychosocial_assessment, present: true}
          expect:
            outcome: upheld
            parts:
              - {service: spinal_cord_stimulator, rule: spinal_cord_stimulator}
            unmet: [stimulator_trial]
            facts:
              stimulator_trial_successful: not_documented
      """;

  @Test
  void aRuleDirectoryAddsAServiceAnObservationCodeAndARuleForThem(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("rules");
    copy(Path.of("rules"), dir);
    append(dir.resolve("vocabulary/services.yaml"), SERVICE);
    append(dir.resolve("vocabulary/observation-codes.yaml"), OBSERVATION_CODE);
    Files.writeString(dir.resolve("facts/vocab-stimulator.yaml"), FACTS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("vocab-stimulator.yaml"), RULE, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tests/vocab-stimulator.yaml"), TESTS, StandardCharsets.UTF_8);
    String index = Files.readString(dir.resolve("index.yaml"), StandardCharsets.UTF_8)
        .replace("facts:\n", "facts:\n  - facts/vocab-stimulator.yaml\n");
    Files.writeString(dir.resolve("index.yaml"), index + "  - vocab-stimulator.yaml\n", StandardCharsets.UTF_8);

    RuleBase rules = RuleBase.load(dir);

    Service stimulator = rules.vocabulary().services().get("spinal_cord_stimulator");
    assertThat(stimulator.kind()).isEqualTo(Service.Kind.INJECTION);
    assertThat(stimulator.isInvasive()).isTrue();
    assertThat(rules.rulesFor(stimulator)).extracting(r -> r.id()).containsExactly("spinal_cord_stimulator");
    assertThat(rules.vocabulary().observationCodes().find("stimulator_trial_success")).isPresent();
    assertThat(Service.of("mri")).isEqualTo(rules.vocabulary().services().get("mri"));

    List<RuleTests.Located> tests = RuleTests.read(dir.resolve("tests/vocab-stimulator.yaml"));
    assertThat(tests).hasSize(2);
    assertThat(RuleTestsTest.missingOutcomes(tests, List.of("spinal_cord_stimulator"))).isEmpty();
    for (RuleTests.Located t : tests) {
      RuleTestsTest.check(t, rules);
    }

    // The CLI reads the case with the directory's vocabulary (--rules DIR), and decides it.
    Path caseFile = tmp.resolve("stimulator-case.json");
    RuleTests.RuleTest overturned = tests.get(0).test();
    Files.writeString(caseFile, CasePatch.applyAll(CasePatch.readCase(Path.of(overturned.base())), overturned.patch(),
        "stimulator case").toString(), StandardCharsets.UTF_8);
    String[] validated = cli("validate", "--rules", dir.toString(), caseFile.toString());
    assertThat(validated[0]).isEqualTo("0");
    assertThat(validated[1]).contains(caseFile + ": ok\n").endsWith("2 of 2 inputs valid\n");
    String[] evaluated = cli("evaluate", "--rules", dir.toString(), caseFile.toString());
    assertThat(evaluated[1]).contains("Spinal cord stimulator implant").contains("Overturned");
    String[] builtIn = cli("validate", caseFile.toString());
    assertThat(builtIn[0]).isEqualTo("1");
    assertThat(builtIn[1]).contains("unknown_value $.requests[1].service: unknown value 'spinal_cord_stimulator'");

    // The built-in vocabulary has neither the service nor the code: the same case is invalid there.
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> tests.get(0).caseFile());
    assertThat(e.problems()).extracting(CaseFileProblem::path).contains("$.requests[1].service")
        .anyMatch(path -> path.startsWith("$.observations[") && path.endsWith("].code"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo(CaseFileProblem.Code.UNKNOWN_VALUE));
  }

  @Test
  void aRuleNamingAServiceTheDirectoryDoesNotHave_isALoadProblemWithFileAndPlace(@TempDir Path dir) throws IOException {
    copy(Path.of("rules"), dir);
    Files.writeString(dir.resolve("vocab-stimulator.yaml"), RULE.replace("present: stimulator_trial_successful",
        "present: psychosocial_assessment").replace("present: stimulator_diagnosis", "present: psychosocial_assessment"),
        StandardCharsets.UTF_8);
    String index = Files.readString(dir.resolve("index.yaml"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("index.yaml"), index + "  - vocab-stimulator.yaml\n", StandardCharsets.UTF_8);

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).file()).isEqualTo("vocab-stimulator.yaml");
    assertThat(e.problems().get(0).path()).isEqualTo("rules[0].appliesTo.service");
    assertThat(e.problems().get(0).message()).startsWith("unknown value 'spinal_cord_stimulator' (expected one of imaging, x_ray,");
  }

  @Test
  void aVocabularyFileTheIndexDoesNotName_isAProblem(@TempDir Path dir) throws IOException {
    copy(Path.of("rules"), dir);
    Files.writeString(dir.resolve("vocabulary/extra.yaml"), "services: []\n", StandardCharsets.UTF_8);

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e.problems()).extracting(p -> p.file() + ": " + p.message())
        .containsExactly("vocabulary/extra.yaml: not named under vocabulary in index.yaml");
  }

  /** Runs the CLI in-process: its exit code and what it printed. */
  private static String[] cli(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = new org.imrengine.cli.Cli(new java.io.PrintWriter(out), new java.io.PrintWriter(err)).run(args);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
