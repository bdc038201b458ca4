package org.imrengine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileException;
import org.imrengine.model.CaseFileProblem;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rationale.Rationale;
import org.imrengine.report.DeterminationJson;
import org.imrengine.report.TextReport;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the case reader and everything after it with mutations of the sample and written case
 * files: every input gives determinations that write as text and JSON, or a
 * {@link CaseFileException} naming the file, with every problem at a JSON path. CI runs a fixed
 * seed and budget; {@code -Dfuzz.iterations=1000000 -Dfuzz.seed=N} runs longer (docs/hardening.md).
 */
final class CaseReaderFuzzTest {
  private static final ImrEngine ENGINE = ImrEngine.builtIn();

  static List<String> seeds() {
    List<String> seeds = new ArrayList<>(Harness.seeds(Path.of("samples", "cases"), ".json"));
    if (Path.of("samples", "written").toFile().isDirectory()) {
      seeds.addAll(Harness.seeds(Path.of("samples", "written"), ".json"));
    }
    return seeds;
  }

  @Test
  void everyCase_givesDeterminationsOrProblemsNamingFileAndPlace() {
    ObjectMapper json = new ObjectMapper();
    Harness.run("case", Mutator.seed(13), Mutator.iterations("case", 1500), seeds(),
        (random, seeds) -> new Mutator(random, json, seeds), ".json", (seed, input) -> check(input));
  }

  static void check(String input) {
    CaseFile file;
    try {
      file = CaseFileReader.parse(input, "fuzz.json");
    } catch (CaseFileException e) {
      assertThat(e.file()).isEqualTo("fuzz.json");
      assertThat(e.problems()).isNotEmpty().allSatisfy(CaseReaderFuzzTest::named);
      assertThat(CaseFileReader.validate(input)).isEqualTo(e.problems());
      return;
    }
    assertThat(CaseFileReader.validate(input)).isEmpty();
    List<Determination> all = ENGINE.determine(file);
    assertThat(all).hasSameSizeAs(file.requests());
    for (Determination d : all) {
      Rationale rationale = ENGINE.rationale(d);
      assertThat(TextReport.write(d, rationale)).doesNotContain("\u001b", "\r");
    }
    assertThat(DeterminationJson.write(all, ENGINE::rationale)).startsWith("{");
  }

  private static void named(CaseFileProblem p) {
    assertThat(p.path()).startsWith("$");
    assertThat(p.message()).isNotBlank().doesNotContain("\u001b", "\n", "com.fasterxml", "Exception");
  }
}
