package org.imrengine.bench;

import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Request;
import org.imrengine.rationale.Rationale;
import org.imrengine.report.DeterminationJsonStream;

/**
 * Where the time of a corpus run goes, phase by phase, in thread CPU time on one thread: reading
 * the case files (JSON text to cases), deciding, the advice, the rationale and writing the JSON
 * document; and the bytes each phase allocates per request. Usage (after {@code ./mvnw -q -B -ntp -o package -DskipTests} and {@code bench/volume.sh}
 * or {@code VolumeCorpus}): {@code java -cp target/imr-engine-cli.jar:target/test-classes
 * org.imrengine.bench.Phases DIR [ROUNDS]}.
 */
public final class Phases {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Phases() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        texts.add(Files.readString(p));
      }
    }
    ImrEngine engine = ImrEngine.builtIn();
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu();
      long a0 = allocated();
      List<CaseFile> cases = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        cases.add(CaseFileReader.parse(texts.get(i), "case-" + i));
      }
      long t1 = cpu();
      long a1 = allocated();
      List<Determination> ds = new ArrayList<>();
      for (CaseFile c : cases) {
        for (Request q : c.requests()) {
          ds.add(engine.evaluator().determine(c, q));
        }
      }
      long t2 = cpu();
      long a2 = allocated();
      for (Determination d : ds) {
        d.advice();
      }
      long t3 = cpu();
      long a3 = allocated();
      List<Rationale> rs = new ArrayList<>();
      for (Determination d : ds) {
        rs.add(engine.rationale(d));
      }
      long t4 = cpu();
      long a4 = allocated();
      StringWriter out = new StringWriter();
      try (DeterminationJsonStream json = new DeterminationJsonStream(out)) {
        for (int i = 0; i < ds.size(); i++) {
          json.add(ds.get(i), rs.get(i));
        }
      }
      long t5 = cpu();
      long a5 = allocated();
      int n = ds.size();
      System.out.println(String.format(Locale.ROOT,
          "%d requests, us per request: read %.1f  decide %.1f  advice %.1f  rationale %.1f  json %.1f  (json %.0f bytes/request)",
          n, us(t1 - t0, n), us(t2 - t1, n), us(t3 - t2, n), us(t4 - t3, n), us(t5 - t4, n), out.getBuffer().length() / (double) n));
      System.out.println(String.format(Locale.ROOT,
          "%d requests, KB allocated per request: read %.0f  decide %.0f  advice %.0f  rationale %.0f  json %.0f",
          n, kb(a1 - a0, n), kb(a2 - a1, n), kb(a3 - a2, n), kb(a4 - a3, n), kb(a5 - a4, n)));
    }
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Bytes allocated by this thread so far (HotSpot's thread MXBean). */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) THREADS).getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static double kb(long bytes, int n) {
    return bytes / 1024.0 / n;
  }

  private static double us(long nanos, int n) {
    return nanos / 1000.0 / n;
  }
}
