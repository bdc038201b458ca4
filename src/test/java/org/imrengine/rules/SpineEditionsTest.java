package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.imrengine.evaluation.CasePatch;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spine rules across their edition boundaries (docs/spine.md): a request dated on the last
 * day of an edition and one dated on the first day of the next are each judged by the file of the
 * edition in force, and a request dated today by the current one; where the editions differ, so
 * does the decision.
 */
class SpineEditionsTest {
  private static final Evaluator EVALUATOR = new Evaluator(RuleBase.builtIn());

  @ParameterizedTest(name = "{1} {2} on {0}: {3}")
  @CsvSource({
      "2017-11-30, spine-lumbar-2015.json,   req-mri, spine-acoem-ch12-low-back.yaml",
      "2017-12-01, spine-lumbar-2015.json,   req-mri, spine-acoem-low-back-2016.yaml",
      "2019-08-10, spine-lumbar-2015.json,   req-mri, spine-acoem-low-back-2016.yaml",
      "2019-08-11, spine-lumbar-2015.json,   req-mri, spine-acoem-low-back-2019.yaml",
      "2021-11-22, spine-lumbar-2015.json,   req-mri, spine-acoem-low-back-2019.yaml",
      "2021-11-23, spine-lumbar-2015.json,   req-mri, spine-acoem-low-back-2020.yaml",
      "2026-12-04, spine-lumbar-2015.json,   req-mri, spine-acoem-low-back-2020.yaml",
      "2017-11-30, spine-lumbar-2015.json,   req-emg, spine-acoem-ch12-low-back.yaml",
      "2026-12-04, spine-lumbar-2015.json,   req-emg, spine-acoem-low-back-2020.yaml",
      "2017-11-30, spine-cervical-2015.json, req-edx, spine-acoem-ch8-neck.yaml",
      "2017-12-01, spine-cervical-2015.json, req-edx, spine-acoem-cervical-thoracic-2016.yaml",
      "2019-04-17, spine-cervical-2015.json, req-edx, spine-acoem-cervical-thoracic-2016.yaml",
      "2019-04-18, spine-cervical-2015.json, req-edx, spine-acoem-cervical-thoracic-2018.yaml",
      "2026-12-04, spine-cervical-2015.json, req-surgery, spine-acoem-cervical-thoracic-2018.yaml",
  })
  void boundaryDate_isJudgedByTheEditionInForce(LocalDate date, String base, String request, String file) {
    Determination d = decide(base, request, date);

    assertThat(d.decisionDate()).isEqualTo(date);
    assertThat(d.outcome()).isIn(Outcome.UPHELD, Outcome.OVERTURNED);
    assertThat(d.rule()).hasValueSatisfying(rule -> assertThat(rule.file()).isEqualTo(file));
  }

  /** Discography: conditionally considered under chapter 12 (2004), not recommended from 2017-12-01. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2017-11-30, psychosocial_assessment",
      "2017-12-01, discography_not_recommended",
  })
  void discography_acrossTheDecember2017Boundary(LocalDate date, String unmet) {
    Determination d = decide("spine-lumbar-2015.json", "req-discogram", date);

    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unmet()).contains(unmet);
  }

  /** The case with every request dated {@code date} (and the record running to it). */
  private static Determination decide(String base, String requestId, LocalDate date) {
    ObjectNode json = CasePatch.readCase(Path.of("samples", "written", base));
    json.put("asOf", date.toString());
    json.withArray("requests").forEach(r -> {
      ((ObjectNode) r).put("date", date.toString());
      ((ObjectNode) r).remove("ur");
    });
    if (requestId.equals("req-discogram")) {
      ObjectNode mri = (ObjectNode) json.withArray("requests").get(0);
      mri.put("id", "req-discogram").put("service", "discography").put("description", "Lumbar discogram");
      mri.remove("contrast");
    }
    CaseFile file = CaseFileReader.parse(json.toString(), base);
    return EVALUATOR.determine(file, file.request(requestId).orElseThrow());
  }
}
