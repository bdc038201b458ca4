package org.imrengine;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Request;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * What the guideline does not recommend at all is upheld with no advice options and the note that
 * no documentation would change it: carisoprodol, and a topical compound with an ingredient the
 * guideline does not support (docs/medications-nonopioid.md). A muscle relaxant that is only
 * undocumented keeps its advice.
 */
final class NonOpioidNotRecommendedTest {

  private static final String CASE = """
      {
        "caseId": "meds2-not-recommended",
        "asOf": "2015-06-30",
        "injuryDate": "2014-02-10",
        "diagnoses": [ { "id": "dx", "category": "radiculopathy", "region": "lumbar_spine" } ],
        "findings": [ { "id": "spasm", "date": "2015-06-01", "type": "muscle_spasm", "region": "lumbar_spine",
                        "result": "abnormal" } ],
        "medications": [ { "id": "med-ibuprofen", "drug": "Ibuprofen 800 mg", "drugId": "ibuprofen",
                           "drugClass": "nsaid", "start": "2015-03-01" } ],
        "requests": [
          { "id": "soma", "date": "2015-06-15", "description": "Soma 350 mg #30", "service": "muscle_relaxant",
            "region": "lumbar_spine", "medication": { "prescription": "Soma 350 mg #30, 1 tab tid",
            "daysSupply": 10 } },
          { "id": "compound", "date": "2015-06-15", "description": "Ketoprofen 10%/Cyclobenzaprine 2% cream 120 g",
            "service": "topical_analgesic", "region": "lumbar_spine",
            "medication": { "prescription": "Ketoprofen 10%/Cyclobenzaprine 2% cream 120 g, apply tid" } },
          { "id": "flexeril", "date": "2015-06-15", "description": "Cyclobenzaprine 10 mg #90",
            "service": "muscle_relaxant", "region": "lumbar_spine",
            "medication": { "prescription": "Cyclobenzaprine 10 mg #90, 1 tab tid", "daysSupply": 30 } }
        ]
      }
      """;

  private static Determination decide(String requestId) throws Exception {
    CaseFile file = CaseFileReader.parse(CASE, "not-recommended.json");
    Request request = file.requests().stream().filter(r -> r.id().equals(requestId)).findFirst().orElseThrow();
    return new Evaluator(RuleBase.builtIn()).determine(file, request);
  }

  @Test
  void carisoprodol_isUpheldWithNoOptionsAndTheNote() throws Exception {
    Determination d = decide("soma");

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unmet()).contains("not_carisoprodol", "carisoprodol_not_recommended");
    assertThat(d.advice().options()).isEmpty();
    assertThat(d.advice().notes()).containsExactly("the use of carisoprodol (Soma), which the guideline does not"
        + " recommend: no documentation would make it medically necessary");
  }

  @Test
  void compoundWithAnUnsupportedIngredient_isUpheldWithNoOptionsAndTheNote() throws Exception {
    Determination d = decide("compound");

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unmet()).contains("topical_ingredients_recommended", "compound_not_recommended");
    assertThat(d.advice().options()).isEmpty();
    assertThat(d.advice().notes()).containsExactly("the use of a topical product containing an ingredient the"
        + " guideline does not recommend: no documentation would make it medically necessary");
  }

  @Test
  void aMonthOfCyclobenzaprine_isUpheldAndTheAdviceNamesTheSupply() throws Exception {
    Determination d = decide("flexeril");

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unmet()).contains("relaxant_supply_3_weeks");
    assertThat(d.advice().notes()).isEmpty();
    assertThat(d.advice().options()).isNotEmpty().allSatisfy(o -> assertThat(o.steps())
        .anySatisfy(s -> assertThat(s.text()).contains("at most a 21-day supply")));
  }
}
