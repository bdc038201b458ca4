package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.rules.Documents.IndexDocument;
import org.junit.jupiter.api.Test;

/**
 * The built-in rule files as a whole: the index names every file, and every rule carries the
 * wording, basis and citation the rationale and the trace need.
 */
final class RuleIndexTest {
  private static final Path RULES = Path.of("rules");
  private static final RuleBase BUILT_IN = RuleBase.builtIn();

  @Test
  void index_namesExactlyTheRuleFiles() throws IOException {
    IndexDocument index = index();
    List<String> onDisk;
    try (Stream<Path> files = Files.list(RULES)) {
      onDisk = files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
          .filter(name -> !name.equals("index.yaml") && !name.equals(index.drugs()))
          .sorted()
          .collect(Collectors.toList());
    }

    assertThat(onDisk).isNotEmpty();
    assertThat(index.files()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void everyIndexedFile_contributesRules() throws IOException {
    Set<String> files = BUILT_IN.rules().stream().map(Rule::file).collect(Collectors.toSet());

    // a library file (shared criteria that other files include, no rules) contributes none
    List<String> withRules = new ArrayList<>();
    for (String file : index().files()) {
      if (!Files.readString(RULES.resolve(file)).contains("\nrules:")) {
        continue;
      }
      withRules.add(file);
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(withRules);
  }

  @Test
  void everyRule_hasTitleSummaryBasisAndCitation() {
    assertThat(BUILT_IN.rules()).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.title()).as("%s title", rule.id()).isNotBlank();
      assertThat(rule.summary()).as("%s summary", rule.id()).isNotBlank();
      assertThat(rule.basis()).as("%s basis", rule.id()).isNotBlank();
      assertThat(rule.citation().topic()).as("%s citation topic", rule.id()).isNotBlank();
      assertThat(rule.edition().name()).as("%s edition", rule.id()).isNotBlank();
    });
  }

  @Test
  void everyMtusRule_citesTheMtusWithPages_andNonMtusCitationsAreNot() {
    assertThat(BUILT_IN.rules()).allSatisfy(rule -> {
      assertThat(rule.citation().guideline().isMtus()).as("%s cites the MTUS", rule.id())
          .isEqualTo(rule.tier() == Tier.MTUS);
      if (rule.tier() == Tier.MTUS) {
        // pages, or (for the page-less current guidelines) the section and the edition date
        assertThat(!rule.citation().pages().isEmpty()
            || (rule.citation().section().isPresent() && rule.citation().editionDate().isPresent()))
            .as("%s pages, or section and edition date", rule.id()).isTrue();
      }
      assertThat(rule.nonMtus()).as("%s non-MTUS citations", rule.id())
          .noneMatch(c -> c.guideline().isMtus());
    });
    assertThat(BUILT_IN.rules()).filteredOn(r -> r.tier() == Tier.MTUS).extracting(Rule::id)
        .contains("cervical_mri_initial", "epidural_steroid_injection", "physical_medicine");
  }

  @Test
  void everyTestOfAFact_hasIdAndText() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : BUILT_IN.rules()) {
      for (Criterion node : criteria(rule)) {
        if (node.children().isEmpty()
            && (node.wording().id().isBlank() || node.wording().text().isBlank())) {
          missing.add(rule.id() + ": " + node);
        }
      }
      for (Limit limit : rule.limits()) {
        if (limit.wording().id().isBlank() || limit.wording().text().isBlank()) {
          missing.add(rule.id() + ": limit " + limit);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /**
   * {@code unconfirmed: true} and "[U]" in the basis say the same thing: a criterion or limit the
   * guideline brief could not confirm. One without the other is a mismatch in the rule file.
   */
  @Test
  void unconfirmed_matchesTheUMarkInTheBasis() {
    Set<String> mismatches = new TreeSet<>();
    for (Rule rule : BUILT_IN.rules()) {
      List<Wording> wordings = new ArrayList<>();
      criteria(rule).forEach(c -> wordings.add(c.wording()));
      rule.limits().forEach(l -> wordings.add(l.wording()));
      for (Wording w : wordings) {
        boolean marked = w.basis().contains("[U]");
        if (w.unconfirmed() != marked) {
          mismatches.add(rule.file() + " " + rule.id() + "/" + w.id() + ": unconfirmed "
              + w.unconfirmed() + ", basis '" + w.basis() + "'");
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static IndexDocument index() throws IOException {
    return new YAMLMapper().readValue(RULES.resolve("index.yaml").toFile(), IndexDocument.class);
  }

  /** The rule's criteria and its applicability condition, every node. */
  private static List<Criterion> criteria(Rule rule) {
    List<Criterion> out = new ArrayList<>(rule.criteria().nodes());
    rule.appliesTo().when().ifPresent(w -> out.addAll(w.nodes()));
    return out;
  }
}
