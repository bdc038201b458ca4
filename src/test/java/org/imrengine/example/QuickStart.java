package org.imrengine.example;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Advice;
import org.imrengine.evaluation.Determination;
import org.imrengine.model.CaseFile;
import org.imrengine.rules.Citation;

/** The README's quick start: decides every disputed request of a case file and prints the result. */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    print(Path.of(args.length > 0 ? args[0] : "samples/written/release-quickstart.json"), System.out);
  }

  static void print(Path caseFile, PrintStream out) throws IOException {
    ImrEngine engine = ImrEngine.builtIn();          // the rules shipped in the jar; immutable, thread-safe
    CaseFile file = engine.read(caseFile);           // validated: CaseFileException lists every problem
    for (Determination d : engine.determine(file)) { // one per disputed request, in file order
      out.println(d.description() + ": " + d.outcome().label());
      d.citation().map(Citation::text).ifPresent(c -> out.println("  based on " + c));
      out.println("  unmet: " + d.unmet());
      for (Advice.Option option : d.advice().options()) { // what would make it medically necessary
        out.println("  would change it: " + String.join("; and ",
            option.steps().stream().map(Advice.Step::text).toList()));
      }
      out.println("  " + engine.rationale(d).conclusion());
    }
  }
}
