package org.imrengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * A non-opioid medication request on each edition boundary is judged by the edition in force on
 * its date: the 2009 CPMTG to 2016-07-28, the 2016 CPMTG from 2016-07-29 to 2017-11-30, the ACOEM
 * Chronic Pain Guideline from 2017-12-01 (docs/medications-nonopioid.md).
 */
final class NonOpioidEditionBoundaryTest {

  private static final String CASE = """
      {
        "caseId": "meds2-boundaries",
        "asOf": "2017-12-31",
        "injuryDate": "2015-02-10",
        "claimant": { "age": 52 },
        "conditions": [ { "id": "cond-ulcer", "date": "2016-01-05", "kind": "peptic_ulcer", "present": true,
                          "text": "bleeding gastric ulcer in 2012" } ],
        "medications": [ { "id": "med-naproxen", "drug": "Naproxen 500 mg twice a day", "drugId": "naproxen",
                           "drugClass": "nsaid", "start": "2016-01-05" } ],
        "requests": [
          %s
        ]
      }
      """;

  private static String request(String id, String date) {
    return """
        { "id": "%s", "date": "%s", "description": "Omeprazole 20 mg #30", "service": "proton_pump_inhibitor",
          "region": "systemic", "medication": { "prescription": "Omeprazole 20 mg #30, 1 cap daily", "drug": "omeprazole",
          "form": "capsule", "quantity": { "amount": 30, "unit": "capsules" }, "daysSupply": 30 } }
        """.formatted(id, date);
  }

  @Test
  void eachBoundaryDate_isJudgedByTheEditionInForce() throws Exception {
    List<String[]> dates = List.of(
        new String[] {"r-2016-07-28", "2016-07-28", "meds-nonopioid-cpmtg-2009.yaml", "Page(s): 68-69"},
        new String[] {"r-2016-07-29", "2016-07-29", "meds-nonopioid-cpmtg-2016.yaml", "(edition of 2016-07-28)"},
        new String[] {"r-2017-11-30", "2017-11-30", "meds-nonopioid-cpmtg-2016.yaml", "(edition of 2016-07-28)"},
        new String[] {"r-2017-12-01", "2017-12-01", "meds-nonopioid-acoem.yaml", "(edition of 2017-05-15)"});
    String requests = dates.stream().map(d -> request(d[0], d[1])).collect(Collectors.joining(",\n"));
    CaseFile file = CaseFileReader.parse(CASE.formatted(requests), "boundaries.json");
    Evaluator evaluator = new Evaluator(RuleBase.builtIn());

    for (int i = 0; i < dates.size(); i++) {
      Determination d = evaluator.determine(file, file.requests().get(i));
      String[] expected = dates.get(i);
      assertThat(d.outcome()).as(expected[0]).isEqualTo(Outcome.OVERTURNED);
      assertThat(d.rule().orElseThrow().id()).as(expected[0]).isEqualTo("proton_pump_inhibitor");
      assertThat(d.rule().orElseThrow().file()).as(expected[0]).isEqualTo(expected[2]);
      assertThat(d.citation().orElseThrow().text()).as(expected[0]).endsWith(expected[3]);
    }
  }
}
