package org.imrengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.imrengine.evaluation.Determination;
import org.imrengine.rationale.Rationale;
import org.junit.jupiter.api.Test;

final class TextReportTest {
  private static final Rationale RATIONALE = ReportFixtures.rationale(Optional.empty());

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  @Test
  void write_sample_opensLikeALetterDecisionSection() {
    Determination d = ReportFixtures.sample("004", "req-xray-cervical");

    List<String> lines = lines(TextReport.write(d, RATIONALE));

    assertThat(lines.get(0)).isEqualTo("X-ray of the cervical spine (5 views): " + d.outcome().label());
    assertThat(lines.get(1)).isEqualTo("Guideline: Decision based on "
        + d.citation().orElseThrow().text());
    assertThat(lines.get(2)).isEqualTo("Decision rationale: The guideline requires X.");
    assertThat(lines.get(3)).isEmpty();
    assertThat(lines.get(4)).isEqualTo("The record shows Y.");
  }

  @Test
  void write_nonMtusCitation_eachCitationDecisionBasedOn() {
    Determination ct = ReportFixtures.sample("001", "req-ct-cervical");

    String text = TextReport.write(ct, RATIONALE);

    assertThat(ct.rule().orElseThrow().nonMtus()).hasSize(1);
    assertThat(lines(text).get(1)).isEqualTo("Guideline: Decision based on "
        + ct.citation().orElseThrow().text() + ". Decision based on "
        + ct.rule().orElseThrow().nonMtus().get(0).text());
  }

  @Test
  void write_addOnRule_itsCitationFollowsTheMainOne() {
    Determination mri = ReportFixtures.sample("003", "req-mri-cervical");

    String text = TextReport.write(mri, RATIONALE);

    assertThat(lines(text).get(1)).isEqualTo("Guideline: Decision based on "
        + mri.citation().orElseThrow().text() + ". Decision based on "
        + mri.parts().get(1).rule().orElseThrow().citation().text());
  }

  @Test
  void write_physicalTherapy_criteriaTraceLimitsAndOptions() {
    Determination pt = ReportFixtures.sample("003", "req-pt-cervical");

    String text = TextReport.write(pt, RATIONALE);

    assertThat(text).contains("\nRule: " + pt.rule().orElseThrow().id() + " (")
        .contains("\nSelection: " + pt.rule().orElseThrow().id() + " [chosen]")
        .contains("\nCriteria:\n  [")
        .contains("\n    [met] diagnosis_for_therapy: ")
        .contains("\n    [not documented] any of further_therapy_indicated: ")
        .contains("\n      [not met] no_prior_therapy: ")
        .contains("; evidence tx-physical-therapy")
        .contains("\nLimits:\n  [not met] visits_within_guideline: ")
        .contains("\nWhat would change the outcome:\n  1. ")
        .contains("\n     and ")
        .contains("[visits_within_guideline]");
    assertThat(text).doesNotContain("\r").doesNotContain(" \n").endsWith("\n");
  }

  @Test
  void write_mriWithSedation_addOnTracedUnderItsOwnHeading() {
    Determination mri = ReportFixtures.sample("003", "req-mri-cervical");

    String text = TextReport.write(mri, RATIONALE);

    assertThat(text).contains("\nAdd-on iv_sedation: " + mri.parts().get(1).outcome().label()
        + "\nRule: " + mri.parts().get(1).rule().orElseThrow().id());
    assertThat(text).contains("[iv_sedation/sedation_indication]");
  }

  @Test
  void write_sample_endsWithStamp() {
    Determination d = ReportFixtures.sample("000", "req-discogram-ct-cervical");

    List<String> lines = lines(TextReport.write(d, RATIONALE));

    assertThat(lines.get(lines.size() - 1)).isEmpty();
    assertThat(lines.get(lines.size() - 2)).isEqualTo("Stamp: case " + d.caseId() + ", request "
        + d.requestId() + ", rule base " + d.ruleBase().version() + " ("
        + d.ruleBase().contentHash().substring(0, 12) + "), decision date " + d.decisionDate()
        + ", edition " + d.rule().orElseThrow().edition().name());
  }

  @Test
  void write_noApplicableRule_saysSoWithoutCitation() {
    String text = TextReport.write(ReportFixtures.noApplicableRule(), RATIONALE);

    assertThat(text).startsWith("Office visit: No applicable rule\n"
        + "Guideline: none (no applicable rule)\n");
    assertThat(text).contains("\nRule: none (No applicable rule)\nSelection: no rule for this service\n")
        .doesNotContain("Criteria:")
        .doesNotContain("What would change the outcome")
        .endsWith("Stamp: case case-x, request req-x, rule base test (0123456789ab), "
            + "decision date 2015-03-02, edition none\n");
  }

  @Test
  void write_overturned_noAdviceSection() {
    Determination d = ReportFixtures.overturned(ReportFixtures.sample("004", "req-xray-cervical"));

    String text = TextReport.write(d, RATIONALE);

    assertThat(text).startsWith("X-ray of the cervical spine (5 views): Overturned\n")
        .doesNotContain("What would change the outcome");
  }

  @Test
  void write_sameInput_sameText() {
    Determination d = ReportFixtures.sample("003", "req-tpi-cervical");

    assertThat(TextReport.write(d, RATIONALE)).isEqualTo(TextReport.write(d, RATIONALE));
  }
}
