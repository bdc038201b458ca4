package org.imrengine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrengine.evaluation.EditionImpact;
import org.imrengine.evaluation.RuleImpact;
import org.imrengine.model.CaseFile;
import org.imrengine.report.ImpactReport;
import org.imrengine.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impact}: what a rule change changes over a corpus of cases, either between two rule
 * directories or between the editions of one rule base in force on two days.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {
        "Decide the cases under two rule directories (--before, --after), or under the editions of"
            + " one rule base in force on two days (--editions-before, --editions-after), and list"
            + " every determination whose outcome, rule or edition, or unmet criteria change, with a"
            + " summary count."})
final class ImpactCommand implements Callable<Integer> {
  private final Context context;

  @Spec
  CommandSpec spec;

  @Mixin
  RulesOption rules;

  @Option(names = "--before", paramLabel = "DIR", description = "The rule directory before the change.")
  Path before;

  @Option(names = "--after", paramLabel = "DIR", description = "The rule directory after the change.")
  Path after;

  @Option(names = "--editions-before", paramLabel = "DAY",
      description = "Judge every request on the editions in force on DAY (yyyy-MM-dd), first.")
  LocalDate editionsBefore;

  @Option(names = "--editions-after", paramLabel = "DAY",
      description = "Then judge it on the editions in force on DAY (yyyy-MM-dd).")
  LocalDate editionsAfter;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files (*.json) or directories of them.")
  List<String> cases;

  ImpactCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    boolean byEdition = editionsBefore != null || editionsAfter != null;
    if (byEdition) {
      if (before != null || after != null) {
        throw usage("--editions-before/--editions-after compare two days of one rule base (--rules DIR);"
            + " they do not go with --before/--after");
      }
      if (editionsBefore == null || editionsAfter == null) {
        throw usage("missing required option: '"
            + (editionsBefore == null ? "--editions-before" : "--editions-after") + "=DAY'");
      }
    } else {
      if (before == null || after == null) {
        throw usage("missing required option: '" + (before == null ? "--before" : "--after") + "=DIR'");
      }
      if (rules.rules != null) {
        throw usage("--rules goes with --editions-before/--editions-after; --before and --after name the two rule directories");
      }
    }
    RuleBase first = byEdition ? rules.engine().rules() : Inputs.loadRules(before);
    RuleBase second = byEdition ? first : Inputs.loadRules(after);
    List<CaseFile> read = new ArrayList<>();
    for (Path file : Inputs.caseFiles(cases)) {
      read.add(Inputs.readCase(file, first.drugs()));
    }
    if (byEdition) {
      EditionImpact.Report report = EditionImpact.compare(first, read, editionsBefore, editionsAfter);
      context.out().print(json ? ImpactReport.json(report) : ImpactReport.text(report));
    } else {
      RuleImpact.Report report = RuleImpact.compare(first, second, read);
      context.out().print(json ? ImpactReport.json(report) : ImpactReport.text(report));
    }
    return Cli.OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
