package org.imrengine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.RuleLoadException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The fact compiler's errors: each fixture of {@code src/test/resources/facts-invalid/} breaks one
 * thing, and the problem names the file, the place in it and what is wrong.
 */
final class FactCompileTest {
  private static final Path INVALID = Path.of("src", "test", "resources", "facts-invalid");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      unknown-list             | facts[id=prior_surgery].items             | unknown list 'operations' (known: claimant, conditions, diagnoses, events,
      unknown-field            | facts[id=prior_mri].where.modality        | unknown field 'modality' (known: codes, date, dateSpan
      quantity-reducer-on-flag | facts[id=relief].quantity                 | 'quantity' gives a quantity, but the fact is a flag
      value-outside-vocabulary | facts[id=sensory_deficit].present.result  | unknown value 'positive' of 'result' (expected one of abnormal, normal)
      unknown-scope            | facts[id=prior_xray].scope                | unknown scope 'regional_imaging' (a scope must be defined before it is used; known: regional_studies)
      fallback-cycle           | facts[id=radiculopathy].otherwise         | the fact falls back on itself: radiculopathy -> corroborating_study -> radiculopathy
      bad-template-field       | facts[id=red_flag].describe               | unknown field 'kinds' (known: codes, date, dateSpan
      reason-with-item-field   | facts[id=red_flag].otherwise              | a reason may use only $request fields, such as {$request.service}
      unknown-fallback-fact    | facts[id=radiculopathy].otherwise         | unknown fact 'corroborating_studies'
      side-of-a-region         | facts[id=effusion].where.region.sideOf    | 'region' is not a side: sideOf needs a side field
      side-of-a-literal        | facts[id=effusion].where.side.sideOf      | expected a side of the request, such as $request.side
      """)
  void compile_invalidFactFile_namesFilePlaceAndProblem(String fixture, String place, String message) throws IOException {
    String file = fixture + ".yaml";
    List<String> problems = compile(file);

    assertThat(problems).as("problems of %s", file).isNotEmpty()
        .anySatisfy(p -> assertThat(p).startsWith(file + " " + place + ": " + message));
  }

  @Test
  void compile_fallbackCycle_reportsEachFactOfTheCycle() throws IOException {
    assertThat(compile("fallback-cycle.yaml")).containsExactly(
        "fallback-cycle.yaml facts[id=radiculopathy].otherwise: the fact falls back on itself:"
            + " radiculopathy -> corroborating_study -> radiculopathy",
        "fallback-cycle.yaml facts[id=corroborating_study].otherwise: the fact falls back on itself:"
            + " corroborating_study -> radiculopathy -> corroborating_study");
  }

  @Test
  void compile_unknownList_isTheOnlyProblem() throws IOException {
    assertThat(compile("unknown-list.yaml")).hasSize(1);
  }

  @Test
  void load_ruleDirectoryWithABrokenFactFile_namesTheFactFileAndPlace() {
    assertThatThrownBy(() -> RuleBase.load(INVALID.resolve("rule-dir"))).isInstanceOf(RuleLoadException.class)
        .hasMessageContaining("facts/unknown-list.yaml facts[id=prior_surgery].items: unknown list 'operations'");
  }

  /** The problems of compiling fixture {@code file} alone, each as {@code FILE PATH: MESSAGE}. */
  private static List<String> compile(String file) throws IOException {
    List<String> problems = new ArrayList<>();
    FactCatalog.Source source = new FactCatalog.Source(file, new YAMLMapper().readTree(INVALID.resolve(file).toFile()));
    FactCatalog.compile(List.of(source), (f, path, message) -> problems.add(f + " " + path + ": " + message));
    return problems;
  }
}
