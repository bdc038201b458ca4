package org.imrengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.letters.Letter;
import org.imrengine.letters.LetterDecision;
import org.imrengine.rules.Citation;
import org.imrengine.rules.Guideline;
import org.imrengine.rules.PageRange;
import org.junit.jupiter.api.Test;

final class LetterComparisonTest {
  private static final Citation ACOEM = new Citation(Guideline.of("mtus_acoem"), Optional.of("8"),
      "Neck and Upper Back Complaints", List.of(PageRange.of(177, 179)));

  private static LetterDecision decision(String service, Outcome outcome) {
    return new LetterDecision(service, outcome, "", "Decision based on " + ACOEM.text(), List.of(ACOEM),
        "rationale", 1);
  }

  @Test
  void compare_serviceDiffersInCaseAndSpacing_matchesTheRequest() {
    Determination xray = ReportFixtures.sample("004", "req-xray-cervical");
    Letter letter = new Letter(List.of(decision("x-ray of the  cervical spine\n(5 views)", xray.outcome())), "");

    List<LetterComparison.Row> rows = LetterComparison.compare("004.txt", letter, List.of(xray));

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.agrees()).isTrue();
      assertThat(row.determination()).contains(xray);
    });
  }

  @Test
  void compare_unmatchedDecisionAndRequest_twoDisagreeingRows() {
    Determination xray = ReportFixtures.sample("004", "req-xray-cervical");
    Letter letter = new Letter(List.of(decision("Bone scan of the cervical spine", Outcome.UPHELD)), "");

    List<LetterComparison.Row> rows = LetterComparison.compare("004.txt", letter, List.of(xray));

    assertThat(rows).extracting(LetterComparison.Row::item)
        .containsExactly("Bone scan of the cervical spine", xray.description());
    assertThat(rows).noneMatch(LetterComparison.Row::agrees);
    assertThat(LetterComparison.table(rows))
        .contains("Bone scan of the cervical spine")
        .contains("no request")
        .contains("no decision")
        .endsWith("\n0 of 2 disputed items agree\n");
  }

  @Test
  void table_disagreeingRow_showsOutcomesRuleAndPages() {
    Determination xray = ReportFixtures.sample("004", "req-xray-cervical");
    Outcome other = xray.outcome() == Outcome.UPHELD ? Outcome.OVERTURNED : Outcome.UPHELD;
    Letter letter = new Letter(List.of(decision(xray.description(), other)), "");

    String table = LetterComparison.table(LetterComparison.compare("004.txt", letter, List.of(xray)));

    List<String> lines = List.of(table.split("\n"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("LETTER  ").contains("RESULT").endsWith("LETTER PAGES");
    assertThat(lines.get(1)).startsWith("004.txt  ").contains(xray.description())
        .contains(other.label()).contains("DISAGREE")
        .contains(xray.rule().orElseThrow().id()).endsWith("177-179");
    assertThat(lines.get(2)).isEqualTo("0 of 1 disputed items agree");
  }
}
