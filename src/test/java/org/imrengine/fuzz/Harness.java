package org.imrengine.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a fuzz target over mutated inputs and fails on the first input that breaks the invariant:
 * every input gives a result or the reader's typed error naming the file and place, never another
 * exception. A failing input is saved under {@code target/fuzz-failures/} with the seed and
 * iteration that made it, so {@code -Dfuzz.seed} reproduces the run.
 */
final class Harness {
  private static final Path FAILURES = Path.of("target", "fuzz-failures");

  /**
   * What a fuzz target does with one input, a mutation of the seed at {@code seed}; it throws
   * AssertionError when the invariant fails.
   */
  interface Target {
    void run(int seed, String input) throws Exception;
  }

  private Harness() {}

  /** The text of every file of {@code dir} whose name ends in {@code suffix}, by name. */
  static List<String> seeds(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList())) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code target} on {@code iterations} mutations of {@code seeds} (every seed unmutated
   * first) drawn from {@code seed}.
   */
  static void run(String name, long seed, int iterations, List<String> seeds, Mutator.Factory factory,
      String suffix, Target target) {
    SplittableRandom random = new SplittableRandom(seed);
    Mutator mutator = factory.create(random, seeds);
    for (int i = 0; i < iterations; i++) {
      int from = i < seeds.size() ? i : random.nextInt(seeds.size());
      String input = i < seeds.size() ? seeds.get(i) : mutator.mutate(seeds.get(from), seeds);
      try {
        target.run(from, input);
      } catch (Throwable t) {
        Path saved = save(name + "-" + seed + "-" + i + suffix, input);
        fail("fuzz " + name + " seed " + seed + " iteration " + i + ": " + t + " (input saved in "
            + saved + ")", t);
      }
    }
  }

  private static Path save(String file, String input) {
    try {
      Files.createDirectories(FAILURES);
      Path out = FAILURES.resolve(file);
      Files.writeString(out, input, StandardCharsets.UTF_8);
      return out;
    } catch (IOException e) {
      return Path.of("(not saved: " + e.getMessage() + ")");
    }
  }
}
