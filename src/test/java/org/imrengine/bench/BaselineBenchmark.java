package org.imrengine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Advice;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Request;
import org.imrengine.rationale.Rationale;
import org.imrengine.report.DeterminationJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine beside a hand-written Java baseline ({@link HandWritten}) for three rules of
 * different families, in one run: the baseline, the engine deciding only (outcome and trace), with
 * the advice, with the rationale, and with the JSON document. Each case is a sample case whose
 * request the rule decides (Upheld, so the advice has work to do). Run with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.args=BaselineBenchmark}; the README's
 * Performance section reports the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BaselineBenchmark {
  @Param({"cervical_mri_initial", "epidural_steroid_injection", "physical_medicine"})
  public String rule;

  private ImrEngine engine;
  private CaseFile file;
  private Request request;

  @Setup
  public void setUp() throws IOException {
    engine = ImrEngine.builtIn();
    ObjectMapper json = new ObjectMapper();
    String sample;
    String requestId;
    switch (rule) {
      case "cervical_mri_initial":
        sample = "003_04f9b0e14f6627f2";
        requestId = "req-mri-cervical";
        break;
      case "epidural_steroid_injection":
        sample = "002_e0d4c6ef2efc9dc5";
        requestId = "req-lumbar-esi";
        break;
      default:
        sample = "003_04f9b0e14f6627f2";
        requestId = "req-pt-cervical";
    }
    ObjectNode c = (ObjectNode) json.readTree(Path.of("samples", "cases", sample + ".json").toFile());
    // The MRI request without its IV sedation add-on, so that one rule decides it.
    c.withArray("requests").forEach(r -> ((ObjectNode) r).remove("addOns"));
    file = CaseFileReader.parse(c.toString(), sample);
    request = file.requests().stream().filter(r -> r.id().equals(requestId)).findFirst().orElseThrow();
    Determination d = engine.evaluator().determine(file, request);
    if (!d.rule().orElseThrow().id().equals(rule) || d.parts().size() != 1
        || (d.outcome() == Outcome.OVERTURNED) != handWritten()) {
      throw new IllegalStateException("the benchmark case is not decided by " + rule + " alone, as the baseline");
    }
  }

  /** The hand-written rule: the outcome only. */
  @Benchmark
  public boolean handWritten() {
    switch (rule) {
      case "cervical_mri_initial":
        return HandWritten.noPriorMri(file, request) && HandWritten.cervicalMriInitial(file, request);
      case "epidural_steroid_injection":
        return HandWritten.epiduralSteroidInjection(file, request);
      default:
        return HandWritten.physicalMedicine(file, request);
    }
  }

  /** The engine deciding: selection, facts, the criteria trace and limits; no advice. */
  @Benchmark
  public Outcome decide() {
    return engine.evaluator().determine(file, request).outcome();
  }

  /** Deciding and working out what would change the outcome. */
  @Benchmark
  public Advice decideWithAdvice() {
    return engine.evaluator().determine(file, request).advice();
  }

  /** Deciding and writing the letter-style rationale (which includes the advice paragraph). */
  @Benchmark
  public Rationale decideWithRationale() {
    return engine.rationale(engine.evaluator().determine(file, request));
  }

  /** Deciding and writing the JSON document with trace, advice and rationale. */
  @Benchmark
  public String decideWithJson() {
    return DeterminationJson.write(List.of(engine.evaluator().determine(file, request)), engine::rationale);
  }
}
