package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shared criteria across files ({@code includes} and {@code ref: name.id}), library files, the
 * source location of every compiled criterion, and MTUS citations by section and edition date.
 * {@code src/test/resources/rules-includes/} is a rule base written as docs/rule-format.md says:
 * a library, an edition built from it, and a later edition that includes the earlier one.
 */
final class IncludeTest {
  private static final Path INCLUDES = Path.of("src", "test", "resources", "rules-includes");

  private static Rule edition(RuleBase rules, String file) {
    return rules.rules().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
  }

  private static Map<String, String> sources(Rule rule) {
    return rule.criteria().nodes().stream().filter(c -> !c.wording().id().isEmpty())
        .collect(Collectors.toMap(c -> c.wording().id(), c -> c.wording().source().toString()));
  }

  @Test
  void load_includes_criteriaComeFromTheFileThatWritesThem() throws IOException {
    RuleBase rules = RuleBase.load(INCLUDES);

    assertThat(rules.rules()).extracting(Rule::file).containsExactly("neck-2004.yaml", "neck-2018.yaml");
    assertThat(sources(edition(rules, "neck-2004.yaml"))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "special_studies", "neck-2004.yaml:15",
        "red_flag", "neck-criteria.yaml:3",
        "conservative_care", "neck-criteria.yaml:7",
        "conservative_care_failed", "neck-criteria.yaml:10",
        "conservative_care_4_weeks", "neck-criteria.yaml:13",
        "neurologic_findings", "neck-2004.yaml:21"));
  }

  @Test
  void load_laterEdition_statesOnlyWhatDiffers() throws IOException {
    RuleBase rules = RuleBase.load(INCLUDES);
    Rule earlier = edition(rules, "neck-2004.yaml");
    Rule later = edition(rules, "neck-2018.yaml");

    Map<String, String> added = sources(later);
    sources(earlier).forEach(added::remove);
    assertThat(added).containsExactly(Map.entry("no_contraindication", "neck-2018.yaml:27"));
    assertThat(later.criteria().children().get(0)).isEqualTo(earlier.criteria());
  }

  @Test
  void load_pagelessCitation_rendersSectionAndEditionDate() throws IOException {
    Citation citation = edition(RuleBase.load(INCLUDES), "neck-2018.yaml").citation();

    assertThat(citation.pages()).isEmpty();
    assertThat(citation.section()).contains("Diagnostic Investigations, Magnetic Resonance Imaging");
    assertThat(citation.editionDate()).contains(LocalDate.of(2018, 10, 17));
    assertThat(citation.text()).isEqualTo("MTUS ACOEM Cervical and Thoracic Spine Disorders,"
        + " Diagnostic Investigations, Magnetic Resonance Imaging (edition of 2018-10-17)");
  }

  @Test
  void citation_withPages_rendersAsBefore() {
    Citation pages = new Citation(Guideline.of("mtus_acoem"), Optional.of("8"),
        "Neck and Upper Back Complaints", List.of(PageRange.of(177, 179)));

    assertThat(pages.text()).isEqualTo("MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179");
    assertThat(pages.section()).isEmpty();
    assertThat(pages.editionDate()).isEmpty();
  }

  @Test
  void builtIn_everyCriterionAndLimitHasItsFileAndLine() {
    RuleBase builtIn = RuleBase.builtIn();
    java.util.Set<String> files = builtIn.rules().stream().map(Rule::file).collect(java.util.stream.Collectors.toSet());
    for (Rule rule : builtIn.rules()) {
      // a criterion reached by ref keeps the file that writes it: the rule's own or one it includes
      assertThat(rule.criteria().nodes()).allSatisfy(c -> {
        // the rule's own file, or for a criterion reached by ref the file of the index that writes it
        String file = c.wording().source().file();
        assertThat(file.equals(rule.file()) || Files.isRegularFile(Path.of("rules", file)))
            .as("%s of %s is written in %s", c.wording().id(), rule.id(), file).isTrue();
        assertThat(c.wording().source().line()).isPositive();
      });
      assertThat(rule.limits()).allSatisfy(l -> assertThat(l.wording().source().line()).isPositive());
    }
  }

  // ---- broken includes ----------------------------------------------------------------------

  /** Each row edits one file of the includes rule base, and names the one problem it causes. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown include name     | neck-2004.yaml | ref: neck.red_flag        | ref: nek.red_flag       | neck-2004.yaml:18 shared[0].any[0].ref: unknown include 'nek' in ref 'nek.red_flag' (this file includes: neck)
      unknown shared criterion | neck-2004.yaml | ref: neck.red_flag        | ref: neck.red_flags     | neck-2004.yaml:18 shared[0].any[0].ref: unknown shared criterion 'red_flags' in neck-criteria.yaml (known: red_flag, conservative_care)
      file not in the index    | neck-2004.yaml | file: neck-criteria.yaml  | file: neck-other.yaml   | neck-2004.yaml:11 includes[0].file: names 'neck-other.yaml', which index.yaml does not list
      file includes itself     | neck-2004.yaml | file: neck-criteria.yaml  | file: neck-2004.yaml    | neck-2004.yaml:11 includes[0].file: a file cannot include itself
      bad include name         | neck-2004.yaml | as: neck                  | as: Neck                | neck-2004.yaml:12 includes[0].as: not a name 'Neck' (expected lower_snake_case)
      cycle of includes        | neck-criteria.yaml | shared:               | 'includes: [{file: neck-2018.yaml, as: later}]\nshared:' | neck-criteria.yaml:2 includes[0].file: includes form a cycle (neck-criteria.yaml -> neck-2018.yaml -> neck-2004.yaml -> neck-criteria.yaml)
      library included by none | neck-2004.yaml | file: neck-criteria.yaml\\n    as: neck | file: neck-2018.yaml\\n    as: neck | neck-criteria.yaml:2: a library file (shared criteria, no rules) that no file includes
      """)
  void load_brokenInclude_namesFileLineAndProblem(String name, String file, String from, String to,
      String problem, @TempDir Path dir) throws IOException {
    copy(INCLUDES, dir);
    Path edited = dir.resolve(file);
    String text = Files.readString(edited, StandardCharsets.UTF_8);
    String after = text.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    assertThat(after).as("the edit applies").isNotEqualTo(text);
    Files.writeString(edited, after, StandardCharsets.UTF_8);

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e).as(name).isNotNull();
    assertThat(e.problems()).extracting(Problem::toString).contains(problem);
  }

  @Test
  void load_cycleOfIncludes_isReportedAtEveryFileOfIt(@TempDir Path dir) throws IOException {
    copy(INCLUDES, dir);
    Path library = dir.resolve("neck-criteria.yaml");
    Files.writeString(library, "includes: [{file: neck-2004.yaml, as: back}]\n"
        + Files.readString(library, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "neck-criteria.yaml:1 includes[0].file: includes form a cycle (neck-criteria.yaml -> neck-2004.yaml -> neck-criteria.yaml)",
        "neck-2004.yaml:11 includes[0].file: includes form a cycle (neck-2004.yaml -> neck-criteria.yaml -> neck-2004.yaml)");
  }

  @Test
  void load_mtusCitationWithSectionButNoEditionDate_needsPages(@TempDir Path dir) throws IOException {
    copy(INCLUDES, dir);
    Path later = dir.resolve("neck-2018.yaml");
    Files.writeString(later, Files.readString(later, StandardCharsets.UTF_8)
        .replace("      editionDate: \"2018-10-17\"\n", ""), StandardCharsets.UTF_8);

    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("neck-2018.yaml");
      assertThat(p.path()).isEqualTo("rules[0].citation.pages");
      assertThat(p.message()).contains("its section and editionDate");
    });
  }

  static void copy(Path from, Path to) throws IOException {
    try (var files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
