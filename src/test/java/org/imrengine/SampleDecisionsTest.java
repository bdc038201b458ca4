package org.imrengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrengine.evaluation.Determination;
import org.imrengine.rules.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each disputed item of the five sample letters, decided by the engine: one test per item, so a
 * wrong decision stays visible by name. The expected outcome and citation are read from the letter.
 */
final class SampleDecisionsTest {
  private static final ImrEngine ENGINE = ImrEngine.builtIn();

  static List<Samples.Item> items() {
    return Samples.items();
  }

  private static Determination decide(Samples.Item item) {
    return ENGINE.evaluator().determine(item.caseFile(), item.request());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void determine_sampleItem_outcomeMatchesLetter(Samples.Item item) {
    assertThat(decide(item).outcome()).isEqualTo(item.decision().outcome());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void determine_sampleItem_citationMatchesLettersImrGuideline(Samples.Item item) {
    Citation letter = item.decision().citation();
    Citation engine = decide(item).citation().orElseThrow(() -> new AssertionError("no rule chosen"));
    assertThat(engine.guideline()).as("guideline").isEqualTo(letter.guideline());
    if (letter.chapter().isPresent()) {
      assertThat(engine.chapter()).as("chapter").isEqualTo(letter.chapter());
    }
    assertThat(engine.sharesPageWith(letter))
        .as("engine pages %s overlap letter pages %s", engine.pages(), letter.pages())
        .isTrue();
  }

  @Test
  void samples_areAllRead() {
    assertThat(items()).hasSize(Samples.ITEMS);
    assertThat(Samples.cases()).hasSize(Samples.LETTERS);
  }
}
