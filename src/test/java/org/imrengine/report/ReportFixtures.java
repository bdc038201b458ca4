package org.imrengine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Advice;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Part;
import org.imrengine.evaluation.Selection;
import org.imrengine.model.Service;
import org.imrengine.rationale.Rationale;
import org.imrengine.rules.RuleBase;

/** The sample cases decided by the built-in engine, and hand-made determinations. */
final class ReportFixtures {
  static final ImrEngine ENGINE = ImrEngine.builtIn();
  static final Path CASES = Path.of("samples", "cases");

  private ReportFixtures() {}

  /** Every determination of every sample case, in file and request order. */
  static List<Determination> samples() {
    List<Determination> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.addAll(ENGINE.determine(ENGINE.read(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The determination of {@code requestId} in the sample case whose id starts with {@code number}. */
  static Determination sample(String number, String requestId) {
    return samples().stream()
        .filter(d -> d.caseId().startsWith(number) && d.requestId().equals(requestId))
        .findFirst().orElseThrow();
  }

  /** A determination no rule decided. */
  static Determination noApplicableRule() {
    Part part = new Part(Service.of("office_visit"), Outcome.NO_APPLICABLE_RULE, new Selection(List.of()),
        Optional.empty(), Optional.empty(), List.of());
    return new Determination("case-x", "req-x", "Office visit", Outcome.NO_APPLICABLE_RULE,
        LocalDate.of(2015, 3, 2), new RuleBase.Identity("test", "0123456789abcdef0123"),
        List.of(part), Advice.none());
  }

  /** {@code d} as if its request had been found medically necessary. */
  static Determination overturned(Determination d) {
    return new Determination(d.caseId(), d.requestId(), d.description(), Outcome.OVERTURNED,
        d.decisionDate(), d.ruleBase(), d.parts(), Advice.none());
  }

  /** A rationale with fixed paragraphs, independent of the rationale writer. */
  static Rationale rationale(Optional<String> advice) {
    return new Rationale("The guideline requires X.", "The record shows Y.", "Not medically necessary.",
        advice);
  }
}
