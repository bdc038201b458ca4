package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.imrengine.model.CaseFileProblem.Code;
import org.junit.jupiter.api.Test;

/** The case reader on a request's {@code medication}: parts read from the prescription, parts by hand, refusals. */
final class MedicationRequestReaderTest {

  private static String caseWith(String medication, String service) {
    return "{\"caseId\": \"meds\", \"asOf\": \"2015-03-31\", \"injuryDate\": \"2013-06-10\","
        + " \"diagnoses\": [{\"id\": \"dx-1\", \"category\": \"low_back_pain\", \"region\": \"lumbar_spine\"}],"
        + " \"requests\": [{\"id\": \"req-1\", \"description\": \"the drug requested\", \"region\": \"lumbar_spine\","
        + " \"date\": \"2015-03-02\"" + (service == null ? "" : ", \"service\": \"" + service + "\"")
        + ", \"medication\": " + medication + "}]}";
  }

  private static Request read(String medication) {
    return CaseFileReader.parse(caseWith(medication, null), "meds.json").requests().get(0);
  }

  private static List<CaseFileProblem> problems(String medication, String service) {
    return CaseFileReader.validate(caseWith(medication, service));
  }

  @Test
  void prescription_fillsThePartsAndTheServiceComesFromTheDrug() {
    Request r = read("{\"prescription\": \"Norco 10/325 mg #60, 1 tab q6h prn\"}");
    MedicationOrder m = r.medication().orElseThrow();

    assertThat(r.service()).isEqualTo(Service.of("opioid"));
    assertThat(m.drug()).contains("hydrocodone_acetaminophen");
    assertThat(m.ingredients()).containsExactly(
        new Ingredient("hydrocodone", Optional.of(new Strength(new BigDecimal("10"), StrengthUnit.MG))),
        new Ingredient("acetaminophen", Optional.of(new Strength(new BigDecimal("325"), StrengthUnit.MG))));
    assertThat(m.quantity()).contains(new Amount(60, Unit.TABLETS));
    assertThat(m.directions().orElseThrow().maxUnitsPerDay().orElseThrow()).isEqualByComparingTo("4");
    assertThat(m.route()).contains(Route.ORAL);
  }

  @Test
  void aCompoundCream_isATopicalAnalgesic() {
    Request r = read("{\"prescription\": \"Flurbiprofen 20%/Lidocaine 5% cream 180 gm\"}");

    assertThat(r.service()).isEqualTo(Service.of("topical_analgesic"));
    assertThat(r.medication().orElseThrow().isCompound()).isTrue();
    assertThat(r.medication().orElseThrow().drugIds()).containsExactly("flurbiprofen", "lidocaine");
  }

  @Test
  void aPartGivenByHand_winsOverTheString() {
    Request r = read("{\"prescription\": \"Norco 10/325 mg #60, 1 tab q6h prn\", \"quantity\": {\"amount\": 90, \"unit\": \"tablets\"},"
        + " \"directions\": {\"unitsPerDose\": 1, \"timesPerDay\": 3}}");
    MedicationOrder m = r.medication().orElseThrow();

    assertThat(m.quantity()).contains(new Amount(90, Unit.TABLETS));
    assertThat(m.directions().orElseThrow().timesPerDay()).contains(DoseRange.of(3));
    assertThat(m.ingredients()).hasSize(2).allSatisfy(i -> assertThat(i.strength()).isPresent());
  }

  @Test
  void everyPartByHand_leavesTheStringAsWritten() {
    Request r = read("{\"prescription\": \"Norco ten #sixty as per pain clinic\", \"drug\": \"hydrocodone_acetaminophen\","
        + " \"ingredients\": [{\"drug\": \"hydrocodone\", \"strength\": {\"amount\": 10, \"unit\": \"mg\"}},"
        + " {\"drug\": \"acetaminophen\", \"strength\": {\"amount\": 325, \"unit\": \"mg\"}}],"
        + " \"directions\": {\"unitsPerDose\": 1, \"everyHours\": {\"min\": 4, \"max\": 6}, \"asNeeded\": true},"
        + " \"quantity\": {\"amount\": 60, \"unit\": \"tablets\"}}");

    assertThat(r.service()).isEqualTo(Service.of("opioid"));
    assertThat(r.medication().orElseThrow().prescription()).contains("Norco ten #sixty as per pain clinic");
    assertThat(r.medication().orElseThrow().directions().orElseThrow().maxTimesPerDay().orElseThrow())
        .isEqualByComparingTo("6");
  }

  @Test
  void aDrugIdByHand_withoutAString_isEnough() {
    Request r = read("{\"drug\": \"cyclobenzaprine\", \"form\": \"tablet\"}");

    assertThat(r.service()).isEqualTo(Service.of("muscle_relaxant"));
    assertThat(r.medication().orElseThrow().route()).contains(Route.ORAL);
  }

