package org.imrengine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rationale.Rationale;
import org.imrengine.rationale.RationaleWriter;
import org.imrengine.rules.RuleBase;

/**
 * The entry point of imr-engine: reads case files, decides their disputed requests against a rule
 * base, and writes rationales.
 *
 * <pre>{@code
 * ImrEngine engine = ImrEngine.builtIn();
 * CaseFile file = engine.read(Path.of("case.json"));
 * for (Determination d : engine.determine(file)) {
 *   String text = d.outcome().label() + ": " + engine.rationale(d).text();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one engine between threads.
 */
public final class ImrEngine {
  private final Evaluator evaluator;

  private ImrEngine(RuleBase rules) {
    this.evaluator = new Evaluator(rules);
  }

  /** An engine with the rule base built into the library. */
  public static ImrEngine builtIn() {
    return new ImrEngine(RuleBase.builtIn());
  }

  /** An engine with {@code rules}, such as a rule base loaded with {@link RuleBase#load}. */
  public static ImrEngine of(RuleBase rules) {
    return new ImrEngine(Objects.requireNonNull(rules, "rules"));
  }

  /** The rule base in use. */
  public RuleBase rules() {
    return evaluator.rules();
  }

  /** The evaluator, for deciding single requests. */
  public Evaluator evaluator() {
    return evaluator;
  }

  /**
   * Reads and validates a case file, naming drugs of the rule base's drug vocabulary.
   *
   * @throws IOException if it cannot be read
   * @throws org.imrengine.model.CaseFileException if it is not a valid case file
   */
  public CaseFile read(Path file) throws IOException {
    return CaseFileReader.read(file, rules().drugs());
  }

  /** Determines every disputed request of {@code file}, in file order. */
  public List<Determination> determine(CaseFile file) {
    return evaluator.determineAll(file);
  }

  /** The letter-style rationale of {@code determination}. */
  public Rationale rationale(Determination determination) {
    return RationaleWriter.write(determination);
  }
}
