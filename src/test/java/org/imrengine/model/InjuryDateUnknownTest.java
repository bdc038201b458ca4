package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrengine.facts.Fact;
import org.imrengine.rules.RuleBase;
import org.imrengine.facts.FactValue;
import org.junit.jupiter.api.Test;

/** A record that leaves the injury date out reads, and facts that need it are not documented. */
final class InjuryDateUnknownTest {
  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Path BASELINE = Path.of("src", "test", "resources", "cases-invalid", "baseline.json");

  private static CaseFile withoutInjuryDate(String onset) throws IOException {
    String json = Files.readString(BASELINE, StandardCharsets.UTF_8)
        .replace("\"injuryDate\": \"2014-01-15\",", "")
        .replace("\"onset\": \"2014-01-20\"", onset);
    return CaseFileReader.parse(json, "no-injury-date.json");
  }

  @Test
  void symptomMonths_onsetOnlyBoundedAndNoInjuryDate_isOnlyBounded() throws IOException {
    CaseFile file = withoutInjuryDate("\"onset\": {\"after\": \"2013\"}");

    assertThat(file.injuryDate()).isEmpty();
    FactValue months = RULES.facts().derive(file, file.requests().get(0)).get(RULES.facts().fact("symptom_months").orElseThrow());

    assertThat(months).isInstanceOfSatisfying(FactValue.Between.class,
        b -> assertThat(b.why()).startsWith("dated only after 2013"));
  }

  @Test
  void symptomMonths_noOnsetAndNoInjuryDate_isNotDocumented() throws IOException {
    CaseFile file = withoutInjuryDate("\"text\": \"arm pain\"");

    FactValue months = RULES.facts().derive(file, file.requests().get(0)).get(RULES.facts().fact("symptom_months").orElseThrow());

    assertThat(months).isInstanceOfSatisfying(FactValue.NotDocumented.class,
        nd -> assertThat(nd.reason()).isEqualTo("neither a symptom onset nor the date of injury is documented"));
  }

  @Test
  void symptomMonths_exactOnsetWithoutInjuryDate_isCounted() throws IOException {
    CaseFile file = withoutInjuryDate("\"onset\": \"2014-01-20\"");

    FactValue months = RULES.facts().derive(file, file.requests().get(0)).get(RULES.facts().fact("symptom_months").orElseThrow());

    assertThat(months).isInstanceOf(FactValue.Quantity.class);
  }
}
