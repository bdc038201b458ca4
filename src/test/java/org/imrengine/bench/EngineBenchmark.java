package org.imrengine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Evaluator;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rationale.RationaleWriter;
import org.imrengine.rules.RuleBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the engine's steps take: loading the built-in rule base, reading a case file, deciding
 * a request (with its trace and advice), and writing a rationale. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:exec}; see the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
  private Evaluator evaluator;
  private CaseFile mriCase;
  private String caseJson;
  private Determination determination;

  @Setup
  public void setUp() throws IOException {
    evaluator = new Evaluator(RuleBase.builtIn());
    Path file = Path.of("samples/cases/003_04f9b0e14f6627f2.json");
    caseJson = Files.readString(file, StandardCharsets.UTF_8);
    mriCase = CaseFileReader.parse(caseJson, file.getFileName().toString());
    determination = evaluator.determine(mriCase, mriCase.requests().get(1));
  }

  /** Loading and validating the built-in rule base from the classpath. */
  @Benchmark
  public RuleBase loadRuleBase() {
    return RuleBase.builtIn();
  }

  /** Reading and validating one case file (three requests) from JSON text. */
  @Benchmark
  public CaseFile readCaseFile() {
    return CaseFileReader.parse(caseJson, "003.json");
  }

  /** Deciding all three requests of a case: selection, criteria trace, limits and advice. */
  @Benchmark
  public List<Determination> determineCase() {
    return evaluator.determineAll(mriCase);
  }

  /** Writing the rationale of one determination. */
  @Benchmark
  public Object writeRationale() {
    return RationaleWriter.write(determination);
  }
}
