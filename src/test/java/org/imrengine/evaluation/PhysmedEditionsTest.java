package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The physical medicine rules on each boundary date of their editions (docs/physmed.md): the last
 * day of an edition and the first day of the next decide a request by the edition in force on
 * that day, never by the nearest one.
 */
final class PhysmedEditionsTest {
  private static final Path BASE = Path.of("samples", "written", "physmed-lumbar-2015.json");

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      req-chiro       | 2016-07-28 | chiropractic_trial      | MTUS Chronic Pain Medical Treatment Guidelines (2009)
      req-chiro       | 2016-07-29 | chiropractic_trial      | MTUS Chronic Pain Medical Treatment Guidelines (2016)
      req-chiro       | 2017-11-30 | chiropractic_trial      | MTUS Chronic Pain Medical Treatment Guidelines (2016)
      req-chiro       | 2017-12-01 | chiropractic_trial      | ACOEM Chronic Pain Guideline (2017-05-15), as adopted by the MTUS
      req-acupuncture | 2016-07-28 | acupuncture_trial       | MTUS Acupuncture Medical Treatment Guidelines (2007)
      req-acupuncture | 2017-11-30 | acupuncture_trial       | MTUS Acupuncture Medical Treatment Guidelines (2007)
      req-acupuncture | 2017-12-01 | acupuncture_trial       | MTUS Acupuncture Medical Treatment Guidelines (as amended 2017-12-01)
      """)
  void request_onABoundaryDate_isJudgedByTheEditionInForceThatDay(String request, String date, String rule,
      String edition) throws IOException {
    Determination d = Samples.EVALUATOR.determine(dated(request, date),
        dated(request, date).request(request).orElseThrow());

    assertThat(d.parts()).hasSize(1);
    assertThat(d.parts().get(0).rule()).hasValueSatisfying(r -> {
      assertThat(r.id()).isEqualTo(rule);
      assertThat(r.edition().name()).isEqualTo(edition);
    });
  }

  /** The lumbar base case with {@code request} dated {@code date} (no UR decision) and the record run to 2018. */
  private static CaseFile dated(String request, String date) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(Files.readString(BASE));
    root.put("asOf", "2018-01-31");
    root.withArray("requests").forEach(r -> {
      ((ObjectNode) r).remove("ur");
      if (r.get("id").asText().equals(request)) {
        ((ObjectNode) r).put("date", date);
      }
    });
    return CaseFileReader.parse(json.writeValueAsString(root), BASE.toString());
  }
}
