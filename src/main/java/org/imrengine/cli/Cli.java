package org.imrengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imrengine.ImrEngine;
import org.imrengine.concordance.Dimension;
import org.imrengine.concordance.Tally;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.RuleImpact;
import org.imrengine.letters.Letter;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Term;
import org.imrengine.report.DeterminationJson;
import org.imrengine.report.ImpactReport;
import org.imrengine.report.LetterComparison;
import org.imrengine.report.TextReport;
import org.imrengine.rules.RuleBase;

/**
 * The imr-engine command line: {@code evaluate}, {@code concordance}, {@code samples}, {@code impact}
 * and {@code help}
 * (see {@link #USAGE}). {@link #run} returns the exit code and writes only to the writers it was
 * given, so it runs the same in-process (in tests) as from {@link Main}.
 *
 * <p>Exit codes follow picocli's {@code ExitCode}: {@value #OK} success; {@value #FAILURE} an input
 * that cannot be used (a missing or unreadable file, an invalid case file, rule directory or
 * letter), or, for {@code samples}, a disputed item where the engine and the letter disagree;
 * {@value #USAGE_ERROR} a command line that cannot be run as written. Errors are one message on the
 * error writer that names the file and the problem, never a stack trace.
 *
 * <p>An instance is not thread-safe: its writers are shared by every run.
 */
public final class Cli {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: invalid input, or a disagreement with a letter. */
  public static final int FAILURE = 1;
  /** Exit code: a command line that cannot be run as written. */
  public static final int USAGE_ERROR = 2;

  private static final String NAME = "imr-engine";
  private static final String JSON = "--json";
  private static final String RULES = "--rules";
  private static final String BEFORE = "--before";
  private static final String AFTER = "--after";
  private static final String BY = "--by";
  private static final String EDITIONS_BEFORE = "--editions-before";
  private static final String EDITIONS_AFTER = "--editions-after";

  /** The usage text {@code help} prints. */
  public static final String USAGE = String.join("\n",
      "Usage: " + NAME + " <command> [options] [arguments]",
      "       (java -jar imr-engine-cli.jar <command> ...)",
      "",
      "Commands:",
      "  evaluate [--json] [--rules DIR] CASE.json|CASEDIR...",
      "      Decide every disputed request of the case files (a directory stands for",
      "      its *.json files) and print a report per determination, or with --json one",
      "      JSON document {\"determinations\": [...]}. A directory is streamed: each",
      "      file is printed as it is decided, and an unreadable one is reported on stderr",
      "      without stopping the run (exit 1 at the end).",
      "  concordance [--json] [--rules DIR] [--by DIMENSION] CASE.json|CASEDIR...",
      "      Measure the engine against the real IMR decisions recorded in the case files",
      "      (\"imr\" of each request): coverage, agreement, confusion matrix, overturn",
      "      recall and precision, balanced accuracy and Cohen's kappa beside the",
      "      always-Upheld baseline, and every disagreement. DIMENSION is service, region,",
      "      rule, edition or guideline. Invalid files are listed; exit 1 if there are any.",
      "  samples [--rules DIR] [DIR]",
      "      Check the engine against IMR letters: each DIR/letters/NAME.txt against the",
      "      case DIR/cases/NAME.json (DIR defaults to 'samples'). Prints one row per",
      "      disputed item and 'N of M disputed items agree'; exits 1 if any disagree.",
      "      This is concordance with the letters' decisions as the real ones.",
      "  impact [--json] --before DIR --after DIR CASE.json|CASEDIR...",
      "  impact [--json] [--rules DIR] --editions-before DAY --editions-after DAY CASE.json|CASEDIR...",
      "      Decide the cases under two rule directories, or under the editions in force",
      "      on two days (yyyy-MM-dd) of one rule base, and list every determination",
      "      whose outcome, rule or edition, or unmet criteria change.",
      "  help",
      "      Print this text (also --help, and --help after any command).",
      "",
      "Options:",
      "  --rules DIR   use the rule directory DIR instead of the built-in rules",
      "  --json        print JSON instead of text",
      "  --by DIMENSION",
      "                break the concordance down by service, region, rule, edition or guideline",
      "  --before DIR, --after DIR",
      "                the rule directories impact compares",
      "  --editions-before DAY, --editions-after DAY",
      "                the two days impact judges every edition on (one rule base)",
      "",
      "Exit codes: 0 success; 1 invalid input, or a disagreement (samples); 2 usage error.",
      "Progress is shown on stderr when running on a terminal.",
      "");

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean progress;

