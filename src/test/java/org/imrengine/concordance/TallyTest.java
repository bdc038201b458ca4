package org.imrengine.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.ImrDecision;
import org.imrengine.model.ImrOutcome;
import org.junit.jupiter.api.Test;

/**
 * Every statistic on small hand-made corpora, against answers computed by hand (in the comments).
 * Overturned is the positive class throughout.
 */
final class TallyTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final Outcome U = Outcome.UPHELD;
  private static final Outcome O = Outcome.OVERTURNED;

  private int counter;

  /** An observation of {@code service}: the engine's outcome (null: no request) against {@code real} (null: none). */
  private Observation obs(String service, Outcome engine, ImrOutcome real) {
    counter++;
    Map<Dimension, String> keys = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      keys.put(d, d == Dimension.SERVICE ? service : "k-" + d.id());
    }
    Optional<ImrDecision> decision = Optional.ofNullable(real)
        .map(r -> new ImrDecision(r, Optional.empty(), Optional.of("MTUS cited " + counter), Optional.of("letter-" + counter)));
    if (engine == null) {
      return Observation.withoutRequest("f" + counter + ".json", "case-" + counter, "item " + counter, decision.orElseThrow());
    }
    return new Observation("f" + counter + ".json", "case-" + counter, Optional.of("r-" + counter),
        "request " + counter, Optional.of(engine), Optional.of("rule_" + service), List.of("c1"), keys, decision);
  }

  private List<Observation> repeat(int n, String service, Outcome engine, ImrOutcome real) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> obs(service, engine, real)).toList();
  }

  private static Concordance tally(Optional<Dimension> by, List<List<Observation>> groups) {
    Tally t = new Tally(by);
    groups.forEach(g -> g.forEach(t::add));
    return t.result();
  }

  /**
   * The main corpus: 2 both overturned (TP), 1 engine-only overturned (FP), 1 real-only overturned
   * (FN), 4 both upheld (TN); plus one request of each way of not being decided, one without a
   * real decision.
   */
  private Concordance mainCorpus(Optional<Dimension> by) {
    Tally t = new Tally(by);
    repeat(2, "mri", O, ImrOutcome.OVERTURNED).forEach(t::add);
    repeat(1, "mri", O, ImrOutcome.UPHELD).forEach(t::add);
    repeat(1, "ct", U, ImrOutcome.OVERTURNED).forEach(t::add);
    repeat(4, "ct", U, ImrOutcome.UPHELD).forEach(t::add);
    t.add(obs("ct", Outcome.NO_APPLICABLE_RULE, ImrOutcome.UPHELD));
    t.add(obs("mri", Outcome.NO_EDITION_IN_FORCE, ImrOutcome.OVERTURNED));
    t.add(obs("mri", null, ImrOutcome.UPHELD));
    t.add(obs("mri", O, null));
    t.invalid(new InvalidFile("bad.json", "$: malformed JSON"));
    for (int i = 0; i < 9; i++) {
      t.file();
    }
    return t.result();
  }

  @Test
  void mainCorpus_coverageCountsEveryReason() {
    Concordance c = mainCorpus(Optional.empty());

    assertThat(c.requests()).isEqualTo(12);
    assertThat(c.measured()).isEqualTo(11);
    assertThat(c.decided()).isEqualTo(new Ratio(8, 11));
    assertThat(c.count(Coverage.NO_APPLICABLE_RULE)).isEqualTo(1);
    assertThat(c.count(Coverage.NO_EDITION_IN_FORCE)).isEqualTo(1);
    assertThat(c.count(Coverage.NO_REQUEST)).isEqualTo(1);
    assertThat(c.count(Coverage.NO_REAL_DECISION)).isEqualTo(1);
    assertThat(c.notDecided()).extracting(Observation::coverage)
        .containsExactly(Coverage.NO_APPLICABLE_RULE, Coverage.NO_EDITION_IN_FORCE, Coverage.NO_REQUEST);
    assertThat(c.unmeasured()).hasSize(1);
    assertThat(c.invalid()).containsExactly(new InvalidFile("bad.json", "$: malformed JSON"));
    assertThat(c.files()).isEqualTo(9);
    assertThat(c.allAgree()).isFalse();
  }

  @Test
  void mainCorpus_confusionAndDisagreements() {
    Concordance c = mainCorpus(Optional.empty());

    assertThat(c.confusion()).isEqualTo(new Confusion(2, 1, 1, 4));
    assertThat(c.agreements()).isEqualTo(6);
    assertThat(c.disagreements()).hasSize(2).allSatisfy(o -> assertThat(o.agrees()).isFalse());
    assertThat(c.disagreements()).extracting(o -> o.engine().orElseThrow()).containsExactly(O, U);
  }

  @Test
  void mainCorpus_engineStatistics() {
    Statistics s = mainCorpus(Optional.empty()).statistics();

    assertThat(s.decided()).isEqualTo(8);
    assertThat(s.agreement()).isEqualTo(new Ratio(6, 8));          // 0.75
    assertThat(s.overturnRecall()).isEqualTo(new Ratio(2, 3));     // TP / (TP + FN)
    assertThat(s.overturnPrecision()).isEqualTo(new Ratio(2, 3));  // TP / (TP + FP)
    assertThat(s.upheldRecall()).isEqualTo(new Ratio(4, 5));       // TN / (TN + FP)
    // (2/3 + 4/5) / 2 = 22/30
    assertThat(s.balancedAccuracy()).hasValueSatisfying(v -> assertThat(v).isCloseTo(22.0 / 30, EXACT));
    // po = 6/8; pe = (3*3 + 5*5) / 64 = 34/64; kappa = (48/64 - 34/64) / (30/64) = 14/30 = 7/15
    assertThat(s.kappa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(7.0 / 15, EXACT));
    assertThat(s.kappaText()).isEqualTo("0.467");
    assertThat(s.agreement()).hasToString("0.750 (6 of 8)");
  }

  @Test
  void mainCorpus_alwaysUpheldBaseline() {
    Statistics b = mainCorpus(Optional.empty()).baseline();

    assertThat(b.decided()).isEqualTo(8);
    assertThat(b.agreement()).isEqualTo(new Ratio(5, 8));         // the 5 real upholds
    assertThat(b.overturnRecall()).isEqualTo(new Ratio(0, 3));
    assertThat(b.overturnPrecision()).isEqualTo(new Ratio(0, 0));  // never overturns
    assertThat(b.overturnPrecision().value()).isEmpty();
    assertThat(b.overturnPrecision()).hasToString("n/a (0 of 0)");
    assertThat(b.upheldRecall()).isEqualTo(new Ratio(5, 5));
    assertThat(b.balancedAccuracy()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.5, EXACT));
    // po = pe = 5/8: no agreement beyond chance
    assertThat(b.kappa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0, EXACT));
  }

  @Test
  void mainCorpus_byService_groupsSortedWithTheirOwnStatistics() {
    Concordance c = mainCorpus(Optional.of(Dimension.SERVICE));

    // "-" is the letter item without a request (its service is unknown)
    assertThat(c.groups()).extracting(Group::key).containsExactly("-", "ct", "mri");
    Group none = c.groups().get(0);
    assertThat(none.measured()).isEqualTo(1);
    assertThat(none.decided()).isZero();
    Group ct = c.groups().get(1);
    // ct: FN 1, TN 4, plus one with no applicable rule
    assertThat(ct.measured()).isEqualTo(6);
    assertThat(ct.decided()).isEqualTo(5);
    assertThat(ct.confusion()).isEqualTo(new Confusion(0, 0, 1, 4));
    assertThat(ct.statistics().agreement()).isEqualTo(new Ratio(4, 5));
    assertThat(ct.statistics().overturnRecall()).isEqualTo(new Ratio(0, 1));
    assertThat(ct.statistics().overturnPrecision().value()).isEmpty();
    // the engine upholds every ct request, as the baseline does: kappa 0
    assertThat(ct.statistics().kappa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0, EXACT));
    assertThat(ct.baseline().agreement()).isEqualTo(new Ratio(4, 5));
    Group mri = c.groups().get(2);
    // mri: TP 2, FP 1, plus one without an edition; the one without a real decision is not measured
    assertThat(mri.measured()).isEqualTo(4);
    assertThat(mri.decided()).isEqualTo(3);
    assertThat(mri.confusion()).isEqualTo(new Confusion(2, 1, 0, 0));
    assertThat(mri.statistics().agreement()).isEqualTo(new Ratio(2, 3));
    assertThat(mri.statistics().overturnRecall()).isEqualTo(new Ratio(2, 2));
    assertThat(mri.statistics().upheldRecall()).isEqualTo(new Ratio(0, 1));
    assertThat(mri.statistics().balancedAccuracy()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.5, EXACT));
    // po = 2/3; pe = (3*2 + 0*1) / 9 = 2/3: kappa 0
    assertThat(mri.statistics().kappa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0, EXACT));
    assertThat(mri.baseline().agreement()).isEqualTo(new Ratio(1, 3));
  }

  @Test
  void noBreakdown_noGroups() {
    assertThat(mainCorpus(Optional.empty()).groups()).isEmpty();
  }

  @Test
  void noRealOverturns_recallAndBalancedAccuracyUndefined() {
    // 3 both upheld, 1 engine-only overturned
    Concordance c = tally(Optional.empty(),
        List.of(repeat(3, "mri", U, ImrOutcome.UPHELD), repeat(1, "mri", O, ImrOutcome.UPHELD)));
    Statistics s = c.statistics();

    assertThat(s.agreement()).isEqualTo(new Ratio(3, 4));
    assertThat(s.overturnRecall()).isEqualTo(new Ratio(0, 0));
    assertThat(s.overturnRecall().value()).isEmpty();
    assertThat(s.overturnPrecision()).isEqualTo(new Ratio(0, 1));
    assertThat(s.upheldRecall()).isEqualTo(new Ratio(3, 4));
    assertThat(s.balancedAccuracy()).isEmpty();
    assertThat(s.balancedAccuracyText()).isEqualTo("n/a");
    // po = 3/4; pe = (1*0 + 3*4) / 16 = 3/4: kappa 0
    assertThat(s.kappa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0, EXACT));
    // the baseline is right on every request, but both raters have one class: kappa is 0/0
    Statistics b = c.baseline();
    assertThat(b.agreement()).isEqualTo(new Ratio(4, 4));
    assertThat(b.kappa()).isEmpty();
    assertThat(b.kappaText()).isEqualTo("n/a");
  }

  @Test
  void singleClass_allUpheldByBoth_kappaAndBalancedAccuracyUndefined() {
    Concordance c = tally(Optional.empty(), List.of(repeat(3, "mri", U, ImrOutcome.UPHELD)));
    Statistics s = c.statistics();

    assertThat(s.agreement()).isEqualTo(new Ratio(3, 3));
    assertThat(s.overturnRecall().value()).isEmpty();
    assertThat(s.overturnPrecision().value()).isEmpty();
    assertThat(s.upheldRecall()).isEqualTo(new Ratio(3, 3));
    assertThat(s.balancedAccuracy()).isEmpty();
    assertThat(s.kappa()).isEmpty();
    assertThat(c.disagreements()).isEmpty();
    assertThat(c.allAgree()).isTrue();
  }

  @Test
  void singleClass_allOverturnedByBoth_precisionAndRecallOne() {
    Statistics s = tally(Optional.empty(), List.of(repeat(2, "ct", O, ImrOutcome.OVERTURNED))).statistics();

    assertThat(s.overturnRecall()).isEqualTo(new Ratio(2, 2));
    assertThat(s.overturnPrecision()).isEqualTo(new Ratio(2, 2));
    assertThat(s.upheldRecall().value()).isEmpty();
    assertThat(s.balancedAccuracy()).isEmpty();
    assertThat(s.kappa()).isEmpty();
  }

  @Test
  void perfectAgreementOnBothClasses_kappaOne() {
    Statistics s = tally(Optional.empty(),
        List.of(repeat(1, "ct", O, ImrOutcome.OVERTURNED), repeat(3, "ct", U, ImrOutcome.UPHELD))).statistics();

    assertThat(s.balancedAccuracy()).hasValueSatisfying(v -> assertThat(v).isCloseTo(1.0, EXACT));
    assertThat(s.kappa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(1.0, EXACT));
  }

  @Test
  void completeDisagreement_kappaMinusOne() {
    // 1 FP, 1 FN: po = 0, pe = (1*1 + 1*1) / 4 = 1/2, kappa = -1
    Statistics s = tally(Optional.empty(),
        List.of(repeat(1, "ct", O, ImrOutcome.UPHELD), repeat(1, "ct", U, ImrOutcome.OVERTURNED))).statistics();

    assertThat(s.agreement()).isEqualTo(new Ratio(0, 2));
    assertThat(s.kappa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-1.0, EXACT));
    assertThat(s.balancedAccuracy()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0, EXACT));
  }

  @Test
  void nothingDecided_everyStatisticUndefinedAndCoverageZero() {
    Concordance c = tally(Optional.of(Dimension.RULE), List.of(
        repeat(2, "knee", Outcome.NO_APPLICABLE_RULE, ImrOutcome.UPHELD)));
    Statistics s = c.statistics();

    assertThat(c.decided()).isEqualTo(new Ratio(0, 2));
    assertThat(s.decided()).isZero();
    for (Ratio r : List.of(s.agreement(), s.overturnRecall(), s.overturnPrecision(), s.upheldRecall())) {
      assertThat(r).isEqualTo(new Ratio(0, 0));
    }
    assertThat(s.balancedAccuracy()).isEmpty();
    assertThat(s.kappa()).isEmpty();
    assertThat(c.baseline().kappa()).isEmpty();
    assertThat(c.groups()).singleElement().satisfies(g -> {
      assertThat(g.measured()).isEqualTo(2);
      assertThat(g.decided()).isZero();
    });
    assertThat(c.notDecided()).hasSize(2);
  }

  @Test
  void emptyTally_allZero() {
    Concordance c = new Tally(Optional.empty()).result();

    assertThat(c.requests()).isZero();
    assertThat(c.statistics().agreement().value()).isEmpty();
    assertThat(c.allAgree()).isTrue();
  }

  @Test
  void ratio_countAboveDenominator_rejected() {
    assertThatThrownBy(() -> new Ratio(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 of 2");
  }

  @Test
  void confusion_notADecision_rejected() {
    assertThatThrownBy(() -> Confusion.EMPTY.plus(Outcome.NO_APPLICABLE_RULE, ImrOutcome.UPHELD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_APPLICABLE_RULE");
  }

  @Test
  void agrees_meansBothDecidedTheSameWay() {
    assertThat(Observation.agrees(Optional.of(U), Optional.of(U))).isTrue();
    assertThat(Observation.agrees(Optional.of(U), Optional.of(O))).isFalse();
    assertThat(Observation.agrees(Optional.of(Outcome.NO_APPLICABLE_RULE), Optional.of(Outcome.NO_APPLICABLE_RULE))).isFalse();
    assertThat(Observation.agrees(Optional.empty(), Optional.of(U))).isFalse();
    assertThat(Observation.agrees(Optional.of(U), Optional.empty())).isFalse();
  }
}
