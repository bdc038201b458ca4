package org.imrengine.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command, {@code imr-engine}: it only holds the subcommands, help and version. */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, versionProvider = Versions.class,
    synopsisSubcommandLabel = "COMMAND",
    header = "Decides California workers' compensation IMR disputes from MTUS and ODG guideline criteria.",
    description = "Run as java -jar imr-engine-cli.jar COMMAND ... ; "
        + "'imr-engine help COMMAND' or 'imr-engine COMMAND --help' shows a command's options.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:invalid input (the message names the file and the problem), a disagreement (samples), "
            + "a problem found (validate), or a failed run",
        "2:usage error"},
    footer = "%nProgress of a corpus run is shown on stderr when running on a terminal.")
final class RootCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "no command given");
  }
}
