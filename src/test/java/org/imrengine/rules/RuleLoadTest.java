package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loading rule bases: the built-in one, its identity, and every kind of broken rule file. Each
 * directory under {@code src/test/resources/rules-invalid/} is the {@code baseline} rule base with
 * one thing broken; its rule file is named after the directory.
 */
final class RuleLoadTest {
  private static final Path RULES = Path.of("rules");
  private static final Path INVALID = Path.of("src", "test", "resources", "rules-invalid");

  // ---- the built-in rule base -------------------------------------------------------------

  @Test
  void builtIn_loads_withEveryRule() {
    RuleBase rules = RuleBase.builtIn();

    assertThat(rules.ruleIds()).contains("cervical_mri_initial", "cervical_mri_repeat",
        "cervical_ct", "cervical_x_ray", "cervical_discography", "epidural_steroid_injection",
        "physical_medicine", "trigger_point_injection", "imaging_sedation");
    assertThat(rules.identity().version()).isNotBlank();
    assertThat(rules.identity().contentHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void load_rulesDirectory_hasTheBuiltInIdentity() throws IOException {
    assertThat(RuleBase.load(RULES).identity()).isEqualTo(RuleBase.builtIn().identity());
    assertThat(RuleBase.load(RULES).ruleIds()).isEqualTo(RuleBase.builtIn().ruleIds());
  }

  @Test
  void identity_isStableAcrossLoads() throws IOException {
    assertThat(RuleBase.load(RULES).identity()).isEqualTo(RuleBase.load(RULES).identity());
    assertThat(RuleBase.builtIn().identity()).isEqualTo(RuleBase.builtIn().identity());
  }

  @Test
  void identity_changesWithTheBytesOfAFile(@TempDir Path dir) throws IOException {
    copy(RULES, dir);
    RuleBase.Identity before = RuleBase.load(dir).identity();
    Path file = dir.resolve("odg-neck.yaml");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "# one more comment\n",
        StandardCharsets.UTF_8);

    RuleBase.Identity after = RuleBase.load(dir).identity();

    assertThat(before).isEqualTo(RuleBase.builtIn().identity());
    assertThat(after.version()).isEqualTo(before.version());
    assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
  }

  @Test
  void load_baseline_isValid() throws IOException {
    RuleBase rules = RuleBase.load(INVALID.resolve("baseline"));

    assertThat(rules.ruleIds()).containsExactly("test_rule");
    assertThat(rules.identity().version()).isEqualTo("test");
  }

  // ---- broken rule bases ------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown-fact                | *                     | rules[0].criteria.all[1].present         | unknown fact 'red_flags' (known flag facts: red_flag, trauma,
      threshold-on-flag-fact      | *                     | rules[0].criteria.all[2].fact            | fact 'red_flag' is a flag: it takes no threshold
      threshold-beside-flag-test  | *                     | rules[0].criteria.all[1]                 | a threshold (min, max, above, below) belongs with fact
      flag-test-on-quantity       | *                     | rules[0].criteria.all[1].present         | fact 'conservative_care_weeks' is a quantity
      negative-threshold          | *                     | rules[0].criteria.all[2].min             | threshold must not be negative, was -1
      missing-threshold           | *                     | rules[0].criteria.all[2]                 | a fact test needs exactly one threshold
      two-thresholds              | *                     | rules[0].criteria.all[2]                 | a fact test needs exactly one threshold
      two-operators               | *                     | rules[0].criteria.all[1]                 | found present, notPresent
      no-operator                 | *                     | rules[0].criteria.all[1]                 | a criterion needs one of all, any,
      duplicate-rule-id           | *                     | rules[1].id                              | duplicate rule id 'test_rule' (also at rules[0])
      duplicate-criterion-id      | *                     | rules[0].criteria                        | criterion id 'conservative_care_failed' is used twice in the rule
      bad-criterion-id            | *                     | rules[0].criteria.all[1].id              | not an id 'Conservative-Care'
      missing-citation            | *                     | rules[0].citation                        | missing required field
      mtus-citation-without-pages | *                     | rules[0].citation.pages                  | an MTUS citation names its pages
      bad-page-range              | *                     | rules[0].citation.pages                  | last page 98 is before first page 99
      not-a-page-range            | *                     | rules[0].citation.pages                  | not a page range ' ninety'
      non-mtus-citation-of-mtus   | *                     | rules[0].nonMtus[0].guideline            | a non-MTUS citation cannot cite mtus_acoem
      unknown-guideline           | *                     | source.guideline                         | unknown value 'mtus_chronic' (expected one of mtus_acoem,
      unknown-service             | *                     | rules[0].appliesTo.service               | unknown value 'physio' (expected one of
      unknown-region              | *                     | rules[0].appliesTo.regions[1]            | unknown value 'neck' (expected one of cervical_spine,
      unknown-shared-ref          | *                     | rules[0].criteria.all[0].ref             | unknown shared criterion 'red_flags' (known: red_flag)
      self-ref                    | *                     | shared[0]                                | shared criterion 'red_flag' refers to itself (red_flag -> red_flag)
      empty-all                   | *                     | rules[0].criteria.all                    | must list at least one criterion
      at-least-count-out-of-range | *                     | rules[0].criteria.atLeast.count          | must be between 1 and 3, was 4
      at-least-count-zero         | *                     | rules[0].criteria.atLeast.count          | must be between 1 and 3, was 0
      leaf-without-id             | *                     | rules[0].criteria.all[1].id              | missing required field (every test of a fact has an id)
      leaf-without-text           | *                     | rules[0].criteria.all[1].text            | missing required field (every test of a fact has a text)
      limit-max-and-by-diagnosis  | *                     | rules[0].limits[0]                       | give either max or byDiagnosis, not both
      limit-without-max           | *                     | rules[0].limits[0].max                   | missing required field (max, or byDiagnosis)
      unknown-diagnosis-category  | *                     | rules[0].limits[0].byDiagnosis[0].categories[1] | unknown value 'neckpain' (expected one of neck_pain,
      missing-summary             | *                     | rules[0].summary                         | missing required field
      unknown-yaml-field          | *                     | rules[0].criteria.all[1].colour          | unknown field 'colour' (known here: above, absent, advice, all,
      malformed-yaml              | *                     | rules[0].appliesTo.regions[1]            | malformed YAML: while parsing a flow sequence
      duplicate-yaml-key          | *                     | rules[0]                                 | malformed YAML: duplicate key 'basis'
      fractional-threshold        | *                     | rules[0].criteria.all[2].min             | expected a whole number, found the number 4.5
      string-threshold            | *                     | rules[0].criteria.all[2].min             | expected a whole number, found text '4'
      missing-edition             | *                     | edition                                  | missing required field
      edition-without-from        | *                     | edition.from                             | missing required field
      edition-ends-before-start   | *                     | edition.to                               | ends (2009-01-01) before it starts (2009-07-18)
      bad-edition-date            | *                     | edition.to                               | not a valid date '2016-02-30'
      file-not-listed             | extra.yaml            | ''                                       | not listed in index.yaml
      index-names-missing-file    | index.yaml            | files[1]                                 | names 'missing.yaml', which is not in index-names-missing-file
      """)
  void load_brokenRuleBase_namesFilePlaceAndProblem(String dir, String file, String path,
      String message) {
    String expectedFile = file.equals("*") ? dir + ".yaml" : file;

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class,
        () -> RuleBase.load(INVALID.resolve(dir)));

    assertThat(e).as("%s should not load", dir).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(expectedFile);
      assertThat(p.path()).isEqualTo(path);
      assertThat(p.message()).contains(message);
    });
    assertThat(e).hasMessageContaining(expectedFile).hasMessageContaining(path)
        .hasMessageContaining(message);
    assertThat(e.getMessage().lines()).as("one line per problem").hasSize(2);
  }

  /** Every problem carries the line of its place: syntax, binding and the compiler's own checks. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "malformed-yaml,       21, 21",
      "duplicate-yaml-key,   25, 25",
      "fractional-threshold, 35, 35",
      "string-threshold,     35, 35",
      "unknown-yaml-field,   30, 30",
      "unknown-fact,         31, 31",
      "missing-summary,      16, 16",
      "leaf-without-id,      29, 29",
      "self-ref,             11, 11",
  })
  void load_brokenRuleBase_lineWhereKnown(String dir, int fromLine, int toLine) {
    RuleLoadException e = catchThrowableOfType(RuleLoadException.class,
        () -> RuleBase.load(INVALID.resolve(dir)));

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.line()).isBetween(fromLine, toLine));
    assertThat(e).hasMessageContaining(dir + ".yaml:" + e.problems().get(0).line() + " ");
  }

  @Test
  void load_cyclicSharedCriteria_reportsEveryCriterionOfTheCycle() {
    RuleLoadException e = catchThrowableOfType(RuleLoadException.class,
        () -> RuleBase.load(INVALID.resolve("cyclic-ref")));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "cyclic-ref.yaml:11 shared[0]: shared criterion 'red_flag' refers to itself"
            + " (red_flag -> indication -> red_flag)",
        "cyclic-ref.yaml:19 shared[1]: shared criterion 'indication' refers to itself"
            + " (indication -> red_flag -> indication)");
  }

  @Test
  void load_twoBrokenFiles_reportsBothProblemsTogether() {
    RuleLoadException e = catchThrowableOfType(RuleLoadException.class,
        () -> RuleBase.load(INVALID.resolve("two-broken-files")));

    assertThat(e.problems()).extracting(Problem::file, Problem::path).containsExactly(
        tuple("first.yaml", "rules[0].criteria.all[1].present"),
        tuple("second.yaml", "rules[0].criteria.all[2].min"));
    assertThat(e).hasMessageStartingWith("2 problems in the rule base:\n")
        .hasMessageContaining("first.yaml:31 rules[0].criteria.all[1].present: unknown fact 'red_flags'")
        .hasMessageContaining("second.yaml:35 rules[0].criteria.all[2].min: threshold must not be negative");
  }

  @Test
  void load_directoryWithoutIndex_fails(@TempDir Path dir) throws IOException {
    Files.copy(INVALID.resolve("baseline").resolve("baseline.yaml"), dir.resolve("baseline.yaml"));

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("index.yaml: missing"));
  }

  @Test
  void rulesInvalid_hasOneDirectoryPerCase() throws IOException {
    // Guards the fixtures: 42 table rows, the baseline, cyclic-ref and two-broken-files. A new
    // directory without a row would never run.
    try (Stream<Path> dirs = Files.list(INVALID)) {
      assertThat(dirs.filter(Files::isDirectory)).hasSize(45);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isDirectory(f)) {
          Files.createDirectories(to.resolve(f.getFileName()));
          copy(f, to.resolve(f.getFileName()));
        } else {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }
}
