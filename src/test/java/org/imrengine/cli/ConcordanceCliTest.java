package org.imrengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.imrengine.concordance.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concordance}, and {@code evaluate} streaming a directory, on a corpus made from the sample
 * cases with real decisions added. The engine upholds all eight sample requests; the corpus makes
 * two of the real decisions overturned, leaves one request without a real decision, moves one
 * request to a region no rule covers, and adds one malformed file.
 */
final class ConcordanceCliTest {
  private static final Path CASES = Path.of("samples/cases");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Request id to its real outcome; the requests not named get no real decision. */
  private static final Map<String, String> REAL = Map.of(
      "req-discogram-ct-cervical", "upheld",
      "req-ct-cervical", "overturned",
      "req-mri-cervical", "upheld",
      "req-pt-cervical", "upheld",
      "req-tpi-cervical", "overturned",
      "req-xray-cervical", "upheld");

  private record Run(int exit, String out, String err) {}

  private static Run run(boolean progress, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Cli(new PrintWriter(out), new PrintWriter(err), progress).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(false, args);
  }

  /** The sample cases, each request given a real decision by {@code edit}, written to {@code dir}. */
  private static Path corpus(Path dir, boolean withDecisions, boolean uncoveredXray) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path f : files.sorted().toList()) {
        ObjectNode c = (ObjectNode) JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        for (JsonNode r : c.get("requests")) {
          String id = r.get("id").asText();
          if (uncoveredXray && id.equals("req-xray-cervical")) {
            ((ObjectNode) r).put("region", "hip");
          }
          boolean lumbarEsi = id.equals("req-lumbar-esi");
          if (withDecisions && REAL.containsKey(id) && !lumbarEsi) {
            ObjectNode imr = ((ObjectNode) r).putObject("imr");
            imr.put("outcome", REAL.get(id));
            imr.put("date", "2015-01-20");
            imr.put("guideline", "MTUS cited for " + id);
            imr.put("source", "CM15-" + id);
          }
        }
        Files.writeString(dir.resolve(f.getFileName()), JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(c), StandardCharsets.UTF_8);
      }
    }
    return dir;
  }

  private static Path corpusWithBadFile(Path tmp) throws IOException {
    Path dir = corpus(tmp.resolve("corpus"), true, true);
    Files.writeString(dir.resolve("zz-broken.json"), "{\"caseId\": ", StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void concordance_text_coverageStatisticsAndDisagreements(@TempDir Path tmp) throws IOException {
    Path dir = corpusWithBadFile(tmp);

    Run run = run("concordance", dir.toString());

    assertThat(run.exit()).as("an invalid file").isEqualTo(1);
    Path bad = dir.resolve("zz-broken.json");
    assertThat(run.err()).startsWith("imr-engine: " + bad + ": $: malformed JSON");
    assertThat(run.err().lines()).hasSize(1);
    String out = run.out();
    assertThat(out).startsWith("Concordance of 8 requests in 5 case files (rule base ");
    assertThat(out).containsPattern("decided +6 of 7 requests with a real decision\n");
    assertThat(out).containsPattern("no applicable rule +1\n");
    assertThat(out).containsPattern("invalid files +1\n");
    assertThat(out).containsPattern("without a real decision +1 \\(not measured\\)\n");
    // 4 both upheld, 2 real-only overturned
    assertThat(out).containsPattern("agreement +0\\.667 \\(4 of 6\\) +0\\.667 \\(4 of 6\\)\n");
    assertThat(out).containsPattern("overturn recall +0\\.000 \\(0 of 2\\) +0\\.000 \\(0 of 2\\)\n");
    assertThat(out).containsPattern("overturn precision +n/a \\(0 of 0\\)");
    assertThat(out).containsPattern("balanced accuracy +0\\.500 +0\\.500\n");
    assertThat(out).containsPattern("Cohen's kappa +0\\.000 \\(n 6\\)");
    assertThat(out).containsPattern("real Upheld +4 +0\n").containsPattern("real Overturned +2 +0\n");
    assertThat(out).contains("Not decided\n  " + dir.resolve("004_f851e982964eb853.json")
        + " 004_f851e982964eb853 req-xray-cervical: X-ray of the cervical spine (5 views): no applicable rule\n");
    assertThat(out).contains("Invalid files\n  " + bad + ": $: malformed JSON");
    assertThat(out).contains("Disagreements: 2\n");
    assertThat(out).contains(" 001_ab5ab072779df70a req-ct-cervical: A CT scan of the cervical spine without contrast\n"
        + "    engine Upheld by rule cervical_ct; unmet: ");
    assertThat(out).contains("    real Overturned (2015-01-20, CM15-req-ct-cervical); reviewer cited: MTUS cited for req-ct-cervical\n");
    assertThat(out).contains("engine Upheld by rule trigger_point_injection; unmet: ");
  }

  @Test
  void concordance_json_allOfItParsesAndCountsAgree(@TempDir Path tmp) throws IOException {
    Path dir = corpusWithBadFile(tmp);

    Run run = run("concordance", "--json", "--by", "service", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    JsonNode root = JSON.readTree(run.out());
    JsonNode coverage = root.get("coverage");
    assertThat(coverage.get("files").asInt()).isEqualTo(5);
    assertThat(coverage.get("requests").asInt()).isEqualTo(8);
    assertThat(coverage.get("measured").asInt()).isEqualTo(7);
    assertThat(coverage.get("decided").asInt()).isEqualTo(6);
    assertThat(coverage.get("notDecided").get("no_applicable_rule").asInt()).isEqualTo(1);
    assertThat(coverage.get("invalidFiles").asInt()).isEqualTo(1);
    JsonNode engine = root.get("engine");
    assertThat(engine.get("agreement").get("count").asInt()).isEqualTo(4);
    assertThat(engine.get("agreement").get("of").asInt()).isEqualTo(6);
    assertThat(engine.get("overturnPrecision").get("value").isNull()).isTrue();
    assertThat(engine.get("kappa").asDouble()).isEqualTo(0.0);
    assertThat(root.get("alwaysUpheld").get("agreement").get("count").asInt()).isEqualTo(4);
    assertThat(root.get("confusion").get("realOverturned").get("engineUpheld").asInt()).isEqualTo(2);
    assertThat(root.get("by").asText()).isEqualTo("service");
    assertThat(root.get("groups").findValuesAsText("key"))
        .as("sorted; the lumbar injection has no real decision, so no group")
        .containsExactly("ct", "discography", "mri", "physical_therapy", "trigger_point_injection", "x_ray");
    JsonNode mri = root.get("groups").get(2);
    assertThat(mri.get("measured").asInt()).isEqualTo(2);
    assertThat(mri.get("engine").get("agreement").get("count").asInt()).isEqualTo(2);
    assertThat(root.get("disagreements")).hasSize(2);
    JsonNode first = root.get("disagreements").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("cervical_ct");
    assertThat(first.get("unmet")).isNotEmpty();
    assertThat(first.get("real").get("guideline").asText()).isEqualTo("MTUS cited for req-ct-cervical");
    assertThat(root.get("withoutRealDecision").get(0).get("requestId").asText()).isEqualTo("req-lumbar-esi");
    assertThat(run("concordance", "--json", "--by", "service", dir.toString()).out())
        .as("stable").isEqualTo(run.out());
  }

  @Test
  void concordance_noInvalidFile_exitZero(@TempDir Path tmp) throws IOException {
    Path dir = corpus(tmp.resolve("corpus"), true, false);

    Run run = run("concordance", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).containsPattern("decided +7 of 7 requests");
  }

  @Test
  void concordance_unknownDimension_usageError() {
    Run run = run("concordance", "--by", "colour", "samples/cases");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("imr-engine: concordance: invalid value for option '--by': "
        + "unknown value 'colour' (expected one of service, region, rule, edition, guideline)"
        + " (see 'imr-engine concordance --help')\n");
  }

  @Test
  void concordance_noOperand_usageErrorAndUsageNamesTheCommand() {
    Run run = run("concordance", "--json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("imr-engine: concordance: missing required parameter: 'CASE'");
    assertThat(run("concordance", "--help").out().replaceAll("\\s+", " "))
        .startsWith("Usage: imr-engine concordance [-hV] [--json] [--by=DIMENSION] [--rules=DIR] CASE...");
  }

  @Test
  void imrDecisions_changeNoOutputByteOfEvaluate(@TempDir Path tmp) throws IOException {
    Path with = corpus(tmp.resolve("with"), true, false);
    Path without = corpus(tmp.resolve("without"), false, false);
    assertThat(Files.readString(with.resolve("001_ab5ab072779df70a.json"), StandardCharsets.UTF_8))
        .contains("\"imr\"");

    for (String format : new String[] {"--json", "--rules=rules"}) {
      Run a = run("evaluate", format, with.toString());
      Run b = run("evaluate", format, without.toString());
      assertThat(a.exit()).isZero();
      assertThat(a.out()).isNotEmpty().isEqualTo(b.out());
    }
    Run one = run("evaluate", with.resolve("003_04f9b0e14f6627f2.json").toString());
    assertThat(one.out()).isEqualTo(run("evaluate", without.resolve("003_04f9b0e14f6627f2.json").toString()).out());
  }

  @Test
  void evaluate_directoryWithBadFile_reportsItAndGoesOn(@TempDir Path tmp) throws IOException {
    Path dir = corpus(tmp.resolve("corpus"), false, false);
    Path bad = dir.resolve("002_zz-broken.json");
    Files.writeString(bad, "[]", StandardCharsets.UTF_8);

    Run run = run("evaluate", "--json", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("imr-engine: " + bad + ": $: expected an object, was an array\n");
    assertThat(JSON.readTree(run.out()).get("determinations")).hasSize(8);
    Run text = run("evaluate", dir.toString());
    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.out()).contains("Stamp: case 004_f851e982964eb853");
  }

  @Test
  void progress_onlyWhenAsked_onTheErrorWriter(@TempDir Path tmp) throws IOException {
    Path dir = corpus(tmp.resolve("corpus"), true, false);

    Run quiet = run(false, "concordance", dir.toString());
    Run shown = run(true, "concordance", dir.toString());

    assertThat(quiet.err()).isEmpty();
    assertThat(shown.err()).contains("\rimr-engine: 5 of 5 files").endsWith("\r");
    assertThat(shown.out()).isEqualTo(quiet.out());
  }

  @Test
  void syntheticCorpus_everyRequestAccountedForAndRunsAreIdentical(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("synthetic");
    long requests = SyntheticCorpus.write(CASES, dir, 300, 42);

    Run run = run("concordance", "--json", "--by", "rule", dir.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode coverage = JSON.readTree(run.out()).get("coverage");
    assertThat(coverage.get("files").asInt()).isEqualTo(300);
    assertThat(coverage.get("requests").asLong()).isEqualTo(requests);
    assertThat(coverage.get("measured").asLong()).isEqualTo(requests);
    assertThat(coverage.get("decided").asLong() + coverage.get("notDecided").get("total").asLong())
        .isEqualTo(requests);
    assertThat(coverage.get("decided").asLong()).as("most are decided").isGreaterThan(requests / 2);
    assertThat(coverage.get("notDecided").get("no_applicable_rule").asLong()).isPositive();
    assertThat(coverage.get("notDecided").get("no_edition_in_force").asLong()).isPositive();
    assertThat(run("concordance", "--json", "--by", "rule", dir.toString()).out()).isEqualTo(run.out());
    Path again = tmp.resolve("again");
    SyntheticCorpus.write(CASES, again, 300, 42);
    assertThat(Files.readString(again.resolve("synthetic-00123.json"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(dir.resolve("synthetic-00123.json"), StandardCharsets.UTF_8));
  }
}
