package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * {@link EditionImpact} over the test rule base {@code src/test/resources/rules-judged-on/}: a
 * therapy rule allowing 10 visits to 2017-11-30 (judged on the request date) and 20 from
 * 2017-12-01 (judged on the date of service).
 */
final class EditionImpactTest {
  private static final Path RULES = Path.of("src", "test", "resources", "rules-judged-on");

  @Test
  void compare_acrossTheBoundary_listsWhatTheNewEditionChanges() throws IOException {
    RuleBase rules = RuleBase.load(RULES);
    List<CaseFile> cases = List.of(therapy("fifteen", 15), therapy("eight", 8), therapy("twenty-five", 25));

    EditionImpact.Report report = EditionImpact.compare(rules, cases, LocalDate.of(2017, 11, 30),
        LocalDate.of(2017, 12, 1));

    assertThat(report.comparison().determinations()).isEqualTo(3);
    assertThat(report.comparison().outcomeChanges()).isEqualTo(1);
    assertThat(report.comparison().changes()).extracting(c -> c.before().caseId() + ": " + c.differences())
        .containsExactly(
            "fifteen: [outcome Upheld -> Overturned, rule therapy_visits [By request date] -> therapy_visits [By date of service], no longer unmet: visits_10]",
            "eight: [rule therapy_visits [By request date] -> therapy_visits [By date of service]]",
            "twenty-five: [rule therapy_visits [By request date] -> therapy_visits [By date of service], newly unmet: visits_20, no longer unmet: visits_10]");
    // The facts are those of the request's own date: only the edition moved.
    RuleImpact.Change fifteen = report.comparison().changes().get(0);
    assertThat(fifteen.before().decisionDate()).isEqualTo(fifteen.after().decisionDate())
        .isEqualTo(LocalDate.of(2017, 6, 1));
  }

  @Test
  void compare_bothDaysInOneEdition_nothingChanges() throws IOException {
    EditionImpact.Report report = EditionImpact.compare(RuleBase.load(RULES), List.of(therapy("x", 15)),
        LocalDate.of(2017, 1, 1), LocalDate.of(2017, 11, 30));

    assertThat(report.comparison().changes()).isEmpty();
  }

  private static CaseFile therapy(String id, int visits) {
    return CaseFileReader.parse("""
        {"caseId": "%s", "asOf": "2017-06-01", "injuryDate": "2016-01-15",
         "requests": [{"id": "req-pt", "description": "Physical therapy", "service": "physical_therapy",
           "region": "cervical_spine", "date": "2017-06-01", "quantity": %d}]}
        """.formatted(id, visits), id + ".json");
  }
}
