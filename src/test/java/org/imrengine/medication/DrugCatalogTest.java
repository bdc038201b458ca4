package org.imrengine.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.imrengine.model.Service;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.RuleLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DrugCatalogTest {
  private static final DrugCatalog DRUGS = DrugCatalog.builtIn();

  @Test
  void builtIn_coversTheDrugsOfWorkersCompensation() {
    assertThat(DRUGS.drugs()).hasSizeGreaterThanOrEqualTo(80);
    assertThat(DRUGS.named("NORCO").orElseThrow().id()).isEqualTo("hydrocodone_acetaminophen");
    assertThat(DRUGS.named("  tylenol   with codeine ").orElseThrow().id()).isEqualTo("codeine_acetaminophen");
    assertThat(DRUGS.named("Soma").orElseThrow().service()).isEqualTo(Service.of("muscle_relaxant"));
    assertThat(DRUGS.named("Cymbalta").orElseThrow().drugClass()).isEqualTo("snri");
    assertThat(DRUGS.named("Cymbalta").orElseThrow().service()).isEqualTo(Service.of("antidepressant"));
    assertThat(DRUGS.named("Norco").orElseThrow().displayName()).isEqualTo("Norco");
  }

  @Test
  void anUnknownName_isUnknown() {
    assertThat(DRUGS.named("Xyzzy")).isEmpty();
    assertThat(DRUGS.drug("xyzzy")).isEmpty();
  }

  @Test
  void everyOpioidFactor_namesItsSourceTable() {
    assertThat(DRUGS.drugs()).filteredOn(d -> d.mme().isPresent()).isNotEmpty()
        .allSatisfy(d -> assertThat(DRUGS.source(d.mme().get().source())).isPresent());
    assertThat(DRUGS.drug("fentanyl").orElseThrow().mme().orElseThrow().perMcgPerHour()).isTrue();
    assertThat(DRUGS.drug("methadone").orElseThrow().mme().orElseThrow().tiers()).hasSize(4);
  }

  @Test
  void aRuleDirectory_bringsItsOwnVocabulary_andABadOneIsReported(@TempDir Path dir) throws IOException {
    copy(Path.of("rules"), dir);
    Files.writeString(dir.resolve("drugs.yaml"), Files.readString(dir.resolve("drugs.yaml"), StandardCharsets.UTF_8)
        + "  - {id: wonderdrug, generic: wonderdrug, brands: [Wonder], class: opioid, mme: {factor: 2, source: cdc_2016}}\n");

    RuleBase rules = RuleBase.load(dir);

    assertThat(rules.drugs().named("Wonder")).isPresent();
    assertThat(rules.identity().contentHash()).isNotEqualTo(RuleBase.builtIn().identity().contentHash());

    Files.writeString(dir.resolve("drugs.yaml"), Files.readString(dir.resolve("drugs.yaml"), StandardCharsets.UTF_8)
        + "  - {id: dupe, generic: dupe, class: magic}\n");
    RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> RuleBase.load(dir));

    assertThat(e.getMessage()).contains("drugs.yaml").contains("unknown class 'magic'");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
