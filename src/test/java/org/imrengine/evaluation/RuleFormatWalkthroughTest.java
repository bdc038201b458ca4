package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/rule-format.md ("Adding a rule") is true: its files, written into a
 * directory exactly as the document shows them, load as a rule base, and its tests pass.
 */
class RuleFormatWalkthroughTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- walkthrough: (\\S+) -->\\R```yaml\\R(.*?)```", Pattern.DOTALL);

  static Map<String, String> blocks() throws IOException {
    String doc = Files.readString(Path.of("docs", "rule-format.md"), StandardCharsets.UTF_8);
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  void theWorkedExampleLoadsAndItsTestsPass(@TempDir Path dir) throws IOException {
    Map<String, String> files = blocks();
    assertThat(files).containsOnlyKeys("example-acoem-ch12.yaml", "index.yaml", "tests/example-acoem-ch12.yaml");
    for (var e : files.entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }

    RuleBase rules = RuleBase.load(dir);

    assertThat(rules.ruleIds()).containsExactly("example_lumbar_x_ray");
    List<RuleTests.Located> tests = RuleTests.read(dir.resolve("tests/example-acoem-ch12.yaml"));
    assertThat(tests).hasSize(2);
    assertThat(RuleTestsTest.missingOutcomes(tests, rules.ruleIds())).isEmpty();
    for (RuleTests.Located t : tests) {
      RuleTestsTest.check(t, rules);
    }
  }
}
