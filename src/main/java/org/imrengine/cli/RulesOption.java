package org.imrengine.cli;

import java.nio.file.Path;
import org.imrengine.ImrEngine;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option, shared by the commands that decide cases. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "Use the rule directory DIR (its index.yaml and rule files) instead of the built-in rules.")
  Path rules;

  /** An engine with the rules of {@code --rules}, or the built-in ones. */
  ImrEngine engine() throws InputException {
    return rules == null ? ImrEngine.builtIn() : ImrEngine.of(Inputs.loadRules(rules));
  }
}
