package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.facts.Fact;
import org.imrengine.facts.FactValue;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileException;
import org.imrengine.model.Request;
import org.imrengine.rationale.RationaleWriter;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.LimitCheck;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.Status;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the rule tests of {@code rules/tests/} (docs/rule-format.md, "Rule tests"): one dynamic
 * test per rule test, grouped by file, each failure naming the file, the test's index and its
 * name. Checks that every rule of the built-in rule base has an Overturned and an Upheld test, and
 * that the harness itself fails loudly on broken tests (fixtures in
 * {@code src/test/resources/rule-tests-invalid/}).
 *
 * <p>For every test: the outcome; each part's service, rule and (where given) outcome, and that
 * there are no other parts; the {@code unmet} ids among {@link Determination#unmet()}; the
 * {@code met} ids met in their part; the facts' values. For every Overturned test besides: no
 * advice, every part Overturned, and a rationale that concludes the request is medically
 * necessary.
 */
final class RuleTestsTest {
  private static final Path INVALID = Path.of("src", "test", "resources", "rule-tests-invalid");

  @TestFactory
  Stream<DynamicContainer> ruleTests() {
    List<Path> files = RuleTests.files(RuleTests.DIR);
    assertThat(files).as("rule test files in %s", RuleTests.DIR).isNotEmpty();
    return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
        RuleTests.read(file).stream().map(t -> DynamicTest.dynamicTest(t.test().name(), () -> check(t)))));
  }

  @Test
  void everyRuleHasAnOverturnedAndAnUpheldTest() {
    assertThat(missingOutcomes(RuleTests.all(RuleTests.DIR), Samples.RULES.ruleIds(), neverOverturned(Samples.RULES)))
        .as("rules without a test of each outcome in %s", RuleTests.DIR).isEmpty();
  }

  /**
   * The rules that no case can overturn: every edition's criteria is {@code notRecommended} (the
   * guideline does not recommend the service for the condition at all), so they need only an
   * Upheld test.
   */
  static Set<String> neverOverturned(RuleBase rules) {
    return rules.ruleIds().stream()
        .filter(id -> rules.rules().stream().filter(r -> r.id().equals(id))
            .allMatch(r -> r.criteria() instanceof org.imrengine.rules.Criterion.NotRecommended))
        .collect(Collectors.toSet());
  }

  @Test
  void missingOutcomes_ruleWithOnlyAnUpheldTest_isNamed() {
    List<RuleTests.Located> upheldOnly = RuleTests.read(INVALID.resolve("wrong-outcome.yaml")).stream()
        .map(t -> new RuleTests.Located(t.file(), t.index(), new RuleTests.RuleTest(t.test().name(), t.test().base(),
            t.test().request(), t.test().patch(), new RuleTests.Expect("upheld", t.test().expect().parts(),
                List.of(), List.of(), Map.of()))))
        .collect(Collectors.toList());

    assertThat(missingOutcomes(upheldOnly, List.of("physical_medicine", "cervical_ct")))
        .containsExactly("physical_medicine has no Overturned test", "cervical_ct has no Overturned test",
            "cervical_ct has no Upheld test");
  }

  /** For each rule of {@code ruleIds}, in order, each outcome it has no test of. */
  static List<String> missingOutcomes(List<RuleTests.Located> tests, List<String> ruleIds) {
    return missingOutcomes(tests, ruleIds, Set.of());
  }

  /** As above; the rules of {@code neverOverturned} need only an Upheld test. */
  static List<String> missingOutcomes(List<RuleTests.Located> tests, List<String> ruleIds,
      Set<String> neverOverturned) {
    List<String> missing = new ArrayList<>();
    for (String rule : ruleIds) {
      for (Outcome outcome : List.of(Outcome.OVERTURNED, Outcome.UPHELD)) {
        if (outcome == Outcome.OVERTURNED && neverOverturned.contains(rule)) {
          continue;
        }
        boolean found = tests.stream().anyMatch(t -> outcome(t) == outcome
            && t.test().expect().parts().stream().anyMatch(p -> p.rule().equals(rule)));
        if (!found) {
          missing.add(rule + " has no " + outcome.label() + " test");
        }
      }
    }
    return missing;
  }

  @Test
  void testNamesAreUnique() {
    List<String> names = RuleTests.all(RuleTests.DIR).stream().map(t -> t.test().name())
        .collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void everyTestFileIsNamedAfterARuleFile() {
    Set<String> ruleFiles = RuleTests.files(Path.of("rules")).stream().map(p -> p.getFileName().toString())
        .filter(n -> !n.equals("index.yaml")).collect(Collectors.toSet());
    assertThat(RuleTests.files(RuleTests.DIR)).extracting(p -> p.getFileName().toString())
        .allSatisfy(n -> assertThat(ruleFiles).as("rule files, for test file %s", n).contains(n));
  }

  @Test
  void ruleTests_areNotPackagedWithTheRules() {
    assertThat(RuleBase.class.getResource("/rules/index.yaml")).as("the packaged index").isNotNull();
    for (Path file : RuleTests.files(RuleTests.DIR)) {
      assertThat(RuleBase.class.getResource("/rules/tests/" + file.getFileName()))
          .as("%s on the class path", file).isNull();
    }
  }

  // ---- the harness fails loudly --------------------------------------------------------------

  @Test
  void check_wrongExpectation_namesFileAndTest() {
    Path file = INVALID.resolve("wrong-outcome.yaml");
    RuleTests.Located t = RuleTests.read(file).get(0);

    assertThatThrownBy(() -> check(t)).isInstanceOf(AssertionError.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("tests[0] 'expects the wrong outcome'")
        .hasMessageContaining("outcome");
  }

  @Test
  void check_wrongFactValue_namesTheFact() {
    RuleTests.Located t = RuleTests.read(INVALID.resolve("wrong-fact.yaml")).get(0);

    assertThatThrownBy(() -> check(t)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("'wrong fact value'").hasMessageContaining("fact red_flag");
  }

  @Test
  void check_unknownCriterion_failsNamingIt() {
    RuleTests.Located t = RuleTests.read(INVALID.resolve("unknown-criterion.yaml")).get(0);

    assertThatThrownBy(() -> check(t)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("'unknown criterion'").hasMessageContaining("no_such_criterion");
  }

  @Test
  void patch_unknownId_failsNamingFileTestAndOperation() {
    Path file = INVALID.resolve("unknown-id.yaml");
    RuleTests.Located t = RuleTests.read(file).get(0);

    assertThatThrownBy(t::caseFile).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + " tests[0] 'removes an item the case lacks' patch[1]")
        .hasMessageContaining("no item or request 'dx-no-such-item'");
  }

  @Test
  void patch_unknownField_isRejectedByTheCaseReaderWithItsPath() {
    RuleTests.Located t = RuleTests.read(INVALID.resolve("unknown-field.yaml")).get(0);

    assertThatThrownBy(t::caseFile).isInstanceOf(CaseFileException.class)
        .hasMessageContaining("'sets a field the format lacks'").hasMessageContaining("quantityy");
  }

  @Test
  void read_unknownKey_failsNamingTheFile() {
    Path file = INVALID.resolve("unknown-key.yaml");

    assertThatThrownBy(() -> RuleTests.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("expected");
  }

  // ---- the checks ----------------------------------------------------------------------------

  static void check(RuleTests.Located t) {
    check(t, Samples.RULES);
  }

  /** Runs rule test {@code t} against {@code rules}. */
  static void check(RuleTests.Located t, org.imrengine.rules.RuleBase rules) {
    RuleTests.Expect expect = t.test().expect();
    CaseFile file = t.caseFile(rules.drugs());
    Determination d = new Evaluator(rules).determine(file, file.request(t.test().request()).orElseThrow(
        () -> new IllegalArgumentException(t.where() + ": the case has no request " + t.test().request())));
    String context = t.where() + "\n  unmet: " + d.unmet();
    Outcome expected = outcome(t);
    assertThat(d.outcome()).as("outcome of %s", context).isEqualTo(expected);
    assertThat(d.parts()).as("parts of %s", context).extracting(p -> p.service().id())
        .containsExactlyElementsOf(expect.parts().stream().map(RuleTests.ExpectedPart::service)
            .collect(Collectors.toList()));
    for (int i = 0; i < expect.parts().size(); i++) {
      RuleTests.ExpectedPart want = expect.parts().get(i);
      Part part = d.parts().get(i);
      assertThat(part.rule().map(r -> r.id())).as("rule of part %s of %s", want.service(), context)
          .contains(want.rule());
      if (want.outcome() != null) {
        assertThat(part.outcome()).as("outcome of part %s of %s", want.service(), context)
            .isEqualTo(outcome(want.outcome(), t));
      }
      if (want.edition() != null) {
        assertThat(part.rule().map(r -> r.edition().name())).as("edition of part %s of %s", want.service(), context)
            .contains(want.edition());
      }
    }
    assertThat(d.unmet()).as("unmet criteria of %s", context).containsAll(expect.unmet());
    for (String id : expect.met()) {
      assertThat(status(d, id)).as("status of %s in %s", id, context)
          .hasValueSatisfying(s -> assertThat(s).as("status of %s in %s", id, context).isEqualTo(Status.MET));
    }
    List<String> adviceTexts = d.advice().options().stream().flatMap(o -> o.steps().stream())
        .map(org.imrengine.evaluation.Advice.Step::text).collect(Collectors.toList());
    for (String words : expect.advice()) {
      assertThat(adviceTexts).as("advice of %s", context).anyMatch(text -> text.contains(words));
    }
    Request request = file.request(t.test().request()).orElseThrow();
    for (Map.Entry<String, String> fact : expect.facts().entrySet()) {
      assertThat(factValue(rules, file, request, fact.getKey(), t)).as("fact %s of %s", fact.getKey(), context)
          .isEqualTo(fact.getValue());
    }
    if (expected == Outcome.OVERTURNED) {
      assertThat(d.advice().options()).as("advice of an Overturned request, %s", context).isEmpty();
      assertThat(d.parts()).as("every part of %s", context).allMatch(p -> p.outcome() == Outcome.OVERTURNED);
      assertThat(RationaleWriter.write(d).conclusion()).as("conclusion of %s", context)
          .contains("is medically necessary").doesNotContain("not medically necessary");
    }
  }

  private static Outcome outcome(RuleTests.Located t) {
    return outcome(t.test().expect().outcome(), t);
  }

  private static Outcome outcome(String id, RuleTests.Located t) {
    return Stream.of(Outcome.UPHELD, Outcome.OVERTURNED).filter(o -> o.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(t.where() + ": outcome '" + id
            + "' (expected upheld or overturned)"));
  }

  /**
   * The status of criterion or limit {@code id} ({@code service/id} for an add-on part), or empty
   * (with an assertion failure) when the part has no such criterion or limit.
   */
  private static Optional<Status> status(Determination d, String id) {
    Part part = d.main();
    String local = id;
    if (id.contains("/")) {
      String service = id.substring(0, id.indexOf('/'));
      local = id.substring(id.indexOf('/') + 1);
      part = d.parts().stream().filter(p -> p.service().id().equals(service)).findFirst().orElse(null);
      if (part == null) {
        return Optional.empty();
      }
    }
    String wanted = local;
    Optional<Status> criterion = part.criteria().stream().flatMap(c -> c.nodes().stream())
        .filter(n -> n.id().equals(wanted)).map(CriterionResult::status).findFirst();
    return criterion.isPresent() ? criterion
        : part.limits().stream().filter(l -> l.id().equals(wanted)).map(LimitCheck::status).findFirst();
  }

  // The one place the harness reads facts: by id, so that a test file names facts as rules do.
  private static String factValue(org.imrengine.rules.RuleBase rules, CaseFile file, Request request, String id,
      RuleTests.Located t) {
    Fact fact = rules.facts().fact(id)
        .orElseThrow(() -> new IllegalArgumentException(t.where() + ": unknown fact '" + id + "'"));
    FactValue value = rules.facts().derive(file, request).get(fact);
    if (value instanceof FactValue.Flag) {
      return ((FactValue.Flag) value).present() ? "present" : "absent";
    }
    if (value instanceof FactValue.Quantity) {
      return Long.toString(((FactValue.Quantity) value).amount());
    }
    return "not_documented";
  }

}
