package org.imrengine.cli;

import java.util.concurrent.Callable;
import org.imrengine.report.CoverageReport;
import org.imrengine.rules.Coverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coverage}: lists every service the rule base covers. */
@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {
        "List every covered service from the rule base itself: service, regions, rule, edition and"
            + " its dates, citation, and the number of unconfirmed thresholds; then each guideline"
            + " edition, and the services no rule covers.",
        "docs/coverage.md is this listing as Markdown: " + CoverageReport.REGENERATE})
final class CoverageCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, markdown }

  private final Context context;

  @Mixin
  RulesOption rules;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  CoverageCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    Coverage coverage = Coverage.of(rules.engine().rules());
    context.out().print(format == Format.markdown ? CoverageReport.markdown(coverage) : CoverageReport.text(coverage));
    return Cli.OK;
  }
}
