package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imrengine.model.CaseFile;
import org.imrengine.rules.Criterion;
import org.imrengine.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * Every edition of every rule of the built-in rule base has an Upheld and an Overturned rule test
 * decided by that edition (issue 11: "each edition of each rule has an upheld and an overturned
 * sample dated inside it"). Which edition decides a test is read from its determination, so a
 * test dated outside the edition it means to test does not count for it. An edition whose
 * criteria are {@code notRecommended} can never be overturned and needs only an Upheld test.
 */
final class EditionCoverageTest {

  @Test
  void everyEditionOfEveryRuleHasAnOverturnedAndAnUpheldTest() {
    Set<String> covered = new LinkedHashSet<>();
    for (RuleTests.Located t : RuleTests.all(RuleTests.DIR)) {
      CaseFile file = t.caseFile();
      Determination d = Samples.EVALUATOR.determine(file, file.request(t.test().request()).orElseThrow());
      for (Part part : d.parts()) {
        part.rule().ifPresent(rule -> covered.add(key(rule) + " " + d.outcome().id()));
      }
    }
    assertThat(missing(covered, Samples.RULES.rules()))
        .as("rule editions without a test of each outcome in %s", RuleTests.DIR).isEmpty();
  }

  @Test
  void missing_namesTheEditionAndTheOutcome_andExemptsANotRecommendedEdition() {
    List<Rule> rules = Samples.RULES.rules().stream()
        .filter(r -> r.id().equals("cervical_discography")).toList();
    Rule old = rules.stream().filter(r -> r.file().equals("mtus-acoem-ch8-neck.yaml")).findFirst().orElseThrow();
    Set<String> covered = new LinkedHashSet<>(List.of(key(old) + " upheld"));

    assertThat(missing(covered, rules)).containsExactly(
        key(old) + " has no Overturned test",
        "cervical_discography [ACOEM Cervical and Thoracic Spine Disorders guideline (2016-05-27), as adopted by the MTUS,"
            + " editions-acoem-neck-2017.yaml] has no Upheld test",
        "cervical_discography [ACOEM Cervical and Thoracic Spine Disorders guideline (2018-10-17), as adopted by the MTUS,"
            + " editions-acoem-neck-2019.yaml] has no Upheld test");
  }

  /** For each rule edition of {@code rules}, in order, each outcome {@code covered} lacks. */
  static List<String> missing(Set<String> covered, List<Rule> rules) {
    List<String> missing = new ArrayList<>();
    for (Rule rule : rules) {
      if (!covered.contains(key(rule) + " upheld")) {
        missing.add(key(rule) + " has no Upheld test");
      }
      if (!(rule.criteria() instanceof Criterion.NotRecommended) && !covered.contains(key(rule) + " overturned")) {
        missing.add(key(rule) + " has no Overturned test");
      }
    }
    return missing;
  }

  private static String key(Rule rule) {
    return rule.id() + " [" + rule.edition().name() + ", " + rule.file() + "]";
  }
}
