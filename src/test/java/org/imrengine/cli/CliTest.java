package org.imrengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.report.HtmlReport;
import org.imrengine.report.TextReport;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CliTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final Path CASES = SAMPLES.resolve("cases");
  private static final Path RULES = Path.of("rules");
  private static final Pattern SUMMARY = Pattern.compile("^(\\d+) of (\\d+) disputed items agree$",
      Pattern.MULTILINE);
  private static final Pattern IMPACT_SUMMARY = Pattern.compile(
      "^(\\d+) of (\\d+) determinations changed \\((\\d+) outcome changes\\)$", Pattern.MULTILINE);

  /** The result of one in-process run. */
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static List<String> sampleCases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      List<String> out = files.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().toList();
      assertThat(out).hasSize(5);
      return out;
    }
  }

  private static List<Determination> expectedDeterminations() throws IOException {
    ImrEngine engine = ImrEngine.builtIn();
    List<Determination> out = new ArrayList<>();
    for (String file : sampleCases()) {
      out.addAll(engine.determine(engine.read(Path.of(file))));
    }
    return out;
  }

  private static String[] args(List<String> first, List<String> rest) {
    List<String> all = new ArrayList<>(first);
    all.addAll(rest);
    return all.toArray(String[]::new);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void replaceOnce(Path file, String old, String replacement) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).containsOnlyOnce(old);
    Files.writeString(file, text.replace(old, replacement), StandardCharsets.UTF_8);
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
  }

  // ---- evaluate -------------------------------------------------------------------------------

  @Test
  void evaluate_sampleCases_oneTextReportPerRequestWithItsOutcome() throws IOException {
    ImrEngine engine = ImrEngine.builtIn();
    List<Determination> expected = expectedDeterminations();

    Run run = run(args(List.of("evaluate"), sampleCases()));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(expected).hasSize(8);
    List<String> reports = new ArrayList<>();
    for (Determination d : expected) {
      reports.add(TextReport.write(d, engine.rationale(d)));
      assertThat(run.out()).contains(d.description() + ": " + d.outcome().label() + "\n"
          + "Guideline: Decision based on " + d.citation().orElseThrow().text());
      assertThat(run.out()).contains("Stamp: case " + d.caseId() + ", request " + d.requestId() + ", ");
    }
    assertThat(run.out()).as("reports in order, a blank line between").isEqualTo(String.join("\n", reports));
  }

  @Test
  void evaluate_json_parsesWithEveryDeterminationAndItsFields() throws IOException {
    List<Determination> expected = expectedDeterminations();

    Run run = run(args(List.of("evaluate", "--json"), sampleCases()));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode all = root.get("determinations");
    assertThat(all).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode d = all.get(i);
      assertThat(d.get("caseId").asText()).isEqualTo(expected.get(i).caseId());
      assertThat(d.get("requestId").asText()).isEqualTo(expected.get(i).requestId());
      assertThat(d.get("outcome").get("label").asText()).isEqualTo(expected.get(i).outcome().label());
      assertThat(d.get("outcome").get("id").asText()).isEqualTo(expected.get(i).outcome().id());
      for (String field : List.of("description", "decisionDate", "ruleBase", "rule", "selection",
          "criteria", "limits", "parts", "unmet", "advice", "rationale")) {
        assertThat(d.has(field)).as(field).isTrue();
      }
      assertThat(d.get("rule").get("citation").get("text").asText())
          .isEqualTo(expected.get(i).citation().orElseThrow().text());
    }
  }

  @Test
  void evaluate_twoRuns_byteIdenticalOutput() throws IOException {
    String[] json = args(List.of("evaluate", "--json"), sampleCases());
    String[] text = args(List.of("evaluate"), sampleCases());

    assertThat(run(json).out()).isEqualTo(run(json).out()).doesNotContain("\r");
    assertThat(run(text).out()).isEqualTo(run(text).out()).doesNotContain("\r");
  }

  @Test
  void evaluate_directory_sameAsItsFilesInNameOrder() throws IOException {
    assertThat(run("evaluate", "--json", CASES.toString()).out())
        .isEqualTo(run(args(List.of("evaluate", "--json"), sampleCases())).out());
  }

  @Test
  void evaluate_rulesDirectory_sameAsBuiltIn() throws IOException {
    String file = sampleCases().get(0);

    assertThat(run("evaluate", "--rules", RULES.toString(), file).out())
        .isEqualTo(run("evaluate", file).out());
  }

  @Test
  void evaluate_html_onePageOfEveryDetermination() throws IOException {
    ImrEngine engine = ImrEngine.builtIn();

    Run run = run("evaluate", "--html", CASES.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(HtmlReport.write(expectedDeterminations(), engine::rationale));
  }

  @Test
  void evaluate_jsonAndHtml_usageError() {
    Run run = run("evaluate", "--json", "--html", CASES.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("imr-engine: evaluate: --json and --html cannot be used together"
        + " (see 'imr-engine evaluate --help')\n");
  }

  // ---- samples --------------------------------------------------------------------------------

  @Test
  void samples_sampleDirectory_eightRowsAndExitZeroIffAllAgree() {
    Run run = run("samples");

    List<String> rows = run.out().lines().filter(l -> l.matches("^\\d{3}_\\w+\\.txt .*")).toList();
    assertThat(rows).hasSize(8);
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("LETTER ").contains("ITEM");
    Matcher summary = SUMMARY.matcher(run.out());
    assertThat(summary.find()).isTrue();
    assertThat(summary.group(2)).isEqualTo("8");
    boolean allAgree = rows.stream().allMatch(r -> r.contains(" agree "));
    assertThat(Integer.parseInt(summary.group(1))).isEqualTo(rows.stream().filter(r -> r.contains(" agree ")).count());
    assertThat(run.exit()).isEqualTo(allAgree ? 0 : 1);
    assertThat(run.out()).endsWith(summary.group() + "\n");
    assertThat(run.err()).isEmpty();
  }

  /** Copies the samples to {@code dir}, with letter 004's decision line replaced by {@code line}. */
  private static void samplesWithXrayDecisionLine(Path dir, String line) throws IOException {
    copy(SAMPLES, dir);
    replaceOnce(dir.resolve("letters/004_f851e982964eb853.txt"),
        "X-ray of the cervical spine (5 views):  Upheld", line);
  }

  @Test
  void samples_doctoredLetter_disagreeRowAndExitOne(@TempDir Path tmp) throws IOException {
    samplesWithXrayDecisionLine(tmp, "X-ray of the cervical spine (5 views):  Overturned");

    Run run = run("samples", tmp.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("004_f851e982964eb853.txt")))
        .singleElement().satisfies(row -> assertThat(row)
            .contains("X-ray of the cervical spine (5 views)").contains("Overturned").contains("DISAGREE"));
    assertThat(SUMMARY.matcher(run.out()).find()).isTrue();
  }

  @Test
  void samples_letterItemWithoutRequest_bothReportedAsDisagreements(@TempDir Path tmp) throws IOException {
    samplesWithXrayDecisionLine(tmp, "Bone scan of the cervical spine:  Upheld");

    Run run = run("samples", tmp.toString());

    assertThat(run.exit()).isEqualTo(1);
    List<String> rows = run.out().lines().filter(l -> l.startsWith("004_f851e982964eb853.txt")).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains("Bone scan of the cervical spine").contains("no request").contains("DISAGREE");
    assertThat(rows.get(1)).contains("X-ray of the cervical spine (5 views)").contains("no decision").contains("DISAGREE");
    Matcher summary = SUMMARY.matcher(run.out());
    assertThat(summary.find()).isTrue();
    assertThat(summary.group(2)).isEqualTo("9");
  }

  @Test
  void samples_malformedLetter_namesFileAndLine(@TempDir Path tmp) throws IOException {
    copy(SAMPLES, tmp);
    Path letter = tmp.resolve("letters/004_f851e982964eb853.txt");
    Files.writeString(letter, "not a letter\n", StandardCharsets.UTF_8);

    Run run = run("samples", tmp.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("imr-engine: " + letter + ": line 1: ");
    assertNoStackTrace(run);
  }

  @Test
  void samples_letterWithoutCase_namesTheMissingCaseFile(@TempDir Path tmp) throws IOException {
    copy(SAMPLES, tmp);
    Path caseFile = tmp.resolve("cases/004_f851e982964eb853.json");
    Files.delete(caseFile);

    Run run = run("samples", tmp.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("imr-engine: " + caseFile + ": no such file or directory\n");
  }

  // ---- impact ---------------------------------------------------------------------------------

  @Test
  void impact_visitLimitRaised_physicalTherapyChangeListed(@TempDir Path tmp) throws IOException {
    Path after = tmp.resolve("rules");
    copy(RULES, after);
    replaceOnce(after.resolve("mtus-chronic-pain.yaml"), "max: 10\n            weeks: 8",
        "max: 12\n            weeks: 8");

    Run run = run("impact", "--before", RULES.toString(), "--after", after.toString(), CASES.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("003_04f9b0e14f6627f2 req-pt-cervical: Physical therapy for the "
        + "cervical spine, 2-3 times a week for 6 weeks\n");
    assertThat(run.out()).contains("  no longer unmet: visits_within_guideline\n");
    Matcher summary = IMPACT_SUMMARY.matcher(run.out());
    assertThat(summary.find()).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).isGreaterThanOrEqualTo(1);
    assertThat(summary.group(2)).isEqualTo("8");
  }

  @Test
  void impact_json_listsTheChange(@TempDir Path tmp) throws IOException {
    Path after = tmp.resolve("rules");
    copy(RULES, after);
    replaceOnce(after.resolve("mtus-chronic-pain.yaml"), "max: 10\n            weeks: 8",
        "max: 12\n            weeks: 8");

    Run run = run("impact", "--json", "--before", RULES.toString(), "--after", after.toString(),
        CASES.toString());

    assertThat(run.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("determinations").asInt()).isEqualTo(8);
    assertThat(root.get("before").get("contentHash").asText())
        .isNotEqualTo(root.get("after").get("contentHash").asText());
    List<JsonNode> pt = new ArrayList<>();
    root.get("changes").forEach(c -> {
      if (c.get("requestId").asText().equals("req-pt-cervical")) {
        pt.add(c);
      }
    });
    assertThat(pt).singleElement().satisfies(c -> {
      assertThat(c.get("before").get("unmet").toString()).contains("visits_within_guideline");
      assertThat(c.get("after").get("unmet").toString()).doesNotContain("visits_within_guideline");
      assertThat(c.get("differences").toString()).contains("no longer unmet: visits_within_guideline");
    });
  }

  @Test
  void impact_sameRules_nothingChanged() {
    Run run = run("impact", "--before", RULES.toString(), "--after", RULES.toString(), CASES.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).endsWith("\n0 of 8 determinations changed (0 outcome changes)\n");
  }

  @Test
  void impact_invalidRules_namesDirectoryAndProblem(@TempDir Path tmp) throws IOException {
    Path after = tmp.resolve("rules");
    copy(RULES, after);
    replaceOnce(after.resolve("index.yaml"), "  - odg-neck.yaml\n", "");

    Run run = run("impact", "--before", RULES.toString(), "--after", after.toString(), CASES.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("imr-engine: " + after + ": ").contains("odg-neck.yaml");
    assertNoStackTrace(run);
  }

  @Test
  void impact_editionsOnTwoDays_listsTheEditionChange(@TempDir Path tmp) throws IOException {
    Path cases = tmp.resolve("cases");
    Files.createDirectories(cases);
    Files.writeString(cases.resolve("pt.json"), """
        {"caseId": "pt", "asOf": "2017-11-20", "injuryDate": "2016-01-15",
         "requests": [{"id": "req-pt", "description": "Physical therapy, 15 visits",
           "service": "physical_therapy", "region": "cervical_spine", "date": "2017-11-20",
           "quantity": 15}]}
        """, StandardCharsets.UTF_8);

    Run run = run("impact", "--rules", "src/test/resources/rules-judged-on", "--editions-before",
        "2017-11-30", "--editions-after", "2017-12-01", cases.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Editions judged on 2017-11-30, then on 2017-12-01 (rule base judged-on-test (")
        .contains("pt req-pt: Physical therapy, 15 visits\n  outcome Upheld -> Overturned\n"
            + "  rule therapy_visits [By request date] -> therapy_visits [By date of service]\n"
            + "  no longer unmet: visits_10\n")
        .endsWith("1 of 1 determinations changed (1 outcome changes)\n");

    Run json = run("impact", "--json", "--rules", "src/test/resources/rules-judged-on",
        "--editions-before", "2017-11-30", "--editions-after", "2017-12-01", cases.toString());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("editionsBefore").asText()).isEqualTo("2017-11-30");
    assertThat(root.get("changes").get(0).get("after").get("edition").asText()).isEqualTo("By date of service");
  }

  @Test
  void evaluate_withRules_readsCaseFilesWithThatRuleBasesDrugVocabulary(@TempDir Path tmp) throws IOException {
    Path rules = tmp.resolve("rules");
    copy(RULES, rules);
    replaceOnce(rules.resolve("drugs.yaml"), "  - {id: naproxen, generic: naproxen,",
        "  - {id: testoprofen, generic: testoprofen, brands: [Testo], class: nsaid}\n  - {id: naproxen, generic: naproxen,");
    Path caseFile = tmp.resolve("testo.json");
    Files.writeString(caseFile, """
        {"caseId": "testo", "asOf": "2015-03-02", "injuryDate": "2014-01-15",
         "requests": [{"id": "req-testo", "description": "Testo 100 mg #30", "region": "lumbar_spine",
           "date": "2015-03-02", "medication": {"prescription": "Testo 100 mg #30"}}]}
        """, StandardCharsets.UTF_8);

    Run builtIn = run("evaluate", caseFile.toString());
    Run own = run("evaluate", "--rules", rules.toString(), caseFile.toString());

    assertThat(builtIn.exit()).isEqualTo(1);
    assertThat(builtIn.err()).contains("testo.json").contains("names no drug of the vocabulary");
    assertThat(own.err()).isEmpty();
    assertThat(own.exit()).isZero();
    assertThat(own.out()).startsWith("Testo 100 mg #30: ");
  }

  // ---- invalid input --------------------------------------------------------------------------

  @Test
  void evaluate_malformedJson_exitOneNamingTheFile(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("broken-case.json");
    Files.writeString(bad, "{\"caseId\": ", StandardCharsets.UTF_8);

    Run run = run("evaluate", sampleCases().get(0), bad.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).as("no partial output").isEmpty();
    assertThat(run.err()).startsWith("imr-engine: " + bad + ": $: malformed JSON").endsWith("\n");
    assertThat(run.err().lines()).hasSize(1);
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_invalidCase_exitOneNamingFileAndPath(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("case.json");
    Files.writeString(bad, Files.readString(Path.of(sampleCases().get(0)), StandardCharsets.UTF_8)
        .replaceFirst("\"caseId\"", "\"caseIdentifier\""), StandardCharsets.UTF_8);

    Run run = run("evaluate", "--json", bad.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("imr-engine: " + bad + ": $");
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_missingFile_exitOneNamingTheFile() {
    Run run = run("evaluate", "samples/cases/no-such-case.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("imr-engine: samples/cases/no-such-case.json: no such file or directory\n");
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_missingRulesDirectory_exitOne() throws IOException {
    Run run = run("evaluate", "--rules", "no-such-rules", sampleCases().get(0));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("imr-engine: no-such-rules: no such directory\n");
  }

  // ---- usage ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                                  | '' | no command given
      frobnicate                          | '' | unmatched argument at index 0: 'frobnicate'
      --verbose                           | '' | unknown option: '--verbose'
      evaluate                            | evaluate | missing required parameter: 'CASE'
      evaluate --jsn x.json               | evaluate | unknown option: '--jsn'
      evaluate x.json --rules             | evaluate | missing required parameter for option '--rules' (DIR)
      evaluate --json --json x.json       | evaluate | option '--json' should be specified only once
      samples a b                         | samples | unmatched argument at index 2: 'b'
      samples --json                      | samples | unknown option: '--json'
      impact --after rules x.json         | impact | missing required option: '--before=DIR'
      impact --before rules x.json        | impact | missing required option: '--after=DIR'
      impact --before rules --after rules | impact | missing required parameter: 'CASE'
      impact --editions-before 2017-11-30 x.json | impact | missing required option: '--editions-after=DAY'
      impact --editions-before 2017-11-30 --editions-after 2017-12-01 --before rules x.json | impact | --editions-before/--editions-after compare two days of one rule base (--rules DIR); they do not go with --before/--after
      validate                            | validate | nothing to check: give case files, --rules DIR, or both
      coverage --format html              | coverage | invalid value for option '--format': expected one of [text, markdown] (case-sensitive) but was 'html'
      """)
  void run_badCommandLine_exitTwoWithOneLineNamingCommandAndHelp(String line, String command, String message) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");

    Run run = run(args);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    String prefix = command.isEmpty() ? "imr-engine: " : "imr-engine: " + command + ": ";
    String help = command.isEmpty() ? "imr-engine --help" : "imr-engine " + command + " --help";
    assertThat(run.err()).isEqualTo(prefix + message + " (see '" + help + "')\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"help", "--help", "-h"})
  void run_help_usageOnOutExitZero(String arg) {
    Run run = run(arg);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: imr-engine [-hV] COMMAND")
        .contains("Exit codes:").contains("2   usage error");
    for (String command : COMMANDS) {
      assertThat(run.out()).containsPattern("(?m)^  " + command + " +\\S");
    }
    assertThat(run.err()).isEmpty();
  }

  private static final List<String> COMMANDS = List.of("evaluate", "concordance", "samples", "impact",
      "validate", "coverage", "completion", "help");

  @ParameterizedTest(name = "{0} --help")
  @CsvSource({
      "evaluate, '[-hV] [--html] [--json] [--rules=DIR] CASE...'",
      "concordance, '[-hV] [--json] [--by=DIMENSION] [--rules=DIR] CASE...'",
      "samples, '[-hV] [--rules=DIR] [DIR]'",
      "impact, '[-hV] [--json] [--after=DIR] [--before=DIR] [--editions-after=DAY] [--editions-before=DAY] [--rules=DIR] CASE...'",
      "validate, '[-hV] [--rules=DIR]... [CASE...]'",
      "coverage, '[-hV] [--format=FORMAT] [--rules=DIR]'",
      "completion, '[-hV]'"})
  void run_commandHelp_itsUsageOnOutExitZero(String command, String synopsis) {
    Run help = run(command, "--help");
    Run viaHelp = run("help", command);

    assertThat(help.exit()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out().replaceAll("\\s+", " ")).startsWith("Usage: imr-engine " + command + " " + synopsis + " ")
        .contains("-h, --help");
    assertThat(viaHelp.exit()).isZero();
    assertThat(viaHelp.out()).isEqualTo(help.out());
  }

  @Test
  void run_everyCommandHasHelpTested() {
    assertThat(new Cli(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .commandLine().getSubcommands().keySet()).containsExactlyElementsOf(COMMANDS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"--version", "-V", "evaluate --version"})
  void run_version_engineAndRuleBaseVersionAndHash(String line) {
    RuleBase.Identity rules = RuleBase.builtIn().identity();

    Run run = run(line.split(" "));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).matches("imr-engine \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(lines.get(1)).isEqualTo("rule base " + rules.version() + ", content sha256 " + rules.contentHash());
  }

  @Test
  void completion_bashScriptForEveryCommand() {
    Run run = run("completion");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("complete -F _complete_imr-engine").contains("--rules").contains("--before");
    for (String command : COMMANDS) {
      assertThat(run.out()).contains(command);
    }
  }

  // ---- failures that are not input problems --------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      out of memory | imr-engine: out of memory: the input is too large for the Java heap (give Java more heap with -Xmx, or split the input into smaller files)
      stack         | imr-engine: out of stack: the input is nested too deeply to read
      wrapped       | imr-engine: out of memory: the input is too large for the Java heap (give Java more heap with -Xmx, or split the input into smaller files)
      bug           | imr-engine: internal error (IllegalStateException: a bug); please report it
      """)
  void failure_errorsAndBugs_oneLineAndExitOne(String kind, String expected) {
    Throwable t = switch (kind) {
      case "out of memory" -> new OutOfMemoryError("Java heap space");
      case "stack" -> new StackOverflowError();
      case "wrapped" -> new IllegalStateException(new java.util.concurrent.ExecutionException(
          new OutOfMemoryError("Java heap space")));
      default -> new IllegalStateException("a bug\n\tat org.imrengine.Somewhere");
    };
    StringWriter err = new StringWriter();

    int exit = Cli.failure(t, new PrintWriter(err, true));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).isEqualTo(expected + "\n");
  }

  @Test
  void run_stackOverflowInsideACommand_oneLineAndExitOne(@TempDir Path tmp) throws IOException {
    // A rule file nested far deeper than any real one: whatever the reader's own limits, the run
    // must end with a message and an exit code.
    Path rules = tmp.resolve("rules");
    copy(RULES, rules);
    Files.writeString(rules.resolve("odg-neck.yaml"), "a: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n",
        StandardCharsets.UTF_8);

    Run run = run("validate", "--rules", rules.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertNoStackTrace(run);
    assertThat(run.out() + run.err()).contains("odg-neck.yaml");
  }
}