  /** A command line that prints results to {@code out} and errors to {@code err}. */
  public Cli(PrintWriter out, PrintWriter err) {
    this(out, err, false);
  }

  /**
   * A command line that prints results to {@code out} and errors to {@code err}, and, if
   * {@code progress}, the progress of a corpus run to {@code err} (for a terminal).
   */
  public Cli(PrintWriter out, PrintWriter err, boolean progress) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.progress = progress;
  }

  /**
   * Runs the command line {@code args} and returns its exit code. Both writers are flushed before
   * it returns.
   */
  public int run(String... args) {
    try {
      return dispatch(Arrays.asList(args));
    } catch (UsageException e) {
      err.print(NAME + ": " + (e.command().isEmpty() ? "" : e.command() + ": ") + e.getMessage()
          + "\n" + "Run '" + NAME + " help' for usage.\n");
      return USAGE_ERROR;
    } catch (InputException e) {
      err.print(NAME + ": " + e.getMessage() + "\n");
      return FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int dispatch(List<String> args) throws UsageException, InputException {
    if (args.isEmpty()) {
      throw new UsageException("", "no command given");
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    switch (command) {
      case "help":
      case "--help":
      case "-h":
        out.print(USAGE);
        return OK;
      case "evaluate":
        return evaluate(Arguments.parse(command, rest, Set.of(JSON), Set.of(RULES)));
      case "concordance":
        return concordance(Arguments.parse(command, rest, Set.of(JSON), Set.of(RULES, BY)));
      case "samples":
        return samples(Arguments.parse(command, rest, Set.of(), Set.of(RULES)));
      case "impact":
        return impact(Arguments.parse(command, rest, Set.of(JSON),
            Set.of(BEFORE, AFTER, RULES, EDITIONS_BEFORE, EDITIONS_AFTER)));
      default:
        throw new UsageException("", command.startsWith("-")
            ? "unknown option '" + command + "' (a command comes first)"
            : "unknown command '" + command + "'");
    }
  }

  private int evaluate(Arguments a) throws UsageException, InputException {
    if (a.has("--help")) {
      out.print(USAGE);
      return OK;
    }
    if (a.operands().isEmpty()) {
      throw new UsageException("evaluate", "no case file given");
    }
    ImrEngine engine = engine(a.value(RULES));
    if (a.operands().stream().anyMatch(o -> Files.isDirectory(Path.of(o)))) {
      return corpus().evaluate(engine, Inputs.caseFiles(a.operands()), a.has(JSON));
    }
    // Files named one by one: decide everything before printing, so that an invalid file leaves no partial output.
    List<Determination> all = new ArrayList<>();
    for (Path file : Inputs.caseFiles(a.operands())) {
      all.addAll(engine.determine(Inputs.readCase(file)));
    }
    if (a.has(JSON)) {
      out.print(DeterminationJson.write(all, engine::rationale));
      return OK;
    }
    List<String> reports = new ArrayList<>();
    for (Determination d : all) {
      reports.add(TextReport.write(d, engine.rationale(d)));
    }
    out.print(String.join("\n", reports));
    return OK;
  }

  private int samples(Arguments a) throws UsageException, InputException {
    if (a.has("--help")) {
      out.print(USAGE);
      return OK;
    }
    if (a.operands().size() > 1) {
      throw new UsageException("samples", "expected at most one directory, got " + a.operands().size());
    }
    Path dir = Path.of(a.operands().isEmpty() ? "samples" : a.operands().get(0));
    ImrEngine engine = engine(a.value(RULES));
    List<Path> letters = Inputs.list(dir.resolve("letters"), "*.txt");
    if (letters.isEmpty()) {
      throw new InputException(dir.resolve("letters") + ": no letters (*.txt) in the directory");
    }
    List<LetterComparison.Row> rows = new ArrayList<>();
    Tally tally = new Tally(Optional.empty());
    for (Path letterFile : letters) {
      String name = letterFile.getFileName().toString();
      Path caseFile = dir.resolve("cases").resolve(name.substring(0, name.length() - ".txt".length()) + ".json");
      Letter letter = Inputs.readLetter(letterFile);
      CaseFile file = Inputs.readCase(caseFile);
      List<LetterComparison.Row> ofLetter = LetterComparison.compare(name, letter, engine.determine(file));
      tally.file();
      ofLetter.forEach(row -> tally.add(row.observation(file)));
      rows.addAll(ofLetter);
    }
    out.print(LetterComparison.table(rows));
    return tally.result().allAgree() ? OK : FAILURE;
  }

  private int impact(Arguments a) throws UsageException, InputException {
    if (a.has("--help")) {
      out.print(USAGE);
      return OK;
    }
    if (a.value(EDITIONS_BEFORE).isPresent() || a.value(EDITIONS_AFTER).isPresent()) {
      return editionImpact(a);
    }
    String before = a.value(BEFORE).orElseThrow(() -> new UsageException("impact", "option --before DIR is required"));
    String after = a.value(AFTER).orElseThrow(() -> new UsageException("impact", "option --after DIR is required"));
    if (a.operands().isEmpty()) {
      throw new UsageException("impact", "no case file given");
    }
    RuleBase first = Inputs.loadRules(Path.of(before));
    RuleBase second = Inputs.loadRules(Path.of(after));
    List<CaseFile> cases = new ArrayList<>();
    for (Path file : Inputs.caseFiles(a.operands())) {
      cases.add(Inputs.readCase(file));
    }
    RuleImpact.Report report = RuleImpact.compare(first, second, cases);
    out.print(a.has(JSON) ? ImpactReport.json(report) : ImpactReport.text(report));
    return OK;
  }

  /** {@code impact --editions-before D1 --editions-after D2}: one rule base, two days. */
  private int editionImpact(Arguments a) throws UsageException, InputException {
    if (a.value(BEFORE).isPresent() || a.value(AFTER).isPresent()) {
      throw new UsageException("impact", "--editions-before/--editions-after compare two days of one rule base (--rules DIR); they do not go with --before/--after");
    }
    java.time.LocalDate first = day(a, EDITIONS_BEFORE);
    java.time.LocalDate second = day(a, EDITIONS_AFTER);
    if (a.operands().isEmpty()) {
      throw new UsageException("impact", "no case file given");
    }
    RuleBase rules = engine(a.value(RULES)).rules();
    List<CaseFile> cases = new ArrayList<>();
    for (Path file : Inputs.caseFiles(a.operands())) {
      cases.add(Inputs.readCase(file));
    }
    org.imrengine.evaluation.EditionImpact.Report report =
        org.imrengine.evaluation.EditionImpact.compare(rules, cases, first, second);
    out.print(a.has(JSON) ? ImpactReport.json(report) : ImpactReport.text(report));
    return OK;
  }

  private static java.time.LocalDate day(Arguments a, String option) throws UsageException {
    String text = a.value(option).orElseThrow(() -> new UsageException("impact", "option " + option + " DAY is required"));
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new UsageException("impact", "option " + option + ": expected a day yyyy-MM-dd, got '" + text + "'");
    }
  }

  private int concordance(Arguments a) throws UsageException, InputException {
    if (a.has("--help")) {
      out.print(USAGE);
      return OK;
    }
    if (a.operands().isEmpty()) {
      throw new UsageException("concordance", "no case file given");
    }
    Optional<Dimension> by = Optional.empty();
    if (a.value(BY).isPresent()) {
      try {
        by = Optional.of(Term.parse(Dimension.class, a.value(BY).get()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("concordance", "option --by: " + e.getMessage());
      }
    }
    return corpus().concordance(engine(a.value(RULES)), Inputs.caseFiles(a.operands()), by, a.has(JSON));
  }

  private CorpusCommands corpus() {
    return new CorpusCommands(out, err, progress);
  }

  private static ImrEngine engine(Optional<String> rules) throws InputException {
    return rules.isPresent() ? ImrEngine.of(Inputs.loadRules(Path.of(rules.get()))) : ImrEngine.builtIn();
  }
}
