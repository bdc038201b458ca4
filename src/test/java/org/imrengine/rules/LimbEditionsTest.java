package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editions of the limb rules (docs/limbs.md): a request on each side of every boundary date
 * is judged by the edition in force that day, cited as that edition is (pages for the 2004
 * chapters, the guideline's edition date for the current ACOEM guidelines), and a request dated
 * today is decided.
 */
final class LimbEditionsTest {
  private static final Evaluator ENGINE = new Evaluator(RuleBase.builtIn());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WRITTEN = Path.of("samples", "written");

  @ParameterizedTest(name = "{1} {2} -> {3}")
  @CsvSource({
      "limbs-knee-2015.json,     req-knee-mri,     2017-11-30, ACOEM Practice Guidelines 2nd edition (2004), 341-343",
      "limbs-knee-2015.json,     req-knee-mri,     2017-12-01, ACOEM Knee Disorders guideline (2015-10-28), 2015-10-28",
      "limbs-knee-2015.json,     req-knee-mri,     2020-09-20, ACOEM Knee Disorders guideline (2015-10-28), 2015-10-28",
      "limbs-knee-2015.json,     req-knee-mri,     2020-09-21, ACOEM Knee Disorders guideline (2019-12-03), 2019-12-03",
      "limbs-shoulder-2015.json, req-shoulder-mri, 2017-11-30, ACOEM Practice Guidelines 2nd edition (2004), 207-209",
      "limbs-shoulder-2015.json, req-shoulder-mri, 2017-12-01, ACOEM Shoulder Disorders guideline (2016-08-01), 2016-08-01",
      "limbs-shoulder-2015.json, req-shoulder-mri, 2023-08-09, ACOEM Shoulder Disorders guideline (2016-08-01), 2016-08-01",
      "limbs-shoulder-2015.json, req-shoulder-mri, 2023-08-10, ACOEM Shoulder Disorders guideline as adopted by the MTUS update effective 2023-08-10, 2023-08-10",
      "limbs-hand-2015.json,     req-ctr,          2017-11-30, ACOEM Practice Guidelines 2nd edition (2004), 268-272",
      "limbs-hand-2015.json,     req-ctr,          2017-12-01, 'ACOEM Hand, Wrist, and Forearm Disorders guideline (2016-06-30)', 2016-06-30",
      "limbs-hand-2015.json,     req-ctr,          2019-04-17, 'ACOEM Hand, Wrist, and Forearm Disorders guideline (2016-06-30)', 2016-06-30",
      "limbs-hand-2015.json,     req-ctr,          2019-04-18, 'ACOEM Hand, Wrist, and Forearm Disorders guideline (2019-01-07)', 2019-01-07",
      "limbs-elbow-2021.json,    req-cubital,      2019-04-18, ACOEM Elbow Disorders guideline (2018-08-23), 2018-08-23",
  })
  void determine_onEachBoundaryDate_usesTheEditionInForce(String file, String request, LocalDate date,
      String edition, String cited) throws IOException {
    Determination d = decide(file, request, date);

    assertThat(d.decisionDate()).isEqualTo(date);
    assertThat(d.outcome()).isIn(Outcome.UPHELD, Outcome.OVERTURNED);
    assertThat(d.rule()).hasValueSatisfying(rule -> {
      assertThat(rule.edition().name()).startsWith(edition);
      if (cited.length() == 10) {
        assertThat(rule.citation().editionDate()).contains(LocalDate.parse(cited));
        assertThat(rule.citation().pages()).isEmpty();
      } else {
        assertThat(rule.citation().pages()).extracting(Object::toString).containsExactly(cited);
      }
    });
  }

  @Test
  void determine_cubitalTunnelReleaseBeforeTheElbowGuidelineOf2018_noEditionInForce() throws IOException {
    Determination d = decide("limbs-elbow-2021.json", "req-cubital", LocalDate.of(2019, 4, 17));

    assertThat(d.outcome()).isEqualTo(Outcome.NO_EDITION_IN_FORCE);
    assertThat(d.rule()).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "limbs-knee-2015.json,     req-knee-mri",
      "limbs-knee-2015.json,     req-knee-x-ray",
      "limbs-shoulder-2015.json, req-shoulder-mri",
      "limbs-shoulder-2015.json, req-shoulder-mra",
      "limbs-shoulder-2015.json, req-shoulder-x-ray",
      "limbs-hand-2015.json,     req-ctr",
      "limbs-elbow-2021.json,    req-cubital",
      "limbs-knee-oa-2015.json,  req-visco",
  })
  void determine_requestDatedToday_isDecided(String file, String request) throws IOException {
    Determination d = decide(file, request, LocalDate.of(2026, 12, 4));

    assertThat(d.outcome()).isIn(Outcome.UPHELD, Outcome.OVERTURNED);
  }

  /** The written case's request, dated {@code date} (the record running to then as well). */
  private static Determination decide(String file, String requestId, LocalDate date) throws IOException {
    ObjectNode c = (ObjectNode) JSON.readTree(Files.readString(WRITTEN.resolve(file), StandardCharsets.UTF_8));
    if (LocalDate.parse(c.get("asOf").asText()).isBefore(date)) {
      c.put("asOf", date.toString());
    }
    if (LocalDate.parse(c.get("injuryDate").asText()).isAfter(date)) {
      c.remove("injuryDate");
    }
    c.get("requests").forEach(r -> ((ObjectNode) r).put("date", date.toString()));
    CaseFile caseFile = CaseFileReader.parse(JSON.writeValueAsString(c), file);
    Request request = caseFile.requests().stream().filter(r -> r.id().equals(requestId)).findFirst().orElseThrow();
    return ENGINE.determine(caseFile, request);
  }
}
