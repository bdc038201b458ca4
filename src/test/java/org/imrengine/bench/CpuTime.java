package org.imrengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The {@link BaselineBenchmark} measured in thread CPU time instead of wall time, for a machine
 * shared with other work (where JMH's wall-clock error bars swamp the differences): each variant
 * is warmed up, then run in rounds, and the mean CPU microseconds per operation is printed with
 * the standard deviation over the rounds. Usage (after {@code ./mvnw -q -B -ntp -o package
 * -DskipTests}): {@code java -cp target/imr-engine-cli.jar:target/test-classes
 * org.imrengine.bench.CpuTime [WARMUP_SECONDS] [ROUNDS]}.
 */
public final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTime() {}

  public static void main(String[] args) throws Exception {
    long warmup = args.length > 0 ? Long.parseLong(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    System.out.println("rule                        variant              cpu us/op   stdev   (x baseline)");
    for (String rule : List.of("cervical_mri_initial", "epidural_steroid_injection", "physical_medicine")) {
      BaselineBenchmark b = new BaselineBenchmark();
      b.rule = rule;
      b.setUp();
      List<String> names = List.of("handWritten", "decide", "decideWithAdvice", "decideWithRationale", "decideWithJson");
      List<Supplier<Object>> variants = List.of(b::handWritten, b::decide, b::decideWithAdvice,
          b::decideWithRationale, b::decideWithJson);
      double base = 0;
      for (int v = 0; v < variants.size(); v++) {
        double[] stats = measure(variants.get(v), warmup, rounds);
        if (v == 0) {
          base = stats[0];
        }
        System.out.println(String.format(Locale.ROOT, "%-27s %-20s %9.2f %7.2f   %8.0f", rule, names.get(v),
            stats[0], stats[1], stats[0] / base));
      }
    }
  }

  /** Mean and standard deviation, over rounds of at least 0.5 s of CPU, of CPU microseconds per call. */
  private static double[] measure(Supplier<Object> op, long warmupSeconds, int rounds) {
    Object sink = null;
    long until = THREADS.getCurrentThreadCpuTime() + warmupSeconds * 1_000_000_000L;
    while (THREADS.getCurrentThreadCpuTime() < until) {
      for (int i = 0; i < 100; i++) {
        sink = op.get();
      }
    }
    List<Double> perOp = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long start = THREADS.getCurrentThreadCpuTime();
      long n = 0;
      while (THREADS.getCurrentThreadCpuTime() - start < 500_000_000L) {
        for (int i = 0; i < 100; i++) {
          sink = op.get();
        }
        n += 100;
      }
      perOp.add((THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / n);
    }
    if (sink == null) {
      throw new IllegalStateException("no result");
    }
    double mean = perOp.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = perOp.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, perOp.size() - 1);
    return new double[] {mean, Math.sqrt(var)};
  }
}
