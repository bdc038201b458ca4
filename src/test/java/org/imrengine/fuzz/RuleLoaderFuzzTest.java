package org.imrengine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.Problem;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.RuleLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the rule loader with mutations of the built-in rule files, one file of a copy of
 * {@code rules/} at a time: every directory loads (and then decides the sample cases) or fails with
 * a {@link RuleLoadException} whose every problem names a file of the directory, in the loader's
 * own words.
 */
final class RuleLoaderFuzzTest {
  private static final Path RULES = Path.of("rules");
  private static final List<String> FILES = List.of("index.yaml", "facts/core.yaml",
      "mtus-acoem-ch8-neck.yaml", "mtus-chronic-pain.yaml", "odg-neck.yaml");

  @Test
  void everyRuleDirectory_loadsOrNamesFileAndPlace(@TempDir Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    List<String> seeds = new ArrayList<>();
    copy(RULES, dir, names);
    for (String name : names) {
      seeds.add(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
    }
    List<CaseFile> cases = new ArrayList<>();
    for (Path p : Files.list(Path.of("samples", "cases")).sorted().toList()) {
      cases.add(CaseFileReader.read(p));
    }
    YAMLMapper yaml = new YAMLMapper();
    int[] changed = {-1};
    Harness.run("rules", Mutator.seed(13), Mutator.iterations("rules", 60), seeds,
        (random, s) -> new Mutator(random, yaml, s), ".yaml", (seed, input) -> {
          if (changed[0] >= 0) {
            write(dir.resolve(names.get(changed[0])), seeds.get(changed[0]));
          }
          changed[0] = seed;
          write(dir.resolve(names.get(seed)), input);
          check(dir, names, cases);
        });
  }

  private static void check(Path dir, List<String> names, List<CaseFile> cases) throws IOException {
    RuleBase rules;
    try {
      rules = RuleBase.load(dir);
    } catch (RuleLoadException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> named(p, names));
      return;
    }
    ImrEngine engine = ImrEngine.of(rules);
    for (CaseFile file : cases) {
      for (Determination d : engine.determine(file)) {
        engine.rationale(d);
      }
    }
  }

  private static void named(Problem p, List<String> names) {
    assertThat(p.file()).isNotBlank();
    assertThat(p.line()).isNotNegative();
    assertThat(p.message()).isNotBlank()
        .doesNotContain("com.fasterxml", "org.yaml", "snakeyaml", "Exception", "\u001b");
  }

  /** Copies the rule files (not the tests) of {@code from} to {@code to}, naming each in {@code names}. */
  private static void copy(Path from, Path to, List<String> names) throws IOException {
    for (String name : FILES) {
      Path target = to.resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(name), target);
      names.add(name);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
