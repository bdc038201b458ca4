package org.imrengine.evaluation;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;

/**
 * The rule tests kept beside the rules, in {@code rules/tests/<rule file>.yaml} (the format is in
 * docs/rule-format.md, "Rule tests"): reading them, and building each test's patched case.
 */
final class RuleTests {
  /** The directory of the built-in rule tests. */
  static final Path DIR = Path.of("rules", "tests");

  private static final ObjectReader YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build()
      .readerFor(TestFile.class);

  private RuleTests() {}

  /** A test file: its tests, in order. */
  record TestFile(List<RuleTest> tests) {}

  /**
   * One rule test.
   *
   * @param name how the test is shown; unique over all test files
   * @param base the case file it starts from, relative to the repository
   * @param request the id of the request decided
   * @param patch the edits of the case, in order (empty: the case as submitted)
   * @param expect what the determination must show
   */
  record RuleTest(String name, String base, String request, List<CasePatch> patch, Expect expect) {
    RuleTest {
      patch = patch == null ? List.of() : List.copyOf(patch);
    }
  }

  /**
   * What a test expects.
   *
   * @param outcome {@code upheld} or {@code overturned}
   * @param parts every part of the request, in order: its service, the rule that decides it and,
   *     optionally, the part's own outcome
   * @param unmet criterion and limit ids that must be among the decisive unmet ones
   *     ({@link Determination#unmet()}; an add-on part's ids are prefixed, as in
   *     {@code iv_sedation/sedation_indication})
   * @param met criterion and limit ids that must be met (same prefixes)
   * @param facts fact ids with the value the patched case must give them: {@code present},
   *     {@code absent}, {@code not_documented} or a number
   * @param advice words that must each appear in the text of some step of the advice (what would
   *     change the outcome), such as {@code "at most 6 visits"}
   */
  record Expect(String outcome, List<ExpectedPart> parts, List<String> unmet, List<String> met,
      Map<String, String> facts, List<String> advice) {
    Expect {
      parts = parts == null ? List.of() : List.copyOf(parts);
      unmet = unmet == null ? List.of() : List.copyOf(unmet);
      met = met == null ? List.of() : List.copyOf(met);
      facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
      advice = advice == null ? List.of() : List.copyOf(advice);
    }

    Expect(String outcome, List<ExpectedPart> parts, List<String> unmet, List<String> met,
        Map<String, String> facts) {
      this(outcome, parts, unmet, met, facts, List.of());
    }
  }

  /**
   * One expected part.
   *
   * @param service the part's service id
   * @param rule the id of the rule that decides it
   * @param outcome the part's outcome, or null when not checked
   * @param edition the name of the rule's edition that decides it, or null when not checked
   */
  record ExpectedPart(String service, String rule, String outcome, String edition) {}

  /** A test with the file it comes from and its index there. */
  record Located(Path file, int index, RuleTest test) {
    /** The test's place, as failure messages name it: {@code "rules/tests/x.yaml tests[2] 'name'"}. */
    String where() {
      return file + " tests[" + index + "] '" + test.name() + "'";
    }

    /** The base case with the test's patch applied, read as a case file. */
    CaseFile caseFile() {
      return caseFile(org.imrengine.medication.DrugCatalog.builtIn());
    }

    /** The patched base case, read with the vocabulary of {@code drugs} (a rule base's). */
    CaseFile caseFile(org.imrengine.medication.DrugCatalog drugs) {
      ObjectNode base = CasePatch.readCase(Path.of(test.base()));
      ObjectNode patched = CasePatch.applyAll(base, test.patch(), where() + " patch");
      return CaseFileReader.parse(patched.toString(), where(), drugs);
    }
  }

  /** Every test file of {@code dir}, sorted by name. */
  static List<Path> files(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tests of {@code file}, in order. */
  static List<Located> read(Path file) {
    TestFile doc = org.imrengine.YamlFiles.read(YAML, file);
    if (doc == null || doc.tests() == null || doc.tests().isEmpty()) {
      throw new IllegalArgumentException(file + ": no tests");
    }
    List<Located> out = new ArrayList<>();
    for (int i = 0; i < doc.tests().size(); i++) {
      RuleTest t = doc.tests().get(i);
      String where = file + " tests[" + i + "]";
      require(t.name() != null && !t.name().isBlank(), where + ": missing name");
      require(t.base() != null, where + " '" + t.name() + "': missing base (a case file)");
      require(t.request() != null, where + " '" + t.name() + "': missing request");
      require(t.expect() != null && t.expect().outcome() != null,
          where + " '" + t.name() + "': missing expect.outcome");
      require(!t.expect().parts().isEmpty(), where + " '" + t.name() + "': missing expect.parts");
      for (ExpectedPart p : t.expect().parts()) {
        require(p.service() != null && p.rule() != null,
            where + " '" + t.name() + "': every expected part needs a service and a rule");
      }
      out.add(new Located(file, i, t));
    }
    return out;
  }

  /** Every test of every file of {@code dir}. */
  static List<Located> all(Path dir) {
    return files(dir).stream().flatMap(f -> read(f).stream()).collect(Collectors.toList());
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
