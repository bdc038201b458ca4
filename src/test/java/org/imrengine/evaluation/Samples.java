package org.imrengine.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.RuleBase;

/** The sample cases of {@code samples/cases} and one shared evaluator over the built-in rules. */
final class Samples {
  static final Path DIR = Path.of("samples", "cases");
  static final RuleBase RULES = RuleBase.builtIn();
  static final Evaluator EVALUATOR = new Evaluator(RULES);

  private Samples() {}

  /** Every sample case, in file-name order. */
  static List<CaseFile> all() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted()
          .map(Samples::read).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample case whose file name starts with {@code prefix}, such as {@code "003"}. */
  static CaseFile byPrefix(String prefix) {
    List<CaseFile> found = all().stream().filter(c -> c.caseId().startsWith(prefix + "_"))
        .collect(Collectors.toList());
    if (found.size() != 1) {
      throw new IllegalArgumentException("expected one sample case " + prefix + "_*, found " + found);
    }
    return found.get(0);
  }

  static CaseFile read(Path p) {
    try {
      return CaseFileReader.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Determines request {@code requestId} of {@code file}. */
  static Determination determine(CaseFile file, String requestId) {
    return EVALUATOR.determine(file, file.request(requestId).orElseThrow(
        () -> new IllegalArgumentException(file.caseId() + " has no request " + requestId)));
  }
}
