package org.imrengine.medication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Test;

final class DrugFormularyTest {
  private static final DrugFormulary FORMULARY = RuleBase.builtIn().formulary();
  private static final PrescriptionReader READER = PrescriptionReader.builtIn();

  @Test
  void appliesByTheDateDispensed_fromTheFirstOf2018() {
    assertThat(FORMULARY.appliesOn(LocalDate.parse("2017-12-31"))).isFalse();
    assertThat(FORMULARY.appliesOn(LocalDate.parse("2018-01-01"))).isTrue();
    assertThat(FORMULARY.transitionUntil()).isEqualTo(LocalDate.parse("2018-04-01"));
  }

  @Test
  void theDrugListVersion_isTheLatestInEffectOnTheDate() {
    assertThat(FORMULARY.versionOn(LocalDate.parse("2017-12-31"))).isEmpty();
    assertThat(FORMULARY.versionOn(LocalDate.parse("2018-09-30")).orElseThrow().id()).isEqualTo("initial");
    assertThat(FORMULARY.versionOn(LocalDate.parse("2018-10-01")).orElseThrow().id()).isEqualTo("v3");
    assertThat(FORMULARY.versionOn(LocalDate.parse("2026-12-04")).orElseThrow().id()).isEqualTo("v6");
  }

  @Test
  void theFillWindows_countDaysFromTheInjuryOrTheSurgery() {
    DrugFormulary.Fill special = FORMULARY.fill("special_fill").orElseThrow();
    DrugFormulary.Fill periop = FORMULARY.fill("perioperative_fill").orElseThrow();
    LocalDate injury = LocalDate.parse("2019-05-01");
    LocalDate surgery = LocalDate.parse("2019-08-10");

    assertThat(special.contains(injury, injury)).isFalse();               // the injury day is day 0
    assertThat(special.contains(injury, injury.plusDays(1))).isTrue();    // the day after is day 1
    assertThat(special.contains(injury, injury.plusDays(7))).isTrue();
    assertThat(special.contains(injury, injury.plusDays(8))).isFalse();
    assertThat(periop.contains(surgery, surgery.minusDays(4))).isTrue();
    assertThat(periop.contains(surgery, surgery.plusDays(4))).isTrue();
    assertThat(periop.contains(surgery, surgery.minusDays(5))).isFalse();
    assertThat(periop.contains(surgery, surgery.plusDays(5))).isFalse();
  }

  @Test
  void aCompound_needsProspectiveReview_otherDrugsNeedTheDrugListWhichIsNotEncoded() {
    LocalDate dispensed = LocalDate.parse("2019-03-01");

    assertThat(FORMULARY.needsProspectiveReview(
        READER.read("Flurbiprofen 20%/Lidocaine 5% cream 180 gm").order().orElseThrow(), dispensed)).contains(true);
    assertThat(FORMULARY.needsProspectiveReview(READER.read("Norco 10/325 #60").order().orElseThrow(), dispensed)).isEmpty();
    assertThat(FORMULARY.needsProspectiveReview(
        READER.read("Flurbiprofen 20%/Lidocaine 5% cream 180 gm").order().orElseThrow(), LocalDate.parse("2017-06-01"))).isEmpty();
    assertThat(FORMULARY.statusOf("hydrocodone_acetaminophen")).isEmpty();
  }

  @Test
  void aBadFormularyFile_isReportedAtEachPlace() throws Exception {
    List<String> problems = new ArrayList<>();
    DrugFormulary.compile(new YAMLMapper().readTree("""
        formulary: {name: x, from: "2018-13-01", dateRule: date_prescribed}
        versions: [{id: v1, from: "2018-01-01"}]
        fills: [{id: special_fill, windowDays: {from: 7, to: 1, of: injury}}]
        colour: blue
        """), (path, message) -> problems.add(path + ": " + message));

    assertThat(problems).contains("formulary.from: expected a date yyyy-MM-dd",
        "formulary.dateRule: expected date_dispensed (the formulary applies by the date a drug is dispensed)",
        "versions[0]: a version has an id and a source",
        "fills[0].windowDays: expected {from: DAY, to: DAY, of: injury or surgery}, to not before from");
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("colour: unknown key"));
  }
}
