package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.model.CaseFile;
import org.imrengine.rationale.RationaleWriter;
import org.imrengine.report.DeterminationJson;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Determinations are a pure function of the case, the request and the rule base: every sample case
 * evaluated 50 times in a row, and from 8 threads at once sharing one evaluator, gives equal
 * {@link Determination}s, equal unmet lists and advice, equal {@code toString()}s and byte-identical
 * JSON ({@link DeterminationJson}). The JSON is also byte-identical in a second JVM (whose hash
 * seeds differ) and with a second load of the built-in rule base.
 */
class DeterminismTest {
  private static final int RUNS = 50;
  private static final int THREADS = 8;

  /** Everything compared between two evaluations of one case. */
  record Snapshot(List<Determination> determinations, List<String> unmet, List<String> advice,
      List<String> strings, byte[] json) {}

  static Snapshot snapshot(Evaluator evaluator, CaseFile file) {
    List<Determination> ds = evaluator.determineAll(file);
    return new Snapshot(ds,
        ds.stream().map(d -> d.unmet().toString()).collect(Collectors.toList()),
        ds.stream().map(d -> d.advice().toString()).collect(Collectors.toList()),
        ds.stream().map(Determination::toString).collect(Collectors.toList()),
        json(ds));
  }

  static byte[] json(List<Determination> ds) {
    return DeterminationJson.write(ds, RationaleWriter::write).getBytes(StandardCharsets.UTF_8);
  }

  static void assertSameAs(Snapshot baseline, Snapshot other, String what) {
    assertThat(other.determinations()).as("determinations, %s", what).isEqualTo(baseline.determinations());
    assertThat(other.unmet()).as("unmet, %s", what).isEqualTo(baseline.unmet());
    assertThat(other.advice()).as("advice, %s", what).isEqualTo(baseline.advice());
    assertThat(other.strings()).as("toString, %s", what).isEqualTo(baseline.strings());
    assertThat(other.json()).as("JSON bytes, %s", what).isEqualTo(baseline.json());
  }

