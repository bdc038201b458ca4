package org.imrengine.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.imrengine.facts.FactCatalog;
import org.imrengine.facts.FactValue;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Daily MME against examples worked by hand from the factors of rules/drugs.yaml. */
final class MmeTest {
  private static final PrescriptionReader READER = PrescriptionReader.builtIn();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // 10 mg x 1 tab x 4 a day x 1 (hydrocodone)
      "Norco 10/325 mg #120, 1 tab q6h prn | 40",
      // 5 mg x 2 tabs x 6 a day (q4h, the shortest interval) x 1.5 (oxycodone)
      "Percocet 5/325, 1-2 tabs q4-6h prn #120 | 90",
      // 25 mcg/hr x 1 patch x 2.4 (fentanyl transdermal)
      "Duragesic 25 mcg/hr patch, apply 1 patch every 72 hours, #10 | 60",
      // 50 mcg/hr x 2 patches worn at once x 2.4
      "Fentanyl 50 mcg/hr patch, apply 2 patches q72h | 240",
      // 10 mg x 3 = 30 mg a day of methadone: the 21-40 mg tier, x 8
      "Methadone 10 mg tid #90 | 240",
      // 5 mg x 2 = 10 mg a day: the 1-20 mg tier, x 4
      "Methadone 5 mg bid | 40",
      // 50 mg x 2 tabs x 4 a day x 0.1 (tramadol)
      "Tramadol 50 mg 2 tabs qid | 40",
      // 30 mg x 2 a day x 1 (morphine)
      "MS Contin 30 mg 1 tab q12h #60 | 60",
      // 2 mg x 6 a day x 4 (hydromorphone)
      "Dilaudid 2 mg 1 tab q4h prn | 48",
      // 120 tablets over 30 days = 4 a day, x 10 mg x 1
      "Norco 10/325 #120, 30 day supply | 40",
      // 37.5 mg x 2 a day x 0.1 = 7.5, rounded half up to 8
      "Ultracet 37.5/325 mg 1 tab bid | 8",
      "Naproxen 550 mg 1 tab bid | 0"})
  void daily_matchesTheHandWorkedValue(String prescription, long expected) {
    Mme.Result mme = Mme.daily(READER.read(prescription).order().orElseThrow(), DrugCatalog.builtIn());

    assertThat(mme.rounded()).contains(expected);
  }

  @Test
  void daily_keepsTheExactValueBeforeRounding() {
    Mme.Result mme = Mme.daily(READER.read("Ultracet 37.5/325 mg 1 tab bid").order().orElseThrow(), DrugCatalog.builtIn());

    assertThat(mme.value().orElseThrow()).isEqualByComparingTo(new BigDecimal("7.5"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Butrans 10 mcg/hr patch #4 | the conversion tables give no MME factor for buprenorphine",
      "Methadone 30 mg tid | the conversion table gives no factor for 90 mg of methadone a day",
      "Norco #60 1 tab q6h | the strength of hydrocodone is not stated",
      "Norco 10/325 #60 | the directions do not say how many units a day (units a dose and how often, or a quantity and days supply)",
      "Fentanyl 25 mg q72h | the factor of fentanyl is per mcg/hr of a patch, and the strength is in mg"})
  void daily_thatCannotBeComputed_saysWhy(String prescription, String why) {
    Mme.Result mme = Mme.daily(READER.read(prescription).order().orElseThrow(), DrugCatalog.builtIn());

    assertThat(mme.value()).isEmpty();
    assertThat(mme.whyNot()).contains(why);
  }

  @Test
  void regimen_ofTwoOpioids_addsTheCurrentOneToTheRequest() {
    // Norco 10/325 1 tab q6h (40) requested while on OxyContin 20 mg q12h (20 x 2 x 1.5 = 60)
    CaseFile file = CaseFileReader.parse("""
        {"caseId": "mme", "asOf": "2015-03-31",
         "medications": [
           {"id": "med-oxy", "drug": "OxyContin 20 mg", "directions": "1 tab q12h", "start": "2014-01-10"},
           {"id": "med-old", "drug": "Percocet 10/325", "directions": "1 tab q6h", "start": "2013-01-10", "end": "2013-12-01"}],
         "requests": [{"id": "req-norco", "description": "Norco 10/325 #120", "region": "lumbar_spine",
           "date": "2015-03-02", "medication": {"prescription": "Norco 10/325 mg #120, 1 tab q6h prn"}}]}
        """, "mme.json");
    FactCatalog facts = RuleBase.builtIn().facts();

    FactValue regimen = valueOf(facts, file, "regimen_mme");
    FactValue request = valueOf(facts, file, "request_mme");

    assertThat(regimen).isEqualTo(new FactValue.Quantity(100, regimen.evidence()));
    assertThat(regimen.evidence()).extracting(e -> e.itemId()).containsExactly("request:req-norco", "med-oxy");
    assertThat(request).isEqualTo(new FactValue.Quantity(40, request.evidence()));
  }

  private static FactValue valueOf(FactCatalog facts, CaseFile file, String id) {
    return facts.derive(file, file.requests().get(0)).get(facts.fact(id).orElseThrow());
  }
}
