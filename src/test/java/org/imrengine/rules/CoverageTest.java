package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.imrengine.model.Region;
import org.imrengine.model.Service;
import org.imrengine.report.CoverageReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CoverageTest {
  private static final Path EDITIONS = Path.of("src/test/resources/rules-editions");

  /** The two-edition fixture, with edition B's threshold marked unconfirmed. */
  private static RuleBase twoEditions(Path tmp) throws IOException {
    for (String name : new String[] {"index.yaml", "edition-a.yaml", "edition-b.yaml"}) {
      Files.copy(EDITIONS.resolve(name), tmp.resolve(name));
    }
    Path b = tmp.resolve("edition-b.yaml");
    String text = Files.readString(b, StandardCharsets.UTF_8);
    assertThat(text).containsOnlyOnce("      max: 20\n");
    Files.writeString(b, text.replace("      max: 20\n", "      max: 20\n      unconfirmed: true\n"),
        StandardCharsets.UTF_8);
    return RuleBase.load(tmp);
  }

  @Test
  void of_twoEditionsOfOneRule_oneEntryEachInDateOrderWithUnconfirmedCounts(@TempDir Path tmp) throws IOException {
    Coverage coverage = Coverage.of(twoEditions(tmp));

    assertThat(coverage.entries()).hasSize(2);
    Coverage.Entry a = coverage.entries().get(0);
    Coverage.Entry b = coverage.entries().get(1);
    assertThat(a.ruleId()).isEqualTo("therapy_visits");
    assertThat(a.service()).isEqualTo(Service.of("physical_therapy"));
    assertThat(a.regions()).isEmpty();
    assertThat(a.edition().name()).isEqualTo("Edition A");
    assertThat(a.edition().to()).contains(LocalDate.parse("2016-07-27"));
    assertThat(a.unconfirmed()).isZero();
    assertThat(b.edition().name()).isEqualTo("Edition B");
    assertThat(b.edition().to()).isEqualTo(Optional.empty());
    assertThat(b.unconfirmed()).isEqualTo(1);
    assertThat(a.citation().text()).isEqualTo("MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 98-99");
    assertThat(coverage.editions()).extracting(s -> s.edition().name(), Coverage.EditionSummary::rules,
        Coverage.EditionSummary::unconfirmed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Edition A", 1, 0),
            org.assertj.core.groups.Tuple.tuple("Edition B", 1, 1));
    assertThat(coverage.uncovered()).contains(Service.of("mri")).doesNotContain(Service.of("physical_therapy"));
    assertThat(coverage.ruleBase().version()).isEqualTo("editions-test");
  }

  @Test
  void markdown_oneRowPerEditionAndTheUncoveredServices(@TempDir Path tmp) throws IOException {
    String md = CoverageReport.markdown(Coverage.of(twoEditions(tmp)));

    assertThat(md).startsWith("# Covered services\n")
        .contains("| physical_therapy | any | `therapy_visits` | 2009-07-18 to 2016-07-27 | 0 | Edition A | "
            + "MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 98-99 |\n")
        .contains("| physical_therapy | any | `therapy_visits` | 2016-07-28 to today | 1 | Edition B | ")
        .contains("| Edition B | 2016-07-28 to today | 1 | 1 |\n")
        .contains(CoverageReport.REGENERATE)
        .doesNotContain(RuleBase.load(tmp).identity().contentHash().substring(0, 12));
    assertThat(md).containsPattern("outcome: .*\\bmri\\b");
  }

  @Test
  void builtIn_everyRuleListedUnderItsServiceAndRegions() {
    RuleBase rules = RuleBase.builtIn();
    Coverage coverage = Coverage.of(rules);

    // one entry per rule edition and service it decides (appliesTo.service, then appliesTo.also)
    assertThat(coverage.entries()).hasSize(rules.rules().stream().mapToInt(r -> r.appliesTo().services().size()).sum());
    for (Rule rule : rules.rules()) {
      assertThat(coverage.entries()).anySatisfy(e -> {
        assertThat(e.ruleId()).isEqualTo(rule.id());
        assertThat(e.edition()).isEqualTo(rule.edition());
        assertThat(e.regions()).isEqualTo(rule.appliesTo().regions());
      });
      assertThat(coverage.uncovered()).doesNotContain(rule.appliesTo().service());
    }
    assertThat(Coverage.regionsText(java.util.List.of(Region.CERVICAL_SPINE, Region.THORACIC_SPINE)))
        .isEqualTo("cervical_spine, thoracic_spine");
  }
}
