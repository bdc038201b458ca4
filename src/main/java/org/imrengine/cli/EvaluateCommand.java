package org.imrengine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.report.DeterminationJson;
import org.imrengine.report.HtmlReport;
import org.imrengine.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
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
            + " one are all read first, so an invalid one leaves no partial output.",
        "With --html every file is read first, directories too, and one page is printed:"
            + " imr-engine evaluate --html CASE.json > report.html"})
final class EvaluateCommand implements Callable<Integer> {
  private final Context context;

  @Mixin
  RulesOption rules;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Option(names = "--html", description = "Print one self-contained HTML page of every determination"
      + " (outcome, citation, criteria with their status and evidence, advice, rationale) instead of text.")
  boolean html;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files (*.json) or directories of them.")
  List<String> cases;

  EvaluateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    if (json && html) {
      throw new ParameterException(spec.commandLine(), "--json and --html cannot be used together");
    }
    ImrEngine engine = rules.engine();
    if (!html && cases.stream().anyMatch(o -> Files.isDirectory(Path.of(o)))) {
      return context.corpus().evaluate(engine, Inputs.caseFiles(cases), json);
    }
    // Files named one by one: decide everything before printing, so that an invalid file leaves no partial output.
    List<Determination> all = new ArrayList<>();
    for (Path file : Inputs.caseFiles(cases)) {
      all.addAll(engine.determine(Inputs.readCase(file, engine.rules().drugs())));
    }
    if (html) {
      context.out().print(HtmlReport.write(all, engine::rationale));
      return Cli.OK;
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
