package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Selection;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Editions of one rule: a request is decided by the edition in force on its date. The test rule
 * base under {@code src/test/resources/rules-editions/} holds one rule, {@code therapy_visits}, in
 * edition A (2009-07-18 to 2016-07-27, at most 10 visits) and edition B (from 2016-07-28, at most
 * 20 visits).
 */
final class EditionTest {
  private static final Path EDITIONS = Path.of("src", "test", "resources", "rules-editions");

  @Test
  void load_twoEditionsOfOneRule() throws IOException {
    RuleBase rules = RuleBase.load(EDITIONS);

    assertThat(rules.ruleIds()).containsExactly("therapy_visits");
    assertThat(rules.rules()).extracting(r -> r.edition().describe()).containsExactly(
        "Edition A (in force from 2009-07-18 to 2016-07-27)",
        "Edition B (in force from 2016-07-28 onwards)");
  }

  /** 15 visits: more than edition A allows (10), within what edition B allows (20). */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2009-07-18, Edition A, UPHELD,     visits_within_edition_a",
      "2012-05-01, Edition A, UPHELD,     visits_within_edition_a",
      "2016-07-27, Edition A, UPHELD,     visits_within_edition_a",
      "2016-07-28, Edition B, OVERTURNED, visits_within_edition_b",
      "2021-03-15, Edition B, OVERTURNED, visits_within_edition_b",
  })
  void determine_requestDate_choosesTheEditionInForce(LocalDate date, String edition,
      Outcome outcome, String criterion) throws IOException {
    Determination d = decide(date, 15);

    assertThat(d.decisionDate()).isEqualTo(date);
    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.rule()).hasValueSatisfying(rule -> {
      assertThat(rule.id()).isEqualTo("therapy_visits");
      assertThat(rule.edition().name()).isEqualTo(edition);
    });
    assertThat(d.main().criteria()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(criterion));
    String other = edition.equals("Edition A") ? "Edition B" : "Edition A";
    assertThat(d.main().selection().candidates())
        .extracting(Selection.Candidate::edition, Selection.Candidate::verdict)
        .containsExactlyInAnyOrder(tuple(edition, Selection.Verdict.CHOSEN),
            tuple(other, Selection.Verdict.NOT_IN_FORCE));
  }

  @Test
  void determine_atTheThresholdOfEditionA_isOverturned() throws IOException {
    Determination d = decide(LocalDate.of(2012, 5, 1), 10);

    assertThat(d.outcome()).isEqualTo(Outcome.OVERTURNED);
  }

  @Test
  void determine_beforeTheFirstEdition_noEditionInForce() throws IOException {
    Determination d = decide(LocalDate.of(2009, 7, 17), 15);

    assertThat(d.outcome()).isEqualTo(Outcome.NO_EDITION_IN_FORCE);
    assertThat(d.rule()).isEmpty();
    assertThat(d.main().selection().candidates()).extracting(Selection.Candidate::verdict)
        .containsExactly(Selection.Verdict.NOT_IN_FORCE, Selection.Verdict.NOT_IN_FORCE);
  }

  @Test
  void load_overlappingEditions_failsNamingBothFiles(@TempDir Path dir) throws IOException {
    copyWithEditionBFrom(dir, "2016-07-01");

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("edition-b.yaml");
      assertThat(p.path()).isEqualTo("rules[id=therapy_visits]");
    });
    assertThat(e).hasMessageContaining("edition-b.yaml").hasMessageContaining("edition-a.yaml")
        .hasMessageContaining("edition 'Edition B' overlaps edition 'Edition A'");
  }

  @Test
  void load_gapBetweenEditions_failsNamingTheGap(@TempDir Path dir) throws IOException {
    copyWithEditionBFrom(dir, "2016-09-01");

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.file()).isEqualTo("edition-b.yaml"));
    assertThat(e).hasMessageContaining("gap in the editions")
        .hasMessageContaining("from 2016-07-28 to 2016-08-31")
        .hasMessageContaining("edition-a.yaml");
  }

  @Test
  void load_editionStartingTheDayAfter_hasNoGap(@TempDir Path dir) throws IOException {
    copyWithEditionBFrom(dir, "2016-07-28");

    assertThat(RuleBase.load(dir).rules()).hasSize(2);
  }

  /** A case with one physical therapy request of {@code visits} visits dated {@code date}. */
  /** Decides a therapy request of {@code visits} dated {@code date} under the two-edition rules. */
  private static Determination decide(LocalDate date, int visits) throws IOException {
    CaseFile caseFile = therapyRequest(date, visits);
    return new Evaluator(RuleBase.load(EDITIONS)).determine(caseFile, caseFile.requests().get(0));
  }

  private static CaseFile therapyRequest(LocalDate date, int visits) {
    return CaseFileReader.parse("""
        {
          "caseId": "editions",
          "asOf": "%1$s",
          "injuryDate": "2008-01-15",
          "requests": [{
            "id": "req-pt",
            "description": "Physical therapy for the cervical spine",
            "service": "physical_therapy",
            "region": "cervical_spine",
            "date": "%1$s",
            "quantity": %2$d
          }]
        }
        """.formatted(date, visits), "editions.json");
  }

  private static void copyWithEditionBFrom(Path dir, String from) throws IOException {
    try (Stream<Path> files = Files.list(EDITIONS)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path b = dir.resolve("edition-b.yaml");
    String text = Files.readString(b, StandardCharsets.UTF_8);
    assertThat(text).contains("from: \"2016-07-28\"");
    Files.writeString(b, text.replace("from: \"2016-07-28\"", "from: \"" + from + "\""),
        StandardCharsets.UTF_8);
  }
}
