package org.imrengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrengine.model.CaseFileReader;
import org.imrengine.report.CoverageReport;
import org.imrengine.rules.Coverage;
import org.imrengine.rules.Rule;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.RuleLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate} and {@code coverage} commands, run in-process. */
final class ValidateCoverageCliTest {
  private static final Path CASES = Path.of("samples/cases");
  private static final Path RULES = Path.of("rules");

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void validate_sampleCasesAndRules_allOkExitZero() {
    Run run = run("validate", "--rules", RULES.toString(), CASES.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("rules: ok (rule base " + RuleBase.builtIn().identity().version() + ", ")
        .contains("samples/cases/000_b6190b16e26c6c86.json: ok\n")
        .endsWith("6 of 6 inputs valid\n");
  }

  @Test
  void validate_caseWithThreeProblems_listsEveryOneWithCodeAndPath(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("bad.json");
    String sample = Files.readString(CASES.resolve("000_b6190b16e26c6c86.json"), StandardCharsets.UTF_8);
    Files.writeString(bad, sample.replaceFirst("\"caseId\"", "\"caseIdentifier\"")
        .replaceFirst("\"asOf\": \"[^\"]*\"", "\"asOf\": \"2014-13-45\""), StandardCharsets.UTF_8);
    int expected = CaseFileReader.validate(bad).size();
    assertThat(expected).as("the edit makes several problems").isGreaterThanOrEqualTo(3);

    Run run = run("validate", CASES.resolve("001_ab5ab072779df70a.json").toString(), bad.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(bad + ": " + expected + " problems\n")
        .contains("  unknown_field $.caseIdentifier: ")
        .contains("  missing_field $.caseId: ")
        .contains("  bad_date $.asOf: ")
        .endsWith("1 of 2 inputs valid\n");
  }

  @Test
  void validate_invalidRuleDirectory_listsEveryProblemWithFileAndLine(@TempDir Path tmp) throws IOException {
    Path dir = Path.of("src/test/resources/rules-invalid/duplicate-rule-id");
    List<String> expected;
    try {
      RuleBase.load(dir);
      throw new AssertionError("expected the fixture to be invalid");
    } catch (RuleLoadException e) {
      expected = e.problems().stream().map(Object::toString).toList();
    }

    Run run = run("validate", "--rules", dir.toString(), "--rules", RULES.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith(dir + ": " + expected.size() + " problem")
        .contains("rules: ok").endsWith("1 of 2 inputs valid\n");
    for (String problem : expected) {
      assertThat(run.out()).contains("\n  " + problem + "\n");
    }
  }

  @Test
  void validate_missingFileAndDirectory_namedAsProblems() {
    Run run = run("validate", "--rules", "no-such-rules", "no-such-case.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("no-such-rules: 1 problem\n  no-such-rules: no such directory\n"
        + "no-such-case.json: 1 problem\n  no-such-case.json: no such file or directory\n"
        + "0 of 2 inputs valid\n");
  }

  @Test
  void coverage_text_everyRuleEditionWithCitationAndDates() {
    RuleBase rules = RuleBase.builtIn();

    Run run = run("coverage");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Coverage of rule base " + rules.identity().version() + ": "
        + rules.rules().size() + " rule editions\n");
    for (Rule rule : rules.rules()) {
      assertThat(run.out()).containsPattern("(?m)^" + rule.appliesTo().service().id() + ".* "
          + rule.id() + " +" + rule.edition().from() + " to ");
      assertThat(run.out()).contains(rule.citation().text());
    }
    assertThat(run.out()).contains("Services without a rule (no applicable rule): ");
  }

  @Test
  void coverage_markdownOfAnotherRuleDirectory_isThatDirectorysListing() throws IOException {
    Path dir = Path.of("src/test/resources/rules-editions");
    Run run = run("coverage", "--format", "markdown", "--rules", dir.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(CoverageReport.markdown(Coverage.of(RuleBase.load(dir))));
  }
}
