package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imrengine.facts.Facts;
import org.imrengine.model.CaseFile;
import org.imrengine.model.DiagnosisCategory;
import org.imrengine.model.Request;
import org.imrengine.rules.Criterion;
import org.imrengine.rules.Limit;
import org.imrengine.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * The status-only evaluation the advice re-checks rules with ({@link Criterion#status},
 * {@link Limit#status}) gives exactly the status of the traced evaluation, for every node of every
 * rule of the built-in base over the facts of every sample, and of every rule of the service over
 * the facts of every rule test's case, each for its own request.
 */
final class StatusParityTest {

  @Test
  void statusOnlyEvaluationAgreesWithTheTraceEverywhere() {
    List<CaseFile> cases = new ArrayList<>(Samples.all());
    int samples = cases.size();
    for (RuleTests.Located t : RuleTests.all(RuleTests.DIR)) {
      cases.add(t.caseFile());
    }
    long compared = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      CaseFile file = cases.get(i);
      for (Request request : file.requests()) {
        List<Rule> rules = i < samples ? Samples.RULES.rules() : Samples.RULES.rulesFor(request.service());
        Facts facts = Samples.RULES.facts().derive(file, request);
        Set<DiagnosisCategory> diagnoses = new HashSet<>();
        file.diagnoses().forEach(d -> diagnoses.add(d.category()));
        for (Rule rule : rules) {
          for (Criterion node : rule.criteria().nodes()) {
            compared++;
            if (node.status(facts) != node.evaluate(facts).status()) {
              differences.add(file.caseId() + "/" + request.id() + " " + rule.id() + "/" + node.wording().id());
            }
          }
          for (Limit limit : rule.limits()) {
            compared++;
            if (limit.status(facts, diagnoses) != limit.check(facts, diagnoses).status()) {
              differences.add(file.caseId() + "/" + request.id() + " " + rule.id() + " limit " + limit.wording().id());
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(20_000);
    assertThat(differences).isEmpty();
  }
}
