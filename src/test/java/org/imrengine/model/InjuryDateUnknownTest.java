package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrengine.facts.Fact;
import org.imrengine.facts.FactExtractor;
import org.imrengine.facts.FactValue;
import org.junit.jupiter.api.Test;

/** A record that leaves the injury date out reads, and facts that need it are not documented. */
final class InjuryDateUnknownTest {
  private static final Path BASELINE = Path.of("src", "test", "resources", "cases-invalid", "baseline.json");

  private static CaseFile withoutInjuryDate(String onset) throws IOException {
    String json = Files.readString(BASELINE, StandardCharsets.UTF_8)
        .replace("\"injuryDate\": \"2014-01-15\",", "")
        .replace("\"onset\": \"2014-01-20\"", onset);
    return CaseFileReader.parse(json, "no-injury-date.json");
  }

  @Test
  void symptomMonths_noOnsetAndNoInjuryDate_isNotDocumented() throws IOException {
    CaseFile file = withoutInjuryDate("\"onset\": {\"after\": \"2013\"}");

    assertThat(file.injuryDate()).isEmpty();
    FactValue months = FactExtractor.extract(file, file.requests().get(0)).get(Fact.SYMPTOM_MONTHS);

    assertThat(months).isInstanceOfSatisfying(FactValue.NotDocumented.class,
        nd -> assertThat(nd.reason()).isEqualTo("neither symptom onset nor date of injury is documented"));
  }

  @Test
  void symptomMonths_exactOnsetWithoutInjuryDate_isCounted() throws IOException {
    CaseFile file = withoutInjuryDate("\"onset\": \"2014-01-20\"");

    FactValue months = FactExtractor.extract(file, file.requests().get(0)).get(Fact.SYMPTOM_MONTHS);

    assertThat(months).isInstanceOf(FactValue.Quantity.class);
  }
}