  @Test
  void anUnknownDrug_isRejectedNamingTheField() {
    assertThat(problems("{\"drug\": \"xyzzy\"}", "opioid")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.UNKNOWN_VALUE);
      assertThat(p.path()).isEqualTo("$.requests[0].medication.drug");
      assertThat(p.message()).startsWith("unknown drug 'xyzzy' (not in the drug vocabulary");
    });
    assertThat(problems("{\"ingredients\": [{\"drug\": \"lidocaine\"}, {\"drug\": \"unobtainium\"}]}", null))
        .extracting(CaseFileProblem::path).containsExactly("$.requests[0].medication.ingredients[1].drug");
  }

  @Test
  void anUnreadablePrescription_isRejectedSayingWhere() {
    List<CaseFileProblem> problems = problems("{\"prescription\": \"Xyzzy 10 mg #30\"}", "opioid");

    assertThat(problems).extracting(CaseFileProblem::code).containsOnly(Code.BAD_VALUE);
    assertThat(problems).extracting(CaseFileProblem::path).containsOnly("$.requests[0].medication.prescription");
    assertThat(problems).extracting(CaseFileProblem::message).contains(
        "the prescription names no drug of the vocabulary",
        "could not read characters 1-5 of the prescription (a drug outside the vocabulary, or a part the reader"
            + " does not know: write it as a field of medication, or leave it out)");
  }

  @Test
  void anImpossibleDose_isRejected() {
    assertThat(problems("{\"prescription\": \"Percocet 10/325 25 tabs q6h\"}", null)).extracting(CaseFileProblem::message)
        .contains("the prescription directions: at most 20 units a dose is possible, was 25");
    assertThat(problems("{\"drug\": \"lidocaine\", \"ingredients\": [{\"drug\": \"lidocaine\", \"strength\": {\"amount\": 500, \"unit\": \"percent\"}}]}", null))
        .extracting(CaseFileProblem::code).containsExactly(Code.BAD_VALUE);
    assertThat(problems("{\"drug\": \"tramadol\", \"directions\": {\"timesPerDay\": 48}}", null))
        .extracting(CaseFileProblem::message).containsExactly("at most 24 doses a day is possible, was 48");
  }

  @Test
  void twoDrugsInOneRequest_areRejectedAsTwoRequests() {
    assertThat(problems("{\"prescription\": \"Norco 10/325 #60 and Soma 350 mg #90\"}", null))
        .extracting(CaseFileProblem::message).anySatisfy(m -> assertThat(m)
            .startsWith("the prescription names 2 drugs: a request naming several drugs is several requests"));
  }

  @Test
  void aServiceThatIsNotTheDrugsClass_isInconsistent() {
    assertThat(problems("{\"prescription\": \"Voltaren Gel 1% 100 gm, apply to affected area qid\"}", "nsaid"))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo(Code.INCONSISTENT);
          assertThat(p.path()).isEqualTo("$.requests[0].service");
          assertThat(p.message()).contains("'topical_analgesic'");
        });
    assertThat(problems("{\"prescription\": \"Voltaren Gel 1% 100 gm, apply to affected area qid\"}", "topical_analgesic"))
        .isEmpty();
  }

  @Test
  void aRequestWithoutServiceOrMedication_stillNeedsAService() {
    String json = "{\"caseId\": \"meds\", \"asOf\": \"2015-03-31\", \"requests\": [{\"id\": \"req-1\","
        + " \"description\": \"x\", \"region\": \"lumbar_spine\"}]}";

    assertThat(CaseFileReader.validate(json)).extracting(CaseFileProblem::path).containsExactly("$.requests[0].service");
  }

  @Test
  void everyProblemOfTheFile_isReportedTogetherWithTheFileName() {
    String json = "{\"caseId\": \"meds\", \"asOf\": \"2015-03-31\","
        + " \"medications\": [{\"id\": \"med-1\", \"drug\": \"Percocet\", \"drugId\": \"percocett\"}],"
        + " \"requests\": [{\"id\": \"req-1\", \"description\": \"x\", \"region\": \"lumbar_spine\","
        + " \"medication\": {\"prescription\": \"Xyzzy #30\"}},"
        + " {\"id\": \"req-2\", \"description\": \"y\", \"service\": \"mri\", \"region\": \"knee\", \"contrast\": \"purple\"}]}";

    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseFileReader.parse(json, "bad-meds.json"));

    assertThat(e.getMessage().split("\n")).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("bad-meds.json: $."));
    assertThat(e.problems()).extracting(CaseFileProblem::path).containsExactly("$.medications[0].drugId",
        "$.requests[0].medication.prescription", "$.requests[0].medication.prescription", "$.requests[1].contrast");
  }

  @Test
  void aMedicationOfTheHistory_isClassedFromItsDrugAsWritten() {
    CaseFile file = CaseFileReader.parse("{\"caseId\": \"h\", \"asOf\": \"2015-03-31\", \"medications\": ["
        + "{\"id\": \"m1\", \"drug\": \"Norco 10/325\", \"directions\": \"1 tab q6h prn\", \"aberrantBehavior\": false,"
        + " \"adverseEffects\": \"tolerable\", \"weeks\": 40, \"functionalChange\": \"walks 30 minutes, up from 10\"},"
        + "{\"id\": \"m2\", \"drug\": \"a cream from the pharmacy\"}],"
        + " \"requests\": [{\"id\": \"r\", \"description\": \"x\", \"service\": \"mri\", \"region\": \"knee\"}]}", "h.json");
    Medication norco = file.medications().get(0);
    Medication unknown = file.medications().get(1);

    assertThat(norco.drugId()).contains("hydrocodone_acetaminophen");
    assertThat(norco.drugClass()).contains(Service.of("opioid"));
    assertThat(norco.ingredients()).extracting(Ingredient::drug).containsExactly("hydrocodone", "acetaminophen");
    assertThat(norco.schedule().orElseThrow().everyHours()).contains(DoseRange.of(6));
    assertThat(norco.aberrantBehavior()).contains(false);
    assertThat(norco.adverseEffects()).contains(AdverseEffects.TOLERABLE);
    assertThat(unknown.drugId()).isEmpty();
    assertThat(unknown.drugClass()).isEmpty();
  }
}
