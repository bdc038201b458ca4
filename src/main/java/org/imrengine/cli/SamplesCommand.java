package org.imrengine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.imrengine.ImrEngine;
import org.imrengine.concordance.Tally;
import org.imrengine.letters.Letter;
import org.imrengine.model.CaseFile;
import org.imrengine.report.LetterComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code samples}: checks the engine against IMR letters and their case files. */
@Command(name = "samples", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {
        "Check the engine against IMR letters: each DIR/letters/NAME.txt against the case"
            + " DIR/cases/NAME.json. Prints one row per disputed item and 'N of M disputed items"
            + " agree'; exits 1 if any disagree.",
        "This is concordance with the letters' decisions taken as the real ones."})
final class SamplesCommand implements Callable<Integer> {
  private final Context context;

  @Mixin
  RulesOption rules;

  @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "samples",
      description = "The directory with letters/ and cases/ (default: ${DEFAULT-VALUE}).")
  Path dir;

  SamplesCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    ImrEngine engine = rules.engine();
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
      CaseFile file = Inputs.readCase(caseFile, engine.rules().drugs());
      List<LetterComparison.Row> ofLetter = LetterComparison.compare(name, letter, engine.determine(file));
      tally.file();
      ofLetter.forEach(row -> tally.add(row.observation(file)));
      rows.addAll(ofLetter);
    }
    context.out().print(LetterComparison.table(rows));
    return tally.result().allAgree() ? Cli.OK : Cli.FAILURE;
  }
}
