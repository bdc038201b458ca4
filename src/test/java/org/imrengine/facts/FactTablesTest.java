package org.imrengine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;
import org.imrengine.rules.RuleBase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the fact tests of {@code rules/tests/facts/} (docs/rule-format.md, "Fact tests"): one
 * dynamic test per row, grouped by file, each failure naming the file, the row's index and its
 * name. Checks that every outcome of every fact of every fact file of {@code rules/index.yaml}
 * has a row (or is declared unreachable, with why), and that the harness fails loudly (fixtures
 * in {@code src/test/resources/fact-tests-invalid/}).
 */
final class FactTablesTest {
  static final FactCatalog CATALOG = RuleBase.builtIn().facts();
  private static final Path RULES = Path.of("rules");
  private static final Path INVALID = Path.of("src", "test", "resources", "fact-tests-invalid");

  @TestFactory
  Stream<DynamicContainer> factTables() {
    List<Path> files = FactTests.files(FactTests.DIR);
    assertThat(files).as("fact test files in %s", FactTests.DIR).isNotEmpty();
    return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
        FactTests.read(file).stream().map(t -> DynamicTest.dynamicTest(t.row().name(),
            () -> assertThat(problems(CATALOG, t)).as(t.where()).isEmpty()))));
  }

  @Test
  void everyOutcomeOfEveryFactHasARow() {
    assertThat(missingOutcomes(CATALOG, factFiles(), FactTests.DIR))
        .as("outcomes of fact definitions without a row in %s", FactTests.DIR).isEmpty();
  }

  @Test
  void missingOutcomes_factFileWithFewRows_namesEachFactAndOutcome() {
    Path dir = INVALID.resolve("coverage");
    Map<String, List<String>> files = new LinkedHashMap<>();
    files.put("facts/core.yaml", List.of("red_flag", "radicular_pain", "requested_interlaminar_levels"));
    files.put("facts/knee.yaml", List.of("red_flag"));

    assertThat(missingOutcomes(CATALOG, files, dir)).containsExactly(
        dir.resolve("core.yaml") + ": fact red_flag (facts/core.yaml) has no row with outcome absent",
        dir.resolve("core.yaml") + ": fact red_flag (facts/core.yaml) has no row with outcome otherwise"
            + " (not documented: no red flag is documented)",
        dir.resolve("core.yaml") + ": fact radicular_pain (facts/core.yaml) has no row with outcome first[1]"
            + " (absent)",
        dir.resolve("core.yaml") + ": fact requested_interlaminar_levels (facts/core.yaml) has no row with"
            + " outcome require[1] (not documented: the request does not state the approach)",
        dir.resolve("core.yaml") + ": fact requested_interlaminar_levels (facts/core.yaml) has no row with"
            + " outcome function (a number)",
        dir.resolve("knee.yaml") + ": no fact test file for facts/knee.yaml (it needs a row for each outcome"
            + " of red_flag: present, absent, otherwise)");
  }

  @Test
  void rowNamesAreUnique() {
    List<String> names = allRows().stream().map(t -> t.row().name()).collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void everyTestFileIsNamedAfterAFactFileOfTheIndex() {
    Set<String> named = factFiles().keySet().stream().map(f -> Path.of(f).getFileName().toString())
        .collect(Collectors.toSet());
    assertThat(FactTests.files(FactTests.DIR)).extracting(p -> p.getFileName().toString())
        .allSatisfy(n -> assertThat(named).as("fact files of the index, for test file %s", n).contains(n));
  }

  @Test
  void everyRowTestsAFactOfTheFileItIsNamedAfter() {
    Map<String, List<String>> byFile = factFiles();
    for (Path file : FactTests.files(FactTests.DIR)) {
      List<String> facts = byFile.get("facts/" + file.getFileName());
      for (FactTests.Located t : FactTests.read(file)) {
        assertThat(facts).as("facts of facts/%s, for %s", file.getFileName(), t.where()).contains(t.row().fact());
      }
    }
  }

  @Test
  void everyUnreachableOutcomeIsAnOutcomeWithoutRows() {
    for (Path file : FactTests.files(FactTests.DIR)) {
      List<FactTests.Located> rows = FactTests.read(file);
      for (FactTests.Unreachable u : FactTests.readFile(file).unreachable()) {
        Definition def = CATALOG.definition(u.fact());
        assertThat(def).as("fact %s of %s unreachable", u.fact(), file).isNotNull();
        assertThat(def.outcomes()).as("outcomes of %s (%s unreachable)", u.fact(), file).contains(u.outcome());
        assertThat(rows).as("rows of %s reaching %s %s, declared unreachable", file, u.fact(), u.outcome())
            .noneMatch(t -> t.row().fact().equals(u.fact()) && t.row().expect().outcome().equals(u.outcome()));
      }
    }
  }

  @Test
  void factTests_areNotPackagedWithTheRules() {
    assertThat(RuleBase.class.getResource("/rules/facts/core.yaml")).as("the packaged fact file").isNotNull();
    for (Path file : FactTests.files(FactTests.DIR)) {
      assertThat(RuleBase.class.getResource("/rules/tests/facts/" + file.getFileName()))
          .as("%s on the class path", file).isNull();
    }
  }

  // ---- the harness fails loudly --------------------------------------------------------------

  @Test
  void problems_wrongValueOutcomeEvidenceAndReason_namesEach() {
    Path file = INVALID.resolve("wrong-expectations.yaml");
    List<FactTests.Located> rows = FactTests.read(file);

    assertThat(problems(CATALOG, rows.get(0))).containsExactly(
        file + " tests[0] 'wrong value and outcome': fact red_flag is present, expected absent",
        file + " tests[0] 'wrong value and outcome': fact red_flag is decided by present, expected absent");
    assertThat(problems(CATALOG, rows.get(1))).containsExactly(
        file + " tests[1] 'wrong evidence and reason': fact red_flag cites [], expected [rf-somewhere]",
        file + " tests[1] 'wrong evidence and reason': fact red_flag is not documented because \"no red flag is"
            + " documented\", expected \"nothing at all\"");
    assertThat(problems(CATALOG, rows.get(2))).containsExactly(
        file + " tests[2] 'unknown fact': unknown fact 'red_flags'");
  }

  @Test
  void read_rowWithoutOutcome_failsNamingTheRow() {
    Path file = INVALID.resolve("missing-outcome.yaml");

    assertThatThrownBy(() -> FactTests.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + " tests[0] 'no outcome': missing expect.outcome");
  }

  @Test
  void read_unknownKey_failsNamingTheFile() {
    Path file = INVALID.resolve("unknown-key.yaml");

    assertThatThrownBy(() -> FactTests.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("valu");
  }

  // ---- the checks ----------------------------------------------------------------------------

  /** What is wrong with row {@code t} under {@code catalog}: each difference from its expectation. */
  static List<String> problems(FactCatalog catalog, FactTests.Located t) {
    CaseFile file = t.caseFile();
    return problems(catalog, t, file, t.request(file));
  }

  /** As {@link #problems(FactCatalog, FactTests.Located)}, for the row's case and request already read. */
  static List<String> problems(FactCatalog catalog, FactTests.Located t, CaseFile file, Request request) {
    FactTests.Row row = t.row();
    String at = t.where() + ": ";
    Definition def = catalog.definition(row.fact());
    if (def == null) {
      return List.of(at + "unknown fact '" + row.fact() + "'");
    }
    Definition.Decision decision = def.decide(new Derivation(file, request, catalog.drugs()), catalog);
    FactValue value = decision.value();
    List<String> out = new ArrayList<>();
    FactValue derived = catalog.derive(file, request).get(def.fact);
    if (!derived.equals(value)) {
      out.add(at + "fact " + row.fact() + " derives as " + derived + " with the other facts, but " + value + " alone");
    }
    String fact = "fact " + row.fact();
    if (!words(value).equals(row.expect().value())) {
      out.add(at + fact + " is " + words(value) + ", expected " + row.expect().value());
    }
    if (!decision.outcome().equals(row.expect().outcome())) {
      out.add(at + fact + " is decided by " + decision.outcome() + ", expected " + row.expect().outcome());
    }
    if (row.expect().evidence() != null) {
      List<String> ids = value.evidence().stream().map(Evidence::itemId).collect(Collectors.toList());
      if (!ids.equals(row.expect().evidence())) {
        out.add(at + fact + " cites " + ids + ", expected " + row.expect().evidence());
      }
    }
    if (row.expect().reason() != null) {
      String reason = value instanceof FactValue.NotDocumented ? ((FactValue.NotDocumented) value).reason() : null;
      if (!row.expect().reason().equals(reason)) {
        out.add(at + fact + (reason == null ? " is documented" : " is not documented because \"" + reason + "\"")
            + ", expected \"" + row.expect().reason() + "\"");
      }
    }
    return out;
  }

  /** A value as rows write it: {@code present}, {@code absent}, {@code not_documented} or the number. */
  static String words(FactValue value) {
    if (value instanceof FactValue.Flag) {
      return ((FactValue.Flag) value).present() ? "present" : "absent";
    }
    if (value instanceof FactValue.Quantity) {
      return Long.toString(((FactValue.Quantity) value).amount());
    }
    return "not_documented";
  }

  /**
   * For each fact file (by its name in the index, with its fact ids), each outcome of each of its
   * facts that no row of {@code dir/<file name>} has and that file does not declare unreachable.
   */
  static List<String> missingOutcomes(FactCatalog catalog, Map<String, List<String>> factFiles, Path dir) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : factFiles.entrySet()) {
      Path tests = dir.resolve(Path.of(entry.getKey()).getFileName());
      if (!Files.exists(tests)) {
        missing.add(tests + ": no fact test file for " + entry.getKey() + " (it needs a row for each outcome of "
            + entry.getValue().stream().map(id -> id + ": " + String.join(", ", catalog.definition(id).outcomes()))
                .collect(Collectors.joining("; ")) + ")");
        continue;
      }
      FactTests.TestFile doc = FactTests.readFile(tests);
      for (String id : entry.getValue()) {
        Definition def = catalog.definition(id);
        for (String outcome : def.outcomes()) {
          boolean covered = doc.tests().stream()
              .anyMatch(r -> r.fact().equals(id) && r.expect().outcome().equals(outcome))
              || doc.unreachable().stream().anyMatch(u -> u.fact().equals(id) && u.outcome().equals(outcome));
          if (!covered) {
            missing.add(tests + ": fact " + id + " (" + entry.getKey() + ") has no row with outcome " + outcome
                + describe(def, outcome));
          }
        }
      }
    }
    return missing;
  }

  /** What an outcome gives, for messages: {@code " (absent)"}, {@code " (not documented: REASON)"}. */
  private static String describe(Definition def, String outcome) {
    if (outcome.startsWith("require[")) {
      int i = Integer.parseInt(outcome.substring("require[".length(), outcome.length() - 1));
      return describe(def.requires.get(i).otherwise());
    }
    if (outcome.equals("otherwise")) {
      return describe(def.otherwise);
    }
    if (def.reducer instanceof Definition.Branches) {
      for (Definition.Branch b : ((Definition.Branches) def.reducer).branches()) {
        if (b.outcome().equals(outcome)) {
          String verdict = b.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
          return outcome.equals(verdict) ? "" : " (" + verdict + ")";
        }
      }
    }
    return " (a number)";
  }

  private static String describe(Definition.Otherwise o) {
    if (o instanceof Definition.Otherwise.FromFact) {
      return " (the value of " + ((Definition.Otherwise.FromFact) o).fact() + ")";
    }
    Definition.Otherwise.Reason r = (Definition.Otherwise.Reason) o;
    return " (not documented: " + r.reason().source() + ")";
  }

  /** The fact files of {@code rules/index.yaml}, in order, each with the ids of its facts. */
  static Map<String, List<String>> factFiles() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    JsonNode index = yaml(RULES.resolve("index.yaml"));
    for (JsonNode name : index.path("facts")) {
      List<String> ids = new ArrayList<>();
      yaml(RULES.resolve(name.asText())).path("facts").forEach(f -> ids.add(f.path("id").asText()));
      out.put(name.asText(), ids.stream().filter(Objects::nonNull).collect(Collectors.toList()));
    }
    return out;
  }

  private static List<FactTests.Located> allRows() {
    return FactTests.files(FactTests.DIR).stream().flatMap(f -> FactTests.read(f).stream())
        .collect(Collectors.toList());
  }

  private static JsonNode yaml(Path file) {
    try {
      return new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
