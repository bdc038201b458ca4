package org.imrengine.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's library example is this package's {@link QuickStart}, compiled, run and shown as it is. */
final class QuickStartTest {
  private static final Path README = Path.of("README.md");
  private static final Path SOURCE = Path.of("src/test/java/org/imrengine/example/QuickStart.java");
  private static final Path CASE = Path.of("samples/written/release-quickstart.json");

  /** The fenced block that follows {@code marker} in the README. */
  private static String block(String marker) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int at = readme.indexOf(marker);
    assertThat(at).as("README has %s", marker).isNotNegative();
    int open = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
    int close = readme.indexOf("\n```\n", open);
    return readme.substring(open, close + 1);
  }

  private static String run() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      QuickStart.print(CASE, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void readme_showsTheExampleSourceAsItIs() throws IOException {
    assertThat(block("<!-- QuickStart.java -->"))
        .as("the README's Java block must be %s verbatim", SOURCE)
        .isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
  }

  @Test
  void example_printsAnUpheldWithAdviceAndAnOverturned() throws IOException {
    String out = run();

    assertThat(out).contains("Physical therapy for the lumbar spine, 3 times a week for 6 weeks: Upheld\n"
        + "  based on MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 98-99\n");
    assertThat(out).containsPattern("(?m)^  would change it: .*at most 10 visits");
    assertThat(out).contains("Lumbar Epidural Injection to the L4-L5, L5-S1 Area: Overturned\n")
        .contains("is medically necessary.\n");
    assertThat(out).doesNotContain("Citation[");
  }

  @Test
  void readme_showsTheExampleOutputAsItIs() throws IOException {
    assertThat(block("<!-- QuickStart output -->"))
        .as("README's quick-start output is stale; replace it with the output of: java -cp"
            + " target/test-classes:target/classes:<dependencies> org.imrengine.example.QuickStart"
            + " (or the 'actual' text of this failure)")
        .isEqualTo(run());
  }
}
