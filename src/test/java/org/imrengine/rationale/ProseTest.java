package org.imrengine.rationale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.imrengine.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ProseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Physical therapy for the cervical spine, 2-3 times a week for 6 weeks | physical therapy for the cervical spine, 2-3 times a week for 6 weeks
      A CT scan of the cervical spine without contrast                      | a CT scan of the cervical spine without contrast
      Discogram with CT Scan of the Cervical Spine                          | Discogram with CT Scan of the Cervical Spine
      MRI of the cervical spine without contrast and with IV sedation       | MRI of the cervical spine without contrast and with IV sedation
      X-ray of the cervical spine (5 views).                                | x-ray of the cervical spine (5 views)
      """)
  void description_asWritten_readsInsideASentence(String description, String expected) {
    assertThat(Prose.description(description)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', textBlock = """
      Norco 10/325 mg #60, 1 tablet twice a day       | opioid            | Norco 10/325 mg #60, 1 tablet twice a day
      Tramadol ER 150 mg #30                          | opioid            | Tramadol ER 150 mg #30
      Lidoderm 5% patches #30                         | topical_analgesic | Lidoderm 5% patches #30
      Naproxen sodium 550 mg #60                      | nsaid             | Naproxen sodium 550 mg #60
      Physical therapy for the lumbar spine, 6 visits | physical_therapy  | physical therapy for the lumbar spine, 6 visits
      """)
  void description_ofADrug_keepsItsNameAsWritten(String description, String service, String expected) {
    assertThat(Prose.description(description, Service.of(service)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a                     | a
      a/b                   | a and b
      a/b/c                 | a, b and c
      a, x/b                | a, x, and b
      a, x/b/c              | a, x; b; and c
      """)
  void list_items_joinedWithCommasOrSemicolons(String items, String expected) {
    List<String> list = Arrays.asList(items.split("/"));
    assertThat(Prose.list(list, "and")).isEqualTo(expected);
  }

  @Test
  void count_one_isSingular() {
    assertThat(Prose.count(1, "visits")).isEqualTo("1 visit");
    assertThat(Prose.count(12, "visits")).isEqualTo("12 visits");
    assertThat(Prose.count(3, "")).isEqualTo("3");
  }

  @Test
  void lowerFirst_ordinaryWordOnly() {
    assertThat(Prose.lowerFirst("Symptoms unchanged")).isEqualTo("symptoms unchanged");
    assertThat(Prose.lowerFirst("MRI of the neck")).isEqualTo("MRI of the neck");
    assertThat(Prose.lowerFirst("C6 radiculopathy")).isEqualTo("C6 radiculopathy");
    assertThat(Prose.lowerFirst("McKenzie exercises")).isEqualTo("McKenzie exercises");
  }

  @Test
  void states_dateInUsualForms_recognised() {
    LocalDate date = LocalDate.of(2015, 1, 14);
    assertThat(Prose.states("MRI on 01/14/15", date)).isTrue();
    assertThat(Prose.states("MRI on 1/14/15", date)).isTrue();
    assertThat(Prose.states("MRI on 01/14/2015", date)).isTrue();
    assertThat(Prose.states("MRI in January", date)).isFalse();
  }

  @Test
  void service_inWords() {
    assertThat(Prose.service(Service.of("iv_sedation"))).isEqualTo("IV sedation");
    assertThat(Prose.service(Service.of("x_ray"))).isEqualTo("x-ray");
    assertThat(Prose.service(Service.of("epidural_steroid_injection"))).isEqualTo("epidural steroid injection");
  }
}
