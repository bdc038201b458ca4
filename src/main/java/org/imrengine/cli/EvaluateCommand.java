package org.imrengine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.report.DeterminationJson;
import org.imrengine.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate}: decides every disputed request of case files and prints the determinations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {
        "Decide every disputed request of the case files (a directory stands for its *.json files)"
            + " and print a report per determination, or with --json one JSON document"
            + " {\"determinations\": [...]}.",
        "A directory is streamed: each file is printed as it is decided, and an unreadable one is"
            + " reported on stderr without stopping the run (exit 1 at the end). Files named one by"
            + " one are all read first, so an invalid one leaves no partial output."})
final class EvaluateCommand implements Callable<Integer> {
  private final Context context;

  @Mixin
  RulesOption rules;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files (*.json) or directories of them.")
  List<String> cases;

  EvaluateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    ImrEngine engine = rules.engine();
    if (cases.stream().anyMatch(o -> Files.isDirectory(Path.of(o)))) {
      return context.corpus().evaluate(engine, Inputs.caseFiles(cases), json);
    }
    // Files named one by one: decide everything before printing, so that an invalid file leaves no partial output.
    List<Determination> all = new ArrayList<>();
    for (Path file : Inputs.caseFiles(cases)) {
      all.addAll(engine.determine(Inputs.readCase(file)));
    }
    if (json) {
      context.out().print(DeterminationJson.write(all, engine::rationale));
      return Cli.OK;
    }
    List<String> reports = new ArrayList<>();
    for (Determination d : all) {
      reports.add(TextReport.write(d, engine.rationale(d)));
    }
    context.out().print(String.join("\n", reports));
    return Cli.OK;
  }
}
