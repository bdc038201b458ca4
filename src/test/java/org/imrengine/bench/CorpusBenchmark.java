package org.imrengine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imrengine.cli.Cli;
import org.imrengine.concordance.SyntheticCorpus;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code concordance} over a directory of 10 000 generated cases, in one process on a small fixed
 * heap (so a run that held the corpus would fail): reports determinations per second as the
 * {@code determinations} counter. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.args=CorpusBenchmark}; see the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class CorpusBenchmark {
  private static final int CASES = 10_000;

  private Path dir;
  private long requests;

  /** Determinations made, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long determinations;
  }

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dir = Files.createTempDirectory("imr-corpus");
    requests = SyntheticCorpus.write(Path.of("samples/cases"), dir, CASES, 20261121L);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** One concordance run over the whole directory, its report discarded. */
  @Benchmark
  public int concordanceDirectory(Counts counts) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    int exit = new Cli(none, none).run("concordance", "--by", "rule", dir.toString());
    if (exit != Cli.OK) {
      throw new IllegalStateException("concordance exited " + exit);
    }
    counts.determinations += requests;
    return exit;
  }
}
