package org.imrengine.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.imrengine.concordance.Dimension;
import org.imrengine.model.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code concordance}: measures the engine against the real IMR decisions of case files. */
@Command(name = "concordance", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {
        "Measure the engine against the real IMR decisions recorded in the case files (\"imr\" of"
            + " each request): coverage, agreement, confusion matrix, overturn recall and precision,"
            + " balanced accuracy and Cohen's kappa beside the always-Upheld baseline, and every"
            + " disagreement.",
        "Invalid files are listed; exit 1 if there are any."})
final class ConcordanceCommand implements Callable<Integer> {
  private final Context context;

  @Mixin
  RulesOption rules;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Option(names = "--by", paramLabel = "DIMENSION", converter = DimensionConverter.class,
      description = "Break the concordance down by service, region, rule, edition or guideline.")
  Dimension by;

  @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files (*.json) or directories of them.")
  List<String> cases;

  ConcordanceCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputException {
    return context.corpus().concordance(rules.engine(), Inputs.caseFiles(cases), Optional.ofNullable(by), json);
  }

  /** Reads a {@link Dimension} by its id, naming the allowed ids when it is not one. */
  static final class DimensionConverter implements ITypeConverter<Dimension> {
    @Override
    public Dimension convert(String value) {
      try {
        return Term.parse(Dimension.class, value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
