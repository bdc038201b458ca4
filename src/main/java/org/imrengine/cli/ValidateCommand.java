package org.imrengine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrengine.model.CaseFileProblem;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.Problem;
import org.imrengine.medication.DrugCatalog;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.RuleLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: checks case files and rule directories without evaluating anything. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {
        "Check case files and rule directories without deciding anything, and list every problem"
            + " of each: for a case file each problem's code, JSON path and message; for a rule"
            + " directory each problem's file, line and place.",
        "Prints 'INPUT: ok' or 'INPUT: N problems' and the problems, one per line, then a summary;"
            + " exits 1 if any input has a problem."})
final class ValidateCommand implements Callable<Integer> {
  private final Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", description = "A rule directory to check (repeatable).")
  List<Path> ruleDirs = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "CASE", description = "Case files (*.json) or directories of them to check.")
  List<String> cases = new ArrayList<>();

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    if (ruleDirs.isEmpty() && cases.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to check: give case files, --rules DIR, or both");
    }
    int inputs = 0;
    int invalid = 0;
    List<RuleBase> loaded = new ArrayList<>();
    for (Path dir : ruleDirs) {
      inputs++;
      invalid += rules(dir, loaded) ? 0 : 1;
    }
    // With one rule directory, case files are read with its vocabulary; else with the built-in one.
    DrugCatalog drugs = ruleDirs.size() == 1 && loaded.size() == 1 ? loaded.get(0).drugs() : DrugCatalog.builtIn();
    for (Path file : Inputs.caseFiles(cases)) {
      inputs++;
      invalid += caseFile(file, drugs) ? 0 : 1;
    }
    context.out().print((inputs - invalid) + " of " + inputs + " inputs valid\n");
    return invalid == 0 ? Cli.OK : Cli.FAILURE;
  }

  private boolean rules(Path dir, List<RuleBase> loaded) {
    List<String> problems = new ArrayList<>();
    String ok = "";
    try {
      RuleBase base = Inputs.loadRules(dir);
      loaded.add(base);
      ok = " (rule base " + base.identity().version() + ", " + base.rules().size() + " rules)";
    } catch (InputException e) {
      if (e.getCause() instanceof RuleLoadException rle) {
        for (Problem p : rle.problems()) {
          problems.add(p.toString());
        }
      } else {
        problems.add(e.getMessage());
      }
    }
    return print(dir.toString(), ok, problems);
  }

  private boolean caseFile(Path file, DrugCatalog drugs) {
    List<String> problems = new ArrayList<>();
    try {
      for (CaseFileProblem p : CaseFileReader.validate(file, drugs)) {
        problems.add(p.code().id() + " " + p);
      }
    } catch (IOException e) {
      problems.add(Inputs.describe(file, e));
    }
    return print(file.toString(), "", problems);
  }

  private boolean print(String input, String ok, List<String> problems) {
    StringBuilder out = new StringBuilder(input).append(": ");
    if (problems.isEmpty()) {
      out.append("ok").append(ok).append('\n');
    } else {
      out.append(problems.size()).append(problems.size() == 1 ? " problem\n" : " problems\n");
      problems.forEach(p -> out.append("  ").append(Cli.oneLine(p)).append('\n'));
    }
    context.out().print(out);
    return problems.isEmpty();
  }
}
