package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrengine.model.CaseFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression tests for rule files and rule directories written to break the loader (issue 13):
 * every one loads or fails with problems naming file, line and place, in the loader's own words.
 */
final class HostileRuleFileTest {
  private static final Path BASELINE = Path.of("src", "test", "resources", "rules-invalid", "baseline");

  private static Path baseline(Path dir) throws IOException {
    IncludeTest.copy(BASELINE, dir);
    return dir;
  }

  private static String baselineText() throws IOException {
    return Files.readString(BASELINE.resolve("baseline.yaml"), StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<Problem> problems(Path dir) {
    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));
    assertThat(e).as("the rule base should not load").isNotNull();
    return e.problems();
  }

  // ---- YAML the rule format refuses ---------------------------------------------------------

  @Test
  void alias_isRefused_notReadAsTheAnchorName(@TempDir Path dir) throws IOException {
    write(baseline(dir).resolve("baseline.yaml"), baselineText()
        .replace("    text: a red flag", "    text: &words a red flag")
        .replace("          text: failed conservative care", "          text: *words"));

    assertThat(problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("baseline.yaml");
      assertThat(p.line()).isEqualTo(30);
      assertThat(p.path()).isEqualTo("rules[0].criteria.all[1].text");
      assertThat(p.message()).startsWith("a YAML alias (*words): rule files do not use anchors and aliases");
    });
  }

  @Test
  void anchorOnAMapping_isRefused(@TempDir Path dir) throws IOException {
    write(baseline(dir).resolve("baseline.yaml"), baselineText()
        .replace("  - id: red_flag\n", "  - &flag\n    id: red_flag\n"));

    assertThat(problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("shared[0]");
      assertThat(p.message()).startsWith("a YAML anchor (&flag)");
    });
  }

  @Test
  void deepNesting_isRefusedAtTheDocumentedDepth(@TempDir Path dir) throws IOException {
    // 100 000 nested criteria overflowed the stack before this limit (the file is under 1 MB).
    baseline(dir);
    for (int depth : new int[] {RuleReader.MAX_DEPTH + 1, 100_000}) {
      write(dir.resolve("baseline.yaml"), baselineText().replace("        - ref: red_flag\n",
          "        - " + "{not: ".repeat(depth) + "{ref: red_flag}" + "}".repeat(depth) + "\n"));

      assertThat(problems(dir)).as("depth %s", depth).singleElement().satisfies(p -> {
        assertThat(p.line()).isEqualTo(28);
        assertThat(p.message()).isEqualTo("nested deeper than 64 mappings and lists (the limit of a rule file)");
        assertThat(p.path()).startsWith("rules[0].criteria.all[0].not.not").hasSizeLessThan(130);
      });
    }
  }

  /** 990 nested criteria loaded on a 1 MB stack and overflowed a 512 KB one before the limit. */
  @Test
  void deepNesting_onASmallStack_isRefusedNotOverflowed(@TempDir Path dir) throws Exception {
    write(baseline(dir).resolve("baseline.yaml"), baselineText().replace("        - ref: red_flag\n",
        "        - " + "{not: ".repeat(990) + "{ref: red_flag}" + "}".repeat(990) + "\n"));
    Throwable[] thrown = new Throwable[1];
    Thread small = new Thread(null, () -> {
      try {
        RuleBase.load(dir);
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, "small-stack", 512 * 1024);
    small.start();
    small.join();

    assertThat(thrown[0]).isInstanceOf(RuleLoadException.class)
        .hasMessageContaining("nested deeper than 64 mappings and lists");
  }

  @Test
  void nestingWithinTheLimit_loads(@TempDir Path dir) throws IOException {
    int depth = 20;
    write(baseline(dir).resolve("baseline.yaml"), baselineText().replace("        - ref: red_flag\n",
        "        - " + "{not: {not: ".repeat(depth / 2) + "{ref: red_flag}" + "}}".repeat(depth / 2) + "\n"));

    assertThat(RuleBase.load(dir).ruleIds()).containsExactly("test_rule");
  }

  @Test
  void oversizeFile_isRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    String padding = ("# " + "x".repeat(98) + "\n").repeat(RuleReader.MAX_BYTES / 100 + 1);
    write(baseline(dir).resolve("baseline.yaml"), baselineText() + padding);

    assertThat(problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("baseline.yaml");
      assertThat(p.message()).startsWith("too large: ").endsWith("bytes (a rule file has at most 1048576)");
    });
  }

  @Test
  void notUtf8_namesTheLine(@TempDir Path dir) throws IOException {
    byte[] latin1 = baselineText().replace("A test rule.", "A test r\u00e8gle.")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(baseline(dir).resolve("baseline.yaml"), latin1);

    assertThat(problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(25);
      assertThat(p.message()).startsWith("not UTF-8 text");
    });
  }

  @Test
  void secondYamlDocument_isRefused(@TempDir Path dir) throws IOException {
    write(baseline(dir).resolve("baseline.yaml"), baselineText() + "---\nrules: []\n");

    assertThat(problems(dir)).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo("a second YAML document (a rule file holds one)"));
  }

  /** A UTF-8 byte-order mark is skipped alike in rule files and case files. */
  @Test
  void byteOrderMark_isSkippedInRuleAndCaseFiles(@TempDir Path dir) throws IOException {
    write(baseline(dir).resolve("baseline.yaml"), "\uFEFF" + baselineText());
    String json = Files.readString(Path.of("src", "test", "resources", "cases-invalid", "baseline.json"),
        StandardCharsets.UTF_8);

    assertThat(RuleBase.load(dir).ruleIds()).containsExactly("test_rule");
    assertThat(CaseFileReader.parse("\uFEFF" + json, "bom.json"))
        .isEqualTo(CaseFileReader.parse(json, "bom.json"));
  }

  // ---- messages in the loader's words -------------------------------------------------------

  /** Each edit of the baseline gives one problem, at this place, in these words. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      list for a mapping   | '    appliesTo:\\n'            | '    appliesTo: [mri]\\n    unused:\\n' | 18 | rules[0].appliesTo         | expected a mapping (key: value lines), found a list
      mapping for a list   | 'regions: [cervical_spine]'    | 'regions: {a: b}'                      | 20 | rules[0].appliesTo.regions | expected a list, found a mapping
      text for a number    | 'min: 4'                       | 'min: four'                            | 35 | rules[0].criteria.all[2].min | expected a whole number, found text 'four'
      list for text        | 'title: Test rule'             | 'title: [Test, rule]'                  | 17 | rules[0].title             | expected text, found a list
      unknown field        | '    basis: test\\n'           | '    basis: test\\n    colour: red\\n'  | 25 | rules[0].colour            | unknown field 'colour' (known here: appliesTo, basis, citation, criteria, id, limits, nonMtus, summary, title)
      tab indentation      | '    basis: test'              | '\\tbasis: test'                        | 24 | rules[0].citation          | malformed YAML: while scanning for the next token: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)
      a plain string       | '# A minimal'                  | 'just text\\n# A minimal'               |  1 | ''                         | expected a mapping (key: value lines), found text 'just text'
      """)
  void brokenValue_messageInTheLoadersWords(String name, String from, String to, int line,
      String path, String message, @TempDir Path dir) throws IOException {
    String text = baselineText();
    String edited = text.replace(from.replace("\\n", "\n").replace("\\t", "\t"),
        to.replace("\\n", "\n").replace("\\t", "\t"));
    assertThat(edited).as("the edit applies").isNotEqualTo(text);
    write(baseline(dir).resolve("baseline.yaml"), edited);

    assertThat(problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.toString()).isEqualTo("baseline.yaml:" + line + (path.isEmpty() ? "" : " " + path)
          + ": " + message.replace("\\t", "\\t"));
      assertThat(p.message()).doesNotContain("`", "java.", "Token", "Documents", "'reader'", "Jackson");
    });
  }

  /** A syntax error in a small file quotes nothing of it, nor of the file read before it. */
  @Test
  void syntaxError_quotesNoFileContent(@TempDir Path dir) throws IOException {
    baseline(dir);
    write(dir.resolve("index.yaml"), "version: \"t\"\nfiles: [baseline.yaml, broken.yaml]\n");
    write(dir.resolve("broken.yaml"), "source: [mtus_acoem\nrules: x\n");

    assertThat(problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("broken.yaml");
      assertThat(p.toString()).doesNotContain("mtus_acoem", "chronic_pain", "Test edition", "rules: x");
    });
  }

  // ---- the rule directory and its index -----------------------------------------------------

  @Test
  void fileListedTwice_saysSoOnce(@TempDir Path dir) throws IOException {
    write(baseline(dir).resolve("index.yaml"), "version: \"t\"\nfiles:\n  - baseline.yaml\n  - baseline.yaml\n");

    assertThat(problems(dir)).extracting(Problem::toString)
        .containsExactly("index.yaml:4 files[1]: lists 'baseline.yaml' a second time (also at files[0])");
  }

  @Test
  void listedDirectory_saysItIsADirectory(@TempDir Path dir) throws IOException {
    Files.createDirectory(baseline(dir).resolve("more.yaml"));
    write(dir.resolve("index.yaml"), "version: \"t\"\nfiles:\n  - baseline.yaml\n  - more.yaml\n");

    assertThat(problems(dir)).extracting(Problem::toString)
        .containsExactly("index.yaml:4 files[1]: names 'more.yaml', which is a directory, not a rule file");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ../baseline/baseline.yaml | not a file name of the rule directory: '../baseline/baseline.yaml'
      index.yaml                | names the index itself
      other.yml                 | names 'other.yml': rule files end in .yaml
      ''                        | empty (expected a rule file name)
      """)
  void badIndexEntry_isNamed(String entry, String message, @TempDir Path dir) throws IOException {
    write(baseline(dir).resolve("index.yaml"),
        "version: \"t\"\nfiles:\n  - baseline.yaml\n  - " + (entry.isEmpty() ? "" : "'" + entry + "'") + "\n");

    assertThat(problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("index.yaml");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.path()).isEqualTo("files[1]");
      assertThat(p.message()).startsWith(message);
    });
  }

  @Test
  void everyOtherEntryOfTheDirectory_isReported(@TempDir Path dir) throws IOException {
    baseline(dir);
    write(dir.resolve("other.yml"), baselineText());
    write(dir.resolve("notes.txt"), "notes\n");
    write(dir.resolve("unlisted.yaml"), baselineText());
    Files.createDirectory(dir.resolve("drafts"));

    assertThat(problems(dir)).extracting(Problem::toString).containsExactly(
        "drafts: a directory in the rule directory: not read (rule files sit beside index.yaml)",
        "notes.txt: not a rule file: a rule directory holds index.yaml and the .yaml files it lists",
        "other.yml: not read: rule files end in .yaml (rename it and list it in index.yaml)",
        "unlisted.yaml: not listed in index.yaml");
  }
}
