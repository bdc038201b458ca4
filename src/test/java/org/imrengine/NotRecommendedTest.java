package org.imrengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Test;

/** A service the guideline does not recommend at all is upheld, and the advice says why. */
final class NotRecommendedTest {

  private static final String CASE = """
      {
        "caseId": "nmes",
        "asOf": "2015-03-01",
        "injuryDate": "2014-01-10",
        "diagnoses": [ { "id": "dx", "category": "low_back_pain", "region": "lumbar_spine" } ],
        "treatments": [ { "id": "pt", "service": "physical_therapy", "region": "lumbar_spine",
                          "weeks": 8, "response": "no_improvement" } ],
        "requests": [ { "id": "r", "description": "NMES unit for the low back", "service": "nmes",
                        "region": "lumbar_spine" } ]
      }
      """;

  @Test
  void notRecommendedService_isUpheldWithANoteAndNoOptions() throws IOException {
    RuleBase rules = RuleBase.load(Path.of("src/test/resources/rules-not-recommended"));
    CaseFile file = CaseFileReader.parse(CASE, "nmes.json");
    Determination d = new Evaluator(rules).determine(file, file.requests().get(0));

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unmet()).containsExactly("nmes_not_recommended");
    assertThat(d.advice().options()).isEmpty();
    assertThat(d.advice().notes())
        .containsExactly("NMES is not recommended for chronic pain: no documentation would make it medically necessary");
  }
}
