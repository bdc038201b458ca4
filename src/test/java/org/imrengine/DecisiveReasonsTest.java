package org.imrengine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.imrengine.evaluation.Determination;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each disputed item, the criteria the letter's rationale gives as reasons (listed in
 * {@code decisive-reasons.yaml}) are all among the engine's unmet criteria.
 */
final class DecisiveReasonsTest {
  private static final ImrEngine ENGINE = ImrEngine.builtIn();

  record Reasons(String letter, String request, Map<String, String> reasons) {}

  static List<Reasons> fixture() throws IOException {
    try (InputStream in = DecisiveReasonsTest.class.getResourceAsStream("/decisive-reasons.yaml")) {
      return new YAMLMapper().readValue(in, new TypeReference<List<Reasons>>() {});
    }
  }

  static List<Arguments> items() throws IOException {
    return fixture().stream()
        .map(r -> Arguments.of(Named.of(r.letter().substring(0, 3) + " " + r.request(), r)))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void unmetCriteria_includeEveryReasonTheLetterGives(Reasons expected) {
    CaseFile file = Samples.cases().stream()
        .filter(c -> c.caseId().equals(expected.letter()))
        .findFirst().orElseThrow();
    Request request = file.request(expected.request()).orElseThrow();
    Determination d = ENGINE.evaluator().determine(file, request);
    assertThat(d.unmet()).containsAll(expected.reasons().keySet());
  }

  @Test
  void fixture_coversEveryDisputedItem() throws IOException {
    assertThat(fixture()).hasSize(Samples.ITEMS);
    assertThat(fixture()).allSatisfy(r -> assertThat(r.reasons()).isNotEmpty());
  }
}