  static Stream<Arguments> cases() {
    return Samples.all().stream().map(f -> Arguments.of(Named.of(f.caseId(), f)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sequentialEvaluationsAreIdentical(CaseFile file) {
    Snapshot baseline = snapshot(Samples.EVALUATOR, file);
    for (int i = 1; i <= RUNS; i++) {
      assertSameAs(baseline, snapshot(Samples.EVALUATOR, file), file.caseId() + " sequential run " + i);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(120)
  void concurrentEvaluationsAreIdentical(CaseFile file) throws Exception {
    Snapshot baseline = snapshot(Samples.EVALUATOR, file);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Snapshot>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<Snapshot> out = new ArrayList<>();
          for (int i = 0; i < RUNS; i++) {
            out.add(snapshot(Samples.EVALUATOR, file));
          }
          return out;
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<Snapshot> got = futures.get(t).get(60, TimeUnit.SECONDS);
        assertThat(got).hasSize(RUNS);
        for (int i = 0; i < got.size(); i++) {
          assertSameAs(baseline, got.get(i), file.caseId() + " thread " + t + " run " + (i + 1));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One set of determinations, made once and then read from 8 threads at the same moment: their
   * facts are derived when first read, and their advice when first asked for, so the threads race
   * to derive the same facts and advice. Every thread sees what a single thread sees on determinations
   * made afresh.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sharedDeterminationsReadFromManyThreadsAtOnceAreIdentical() throws Exception {
    List<Determination> fresh = new ArrayList<>();
    List<Determination> shared = new ArrayList<>();
    for (CaseFile f : Samples.all()) {
      fresh.addAll(Samples.EVALUATOR.determineAll(f));
      shared.addAll(Samples.EVALUATOR.determineAll(f));
    }
    byte[] expected = json(fresh);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<byte[]>> reads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Determination> order = new ArrayList<>(shared);
        Collections.shuffle(order, new Random(t));
        reads.add(pool.submit(() -> {
          start.await();
          // Each thread asks in its own order, so they race on different determinations first.
          order.forEach(Determination::advice);
          return json(shared);
        }));
      }
      start.countDown();
      for (Future<byte[]> read : reads) {
        assertThat(read.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** All cases at once, interleaved in a fixed shuffled order over 8 threads and a parallel stream. */
  @Test
  @Timeout(120)
  void interleavedEvaluationsOfAllCasesAreIdentical() throws Exception {
    List<CaseFile> files = Samples.all();
    Map<String, Snapshot> baselines = new LinkedHashMap<>();
    files.forEach(f -> baselines.put(f.caseId(), snapshot(Samples.EVALUATOR, f)));
    List<CaseFile> work = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      work.addAll(files);
    }
    Collections.shuffle(work, new Random(20261121L));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int i = 0; i < work.size(); i++) {
        CaseFile f = work.get(i);
        int n = i;
        all.add(CompletableFuture.runAsync(() -> assertSameAs(baselines.get(f.caseId()),
            snapshot(Samples.EVALUATOR, f), f.caseId() + " interleaved task " + n), pool));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    work.parallelStream().forEach(f -> assertSameAs(baselines.get(f.caseId()), snapshot(Samples.EVALUATOR, f),
        f.caseId() + " parallel stream"));
  }

  /** A second load of the built-in rules gives equal determinations and the same JSON bytes. */
  @Test
  void aSecondLoadOfTheRuleBaseGivesTheSameDeterminations() {
    Evaluator other = new Evaluator(RuleBase.builtIn());
    for (CaseFile f : Samples.all()) {
      Snapshot a = snapshot(Samples.EVALUATOR, f);
      Snapshot b = snapshot(other, f);
      assertThat(b.determinations()).as("determinations of %s", f.caseId()).isEqualTo(a.determinations());
      assertThat(b.json()).as("JSON of %s", f.caseId()).isEqualTo(a.json());
    }
  }

  /**
   * The JSON of every sample is byte-identical when written by another JVM, whose hash seeds (the
   * iteration order of {@code Set.of}/{@code Map.of}) differ from this one's.
   */
  @Test
  @Timeout(180)
  void jsonIsByteIdenticalInAnotherJvm() throws Exception {
    byte[] here = allJson();
    for (int run = 1; run <= 2; run++) {
      byte[] there = runChildJvm();
      assertThat(new String(there, StandardCharsets.UTF_8)).as("JSON written by child JVM %d", run)
          .isEqualTo(new String(here, StandardCharsets.UTF_8));
    }
  }

  static byte[] allJson() {
    List<Determination> ds = new ArrayList<>();
    for (CaseFile f : Samples.all()) {
      ds.addAll(Samples.EVALUATOR.determineAll(f));
    }
    return json(ds);
  }

  /**
   * Runs {@link ChildJvm}. Retried once when the child cannot load a class: in a shared working
   * copy another build may be rewriting {@code target/classes} at that moment.
   */
  private static byte[] runChildJvm() throws IOException, InterruptedException {
    try {
      return runChildJvmOnce();
    } catch (AssertionError e) {
      if (String.valueOf(e.getMessage()).contains("NoClassDefFoundError")
          || String.valueOf(e.getMessage()).contains("ClassNotFoundException")) {
        Thread.sleep(5000);
        return runChildJvmOnce();
      }
      throw e;
    }
  }

  private static byte[] runChildJvmOnce() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command()
        .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ChildJvm.class.getName());
    pb.directory(new File(".").getAbsoluteFile());
    pb.redirectErrorStream(false);
    Process p = pb.start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    byte[] out = readAll(p.getInputStream());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    assertThat(p.exitValue()).as("child JVM exit; stderr: %s", new String(err.join(), StandardCharsets.UTF_8))
        .isZero();
    return out;
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the JSON of every sample to standard output (run in a separate JVM by the test above). */
  static final class ChildJvm {
    private ChildJvm() {}

    public static void main(String[] args) throws IOException {
      System.out.write(allJson());
      System.out.flush();
    }
  }
}
