package org.imrengine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.imrengine.letters.Letter;
import org.imrengine.letters.LetterParseException;
import org.imrengine.letters.LetterParser;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the letter reader with mutations of the sample letters: every input gives a letter with
 * at least one decision, or a {@link LetterParseException} naming a line of the text.
 */
final class LetterReaderFuzzTest {
  @Test
  void everyLetter_givesDecisionsOrAnErrorNamingItsLine() {
    ObjectMapper unused = new ObjectMapper(); // letters are text: tree mutations never apply
    Harness.run("letter", Mutator.seed(13), Mutator.iterations("letter", 2000),
        Harness.seeds(Path.of("samples", "letters"), ".txt"),
        (random, seeds) -> new Mutator(random, unused, seeds), ".txt", (seed, input) -> check(input));
  }

  private static void check(String input) {
    Letter letter;
    try {
      letter = LetterParser.parse(input);
    } catch (LetterParseException e) {
      long lines = input.lines().count();
      assertThat(e.lineNumber()).isBetween(1, (int) Math.max(1, lines + 1));
      assertThat(e.problem()).isNotBlank().doesNotContain("\u001b", "Exception");
      return;
    }
    assertThat(letter.decisions()).isNotEmpty();
  }
}
