package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Selection;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileException;
import org.imrengine.model.CaseFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which date of a request an edition is judged on. The test rule base under
 * {@code src/test/resources/rules-judged-on/} holds {@code therapy_visits} in three editions: by
 * request date (2016-07-29 to 2017-11-30, at most 10 visits), by date of service (2017-12-01 to
 * 2017-12-31, at most 20, unconfirmed) and by date dispensed (from 2018-01-01, at most 30); and
 * {@code spine_injection} with a cervical edition and two low back editions.
 */
final class JudgedOnTest {
  private static final Path RULES = Path.of("src", "test", "resources", "rules-judged-on");

  @Test
  void load_readsWhichDateEachEditionIsJudgedOn() throws IOException {
    RuleBase rules = RuleBase.load(RULES);

    assertThat(rules.rules()).extracting(r -> r.edition().name() + ": " + r.edition().judgedOn())
        .containsExactly("By request date: REQUEST_DATE", "By date of service: SERVICE_DATE",
            "By date dispensed: DISPENSED_DATE", "Neck: SERVICE_DATE", "LowBack2017: SERVICE_DATE",
            "LowBack2019: SERVICE_DATE");
  }

  /** 15 visits: above the request-date edition's 10, within the others' 20 and 30. */
  @ParameterizedTest(name = "request {0}, service {1}, dispensed {2} -> {3}")
  @CsvSource(nullValues = "-", value = {
      // the request date decides the first edition; without a date of service, the service-date edition falls back to it
      "2017-11-30, -,          -,          By request date,    UPHELD",
      "2017-12-01, -,          -,          By date of service, OVERTURNED",
      // requested before the boundary, rendered after it: the later edition governs
      "2017-11-20, 2017-12-05, -,          By date of service, OVERTURNED",
      "2017-11-20, 2017-11-28, -,          By request date,    UPHELD",
      // the date-dispensed edition falls back to the date of service
      "2017-12-20, 2018-01-03, -,          By date dispensed,  OVERTURNED",
      "2018-02-01, -,          2018-02-03, By date dispensed,  OVERTURNED",
      // rendered after the service-date edition, dispensed before the dispensed-date edition: a gap
      "2017-12-15, 2018-01-02, 2017-12-20, -,                  NO_EDITION_IN_FORCE",
      // before the first edition
      "2016-07-28, -,          -,          -,                  NO_EDITION_IN_FORCE",
  })
  void determine_eachEditionOnItsOwnDate(LocalDate request, LocalDate service, LocalDate dispensed,
      String edition, Outcome outcome) throws IOException {
    Determination d = decide(request, service, dispensed, 15);

    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.decisionDate()).isEqualTo(request);
    assertThat(d.rule().map(r -> r.edition().name()).orElse(null)).isEqualTo(edition);
  }

  @Test
  void determine_twoEditionsInForce_theLaterGoverns_andEachCandidateKeepsItsDate() throws IOException {
    Determination d = decide(LocalDate.of(2017, 11, 20), LocalDate.of(2017, 12, 5), null, 15);

    assertThat(d.main().selection().candidates())
        .extracting(Selection.Candidate::edition, Selection.Candidate::verdict, Selection.Candidate::date)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("By request date", Selection.Verdict.LATER_EDITION, LocalDate.of(2017, 11, 20)),
            org.assertj.core.api.Assertions.tuple("By date of service", Selection.Verdict.CHOSEN, LocalDate.of(2017, 12, 5)),
            org.assertj.core.api.Assertions.tuple("By date dispensed", Selection.Verdict.NOT_IN_FORCE, LocalDate.of(2017, 12, 5)));
  }

  @Test
  void textReport_editionChosenByTheDateOfService_saysSoInTheStamp() throws IOException {
    ImrEngine engine = ImrEngine.of(RuleBase.load(RULES));
    CaseFile file = therapyCase(LocalDate.of(2017, 11, 20), LocalDate.of(2017, 12, 5), null, 15);
    Determination d = engine.determine(file).get(0);

    assertThat(org.imrengine.report.TextReport.write(d, engine.rationale(d)))
        .contains("decision date 2017-11-20, edition By date of service, judged on its date of service 2017-12-05\n");
    CaseFile plain = therapyCase(LocalDate.of(2017, 11, 20), null, null, 15);
    Determination p = engine.determine(plain).get(0);
    assertThat(org.imrengine.report.TextReport.write(p, engine.rationale(p)))
        .contains("decision date 2017-11-20, edition By request date\n");
  }

  @Test
  void determine_inAGap_neverTakesTheNearestEdition() throws IOException {
    Determination d = decide(LocalDate.of(2017, 12, 15), LocalDate.of(2018, 1, 2), LocalDate.of(2017, 12, 20), 15);

    assertThat(d.outcome()).isEqualTo(Outcome.NO_EDITION_IN_FORCE);
    assertThat(d.main().selection().candidates()).extracting(Selection.Candidate::verdict)
        .containsOnly(Selection.Verdict.NOT_IN_FORCE);
    assertThat(d.unconfirmedThresholds()).isEmpty();
  }

  @Test
  void rationale_inAGap_namesTheDatesTheEditionsJudgedOn() throws IOException {
    ImrEngine engine = ImrEngine.of(RuleBase.load(RULES));
    CaseFile file = therapyCase(LocalDate.of(2017, 12, 15), LocalDate.of(2018, 1, 2), LocalDate.of(2017, 12, 20), 15);
    Determination d = engine.determine(file).get(0);

    assertThat(engine.rationale(d).requires()).isEqualTo("The rule base holds no guideline edition for"
        + " physical therapy that was in force on the dates its editions judge the request on"
        + " (12/15/2017, 12/20/2017 and 01/02/2018), so the engine makes no determination of medical necessity.");
  }

  @Test
  void judgingEditionsOn_overridesEveryDateOfTheRequest() throws IOException {
    CaseFile file = therapyCase(LocalDate.of(2017, 11, 20), LocalDate.of(2017, 11, 21), null, 15);
    Evaluator evaluator = new Evaluator(RuleBase.load(RULES));

    Determination before = evaluator.determine(file, file.requests().get(0));
    Determination after = evaluator.judgingEditionsOn(LocalDate.of(2018, 3, 1)).determine(file, file.requests().get(0));

    assertThat(before.rule().orElseThrow().edition().name()).isEqualTo("By request date");
    assertThat(after.rule().orElseThrow().edition().name()).isEqualTo("By date dispensed");
    assertThat(after.decisionDate()).isEqualTo(before.decisionDate());
    assertThat(after.main().selection().candidates()).extracting(Selection.Candidate::date)
        .containsOnly(LocalDate.of(2018, 3, 1));
  }

  @Test
  void unconfirmedThresholds_overturnedOnAnUnconfirmedLimit_listedInJsonAndRationale() throws IOException {
    ImrEngine engine = ImrEngine.of(RuleBase.load(RULES));
    CaseFile file = therapyCase(LocalDate.of(2017, 12, 10), null, null, 15);
    Determination d = engine.determine(file).get(0);

    assertThat(d.outcome()).isEqualTo(Outcome.OVERTURNED);
    assertThat(d.unconfirmedThresholds()).containsExactly("visits_20");
    assertThat(engine.rationale(d).findings()).endsWith("This determination relies in part on a"
        + " criterion not confirmed against the guideline text: no more than 20 visits.");
    assertThat(org.imrengine.report.DeterminationJson.write(java.util.List.of(d), engine::rationale))
        .contains("\"unconfirmedThresholds\": [\n        \"visits_20\"\n      ]");
  }

  @Test
  void unconfirmedThresholds_upheldOnAnUnconfirmedLimit_listed() throws IOException {
    Determination d = decide(LocalDate.of(2017, 12, 10), null, null, 25);

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unmet()).containsExactly("visits_20");
    assertThat(d.unconfirmedThresholds()).containsExactly("visits_20");
  }

  @Test
  void unconfirmedThresholds_confirmedCriteriaOnly_empty() throws IOException {
    ImrEngine engine = ImrEngine.of(RuleBase.load(RULES));
    CaseFile file = therapyCase(LocalDate.of(2017, 11, 10), null, null, 15);
    Determination d = engine.determine(file).get(0);

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unconfirmedThresholds()).isEmpty();
    assertThat(engine.rationale(d).findings()).doesNotContain("not confirmed");
  }

  @Test
  void load_editionsForDifferentRegions_checkedApart() throws IOException {
    RuleBase rules = RuleBase.load(RULES);

    assertThat(rules.rules()).filteredOn(r -> r.id().equals("spine_injection"))
        .extracting(r -> r.edition().describe()).containsExactly(
            "Neck (in force from 2017-12-01 onwards)",
            "LowBack2017 (in force from 2017-12-01 to 2019-08-10)",
            "LowBack2019 (in force from 2019-08-11 onwards)");
  }

  @Test
  void load_editionsSharingARegion_overlap_reported(@TempDir Path dir) throws IOException {
    copy(dir);
    Path neck = dir.resolve("neck-2017.yaml");
    Files.writeString(neck, Files.readString(neck, StandardCharsets.UTF_8)
        .replace("regions: [cervical_spine]", "regions: [cervical_spine, lumbar_spine]"), StandardCharsets.UTF_8);

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p.path()).isEqualTo("rules[id=spine_injection]"));
    assertThat(e.problems()).extracting(Problem::file).containsExactly("low-back-2017.yaml", "low-back-2019.yaml");
    assertThat(e).hasMessageContaining("overlaps edition 'Neck'");
  }

  @Test
  void load_unknownJudgedOn_reported(@TempDir Path dir) throws IOException {
    copy(dir);
    Path file = dir.resolve("by-service.yaml");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
        .replace("judgedOn: service_date", "judgedOn: decision_date"), StandardCharsets.UTF_8);

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e).isNotNull().hasMessageContaining("by-service.yaml")
        .hasMessageContaining("edition.judgedOn")
        .hasMessageContaining("expected one of request_date, service_date, dispensed_date");
  }

  @Test
  void read_serviceDateBeforeTheInjury_isAProblem_butAfterAsOfIsNot() {
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> therapyCase(LocalDate.of(2017, 12, 1), LocalDate.of(2015, 1, 1), null, 15));
    assertThat(e).isNotNull().hasMessageContaining("$.requests[0].serviceDate")
        .hasMessageContaining("before the injury date");

    CaseFile scheduled = therapyCase(LocalDate.of(2017, 12, 1), LocalDate.of(2018, 6, 1), null, 15);
    assertThat(scheduled.requests().get(0).serviceDate()).contains(LocalDate.of(2018, 6, 1));
  }

  private static Determination decide(LocalDate request, LocalDate service, LocalDate dispensed,
      int visits) throws IOException {
    CaseFile file = therapyCase(request, service, dispensed, visits);
    return new Evaluator(RuleBase.load(RULES)).determine(file, file.requests().get(0));
  }

  /** A case with one therapy request, its record running to the request date. */
  private static CaseFile therapyCase(LocalDate request, LocalDate service, LocalDate dispensed, int visits) {
    StringBuilder dates = new StringBuilder();
    if (service != null) {
      dates.append(", \"serviceDate\": \"").append(service).append('"');
    }
    if (dispensed != null) {
      dates.append(", \"dispensedDate\": \"").append(dispensed).append('"');
    }
    return CaseFileReader.parse("""
        {
          "caseId": "judged-on",
          "asOf": "%1$s",
          "injuryDate": "2016-01-15",
          "requests": [{
            "id": "req-pt",
            "description": "Physical therapy for the cervical spine",
            "service": "physical_therapy",
            "region": "cervical_spine",
            "date": "%1$s",
            "quantity": %2$d%3$s
          }]
        }
        """.formatted(request, visits, dates), "judged-on.json");
  }

  private static void copy(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(RULES)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }
}
