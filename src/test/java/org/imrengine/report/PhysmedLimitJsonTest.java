package org.imrengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrengine.evaluation.Determination;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.junit.jupiter.api.Test;

/** A limit on a total in the JSON and the rationale: what was given, the maximum in all, what is left. */
final class PhysmedLimitJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path BASE = Path.of("samples", "written", "physmed-lumbar-2015.json");

  @Test
  void massage_fourVisitsGiven_sixMoreRequested_givesGivenTotalAndWhatIsLeft() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(BASE));
    root.withArray("treatments").addObject().put("id", "test-massage").put("date", "2015-05-15")
        .put("text", "4 visits of massage").put("service", "massage").put("region", "lumbar_spine").put("visits", 4);
    CaseFile file = CaseFileReader.parse(MAPPER.writeValueAsString(root), BASE.toString());
    Determination d = ReportFixtures.ENGINE.determine(file).stream()
        .filter(x -> x.requestId().equals("req-massage")).findFirst().orElseThrow();

    JsonNode limit = MAPPER.readTree(DeterminationJson.write(List.of(d), ReportFixtures.ENGINE::rationale))
        .get("determinations").get(0).get("limits").get(0);
    assertThat(limit.get("id").asText()).isEqualTo("massage_visits");
    assertThat(limit.get("requested").asLong()).isEqualTo(6);
    assertThat(limit.get("given").asLong()).isEqualTo(4);
    assertThat(limit.get("total").asLong()).isEqualTo(6);
    assertThat(limit.get("allowed").asLong()).isEqualTo(2);
    assertThat(limit.get("givenFact").asText()).isEqualTo("visits_given_in_region");
    assertThat(limit.get("status").asText()).isEqualTo("not_met");
    assertThat(ReportFixtures.ENGINE.rationale(d).text())
        .contains("the guideline allows 6 visits in all, of which 4 visits have been given, leaving 2 visits");
    assertThat(d.advice().options()).flatExtracting(o -> o.steps()).extracting(s -> s.text())
        .contains("a request for at most 2 visits would be within the guideline");
  }
}
