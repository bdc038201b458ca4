package org.imrengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrengine.rules.Status.MET;
import static org.imrengine.rules.Status.NOT_DOCUMENTED;
import static org.imrengine.rules.Status.NOT_MET;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three-valued combinations of criterion statuses. */
final class StatusTest {

  @ParameterizedTest(name = "{0}, {1}: all {2}, any {3}")
  @CsvSource({
      "MET,            MET,            MET,            MET",
      "MET,            NOT_MET,        NOT_MET,        MET",
      "MET,            NOT_DOCUMENTED, NOT_DOCUMENTED, MET",
      "NOT_MET,        MET,            NOT_MET,        MET",
      "NOT_MET,        NOT_MET,        NOT_MET,        NOT_MET",
      "NOT_MET,        NOT_DOCUMENTED, NOT_MET,        NOT_DOCUMENTED",
      "NOT_DOCUMENTED, MET,            NOT_DOCUMENTED, MET",
      "NOT_DOCUMENTED, NOT_MET,        NOT_MET,        NOT_DOCUMENTED",
      "NOT_DOCUMENTED, NOT_DOCUMENTED, NOT_DOCUMENTED, NOT_DOCUMENTED",
  })
  void allOfAnyOf_twoParts(Status a, Status b, Status all, Status any) {
    assertThat(Status.allOf(List.of(a, b))).isEqualTo(all);
    assertThat(Status.anyOf(List.of(a, b))).isEqualTo(any);
    // Order does not matter.
    assertThat(Status.allOf(List.of(b, a))).isEqualTo(all);
    assertThat(Status.anyOf(List.of(b, a))).isEqualTo(any);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"MET, MET, NOT_MET", "NOT_MET, NOT_MET, MET", "NOT_DOCUMENTED, NOT_DOCUMENTED, NOT_DOCUMENTED"})
  void allOfAnyOf_onePart_isThePart_andNotSwapsMetAndNotMet(Status only, Status same, Status negated) {
    assertThat(Status.allOf(List.of(only))).isEqualTo(same);
    assertThat(Status.anyOf(List.of(only))).isEqualTo(same);
    assertThat(Status.not(only)).isEqualTo(negated);
    assertThat(Status.not(Status.not(only))).isEqualTo(only);
  }

  @Test
  void allOfAnyOf_noParts_areTheIdentities() {
    assertThat(Status.allOf(List.of())).isEqualTo(MET);
    assertThat(Status.anyOf(List.of())).isEqualTo(NOT_MET);
  }

  @Test
  void isMet_onlyForMet() {
    assertThat(MET.isMet()).isTrue();
    assertThat(NOT_MET.isMet()).isFalse();
    assertThat(NOT_DOCUMENTED.isMet()).isFalse();
  }

  /**
   * At least k of the parts: met with k met parts; not met when even every undocumented part
   * could not make up k; otherwise not documented. Rows are below, at and above each boundary.
   */
  @ParameterizedTest(name = "at least {0} of {1} met, {2} not met, {3} not documented: {4}")
  @CsvSource({
      // k = 2 of 3
      "2, 0, 3, 0, NOT_MET",
      "2, 1, 2, 0, NOT_MET",
      "2, 2, 1, 0, MET",
      "2, 3, 0, 0, MET",
      "2, 0, 2, 1, NOT_MET",
      "2, 0, 1, 2, NOT_DOCUMENTED",
      "2, 1, 1, 1, NOT_DOCUMENTED",
      "2, 1, 0, 2, NOT_DOCUMENTED",
      "2, 2, 0, 1, MET",
      "2, 0, 0, 3, NOT_DOCUMENTED",
      // k = 1 is any
      "1, 0, 3, 0, NOT_MET",
      "1, 1, 2, 0, MET",
      "1, 0, 2, 1, NOT_DOCUMENTED",
      // k = n is all
      "3, 2, 1, 0, NOT_MET",
      "3, 3, 0, 0, MET",
      "3, 2, 0, 1, NOT_DOCUMENTED",
      "3, 1, 1, 1, NOT_MET",
  })
  void atLeast_boundaries(int k, int met, int notMet, int notDocumented, Status expected) {
    List<Status> parts = new ArrayList<>();
    parts.addAll(Collections.nCopies(notDocumented, NOT_DOCUMENTED));
    parts.addAll(Collections.nCopies(notMet, NOT_MET));
    parts.addAll(Collections.nCopies(met, MET));

    assertThat(Status.atLeast(k, parts)).isEqualTo(expected);
    Collections.reverse(parts);
    assertThat(Status.atLeast(k, parts)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"MET", "NOT_MET", "NOT_DOCUMENTED"})
  void atLeast_oneOfTwo_agreesWithAnyOf_andTwoOfTwoWithAllOf(Status other) {
    for (Status s : Status.values()) {
      List<Status> parts = List.of(s, other);
      assertThat(Status.atLeast(1, parts)).as("%s", parts).isEqualTo(Status.anyOf(parts));
      assertThat(Status.atLeast(2, parts)).as("%s", parts).isEqualTo(Status.allOf(parts));
    }
  }
}
