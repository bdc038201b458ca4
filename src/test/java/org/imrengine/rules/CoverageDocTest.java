package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrengine.report.CoverageReport;
import org.junit.jupiter.api.Test;

/** {@code docs/coverage.md} is the coverage listing of the repository's rules, generated, never stale. */
final class CoverageDocTest {
  private static final Path DOC = Path.of("docs/coverage.md");

  @Test
  void coverageDoc_isCurrentWithTheRules() throws IOException {
    String expected = CoverageReport.markdown(Coverage.of(RuleBase.load(Path.of("rules"))));

    assertThat(Files.exists(DOC)).as("%s is missing; generate it with: %s", DOC, CoverageReport.REGENERATE).isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("%s is out of date with rules/; regenerate it with: ./mvnw -q -B -ntp package -DskipTests && %s",
            DOC, CoverageReport.REGENERATE)
        .isEqualTo(expected);
  }
}
