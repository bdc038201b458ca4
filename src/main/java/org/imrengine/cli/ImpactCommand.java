package org.imrengine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrengine.evaluation.RuleImpact;
import org.imrengine.model.CaseFile;
import org.imrengine.report.ImpactReport;
import org.imrengine.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact}: what a rule change changes over a corpus of cases. */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "Decide the cases under two rule directories and list every determination whose"
        + " outcome, rule or unmet criteria change, with a summary count.")
final class ImpactCommand implements Callable<Integer> {
  private final Context context;

  @Option(names = "--before", paramLabel = "DIR", required = true, description = "The rule directory before the change.")
  Path before;

  @Option(names = "--after", paramLabel = "DIR", required = true, description = "The rule directory after the change.")
  Path after;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files (*.json) or directories of them.")
  List<String> cases;

  ImpactCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    RuleBase first = Inputs.loadRules(before);
    RuleBase second = Inputs.loadRules(after);
    List<CaseFile> read = new ArrayList<>();
    for (Path file : Inputs.caseFiles(cases)) {
      read.add(Inputs.readCase(file));
    }
    RuleImpact.Report report = RuleImpact.compare(first, second, read);
    context.out().print(json ? ImpactReport.json(report) : ImpactReport.text(report));
    return Cli.OK;
  }
}
