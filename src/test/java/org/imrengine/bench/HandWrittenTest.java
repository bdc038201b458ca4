package org.imrengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imrengine.ImrEngine;
import org.imrengine.concordance.SyntheticCorpus;
import org.imrengine.evaluation.RuleTestCases;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written baselines of the benchmark decide as the engine does: over every rule test's
 * case (upheld and overturned variants) and a seeded synthetic corpus, every request the engine
 * decides by one of the three rules gets the same outcome.
 */
final class HandWrittenTest {
  @Test
  void handWrittenRules_agreeWithTheEngine(@TempDir Path dir) throws IOException {
    SyntheticCorpus.write(Path.of("samples", "cases"), dir, 300, 42);
    ImrEngine engine = ImrEngine.builtIn();
    Map<String, int[]> tally = new TreeMap<>();
    List<String> disagreements = new java.util.ArrayList<>();
    List<RuleTestCases.Case> cases = new java.util.ArrayList<>(RuleTestCases.all());
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        CaseFile read = CaseFileReader.read(p);
        read.requests().forEach(r -> cases.add(new RuleTestCases.Case(p.getFileName().toString(), read, r)));
      }
    }
    {
      for (RuleTestCases.Case c : cases) {
        CaseFile file = c.file();
        for (Request r : List.of(c.request())) {
          Determination d = engine.evaluator().determine(file, r);
          String rule = d.rule().map(x -> x.id()).orElse("");
          Boolean hand = switch (rule) {
            case "cervical_mri_initial" -> HandWritten.cervicalMriInitial(file, r);
            case "epidural_steroid_injection" -> HandWritten.epiduralSteroidInjection(file, r);
            case "physical_medicine" -> HandWritten.physicalMedicine(file, r);
            default -> null;
          };
          // the baseline encodes one edition of each rule: the 2004 chapter 8, the 2009 CPMTG
          boolean edition = d.rule().map(x -> x.edition().from().getYear() <= 2009).orElse(false);
          if (hand == null || d.parts().size() > 1 || !edition) {
            continue;
          }
          int[] t = tally.computeIfAbsent(rule, k -> new int[3]);
          t[0]++;
          if (d.outcome() == Outcome.OVERTURNED) {
            t[2]++;
          }
          if (hand == (d.outcome() == Outcome.OVERTURNED)) {
            t[1]++;
          } else if (disagreements.size() < 10) {
            disagreements.add(c.name() + " " + r.id() + " " + rule + " engine " + d.outcome() + " unmet " + d.unmet());
          }
        }
      }
    }
    assertThat(tally).containsOnlyKeys("cervical_mri_initial", "epidural_steroid_injection", "physical_medicine");
    tally.forEach((rule, t) -> {
      assertThat(t[1]).as(rule + " agreement, " + disagreements).isEqualTo(t[0]);
      assertThat(t[2]).as(rule + " overturned cases compared").isPositive();
    });
  }
}
