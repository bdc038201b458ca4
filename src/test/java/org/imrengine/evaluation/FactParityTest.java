package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrengine.facts.Fact;
import org.imrengine.facts.FactValue;
import org.imrengine.facts.Facts;
import org.imrengine.facts.legacy.LegacyFact;
import org.imrengine.facts.legacy.LegacyFactExtractor;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;
import org.imrengine.model.Service;
import org.junit.jupiter.api.Test;

/**
 * Parity of the fact definitions in {@code rules/facts/} with the hand-written extractor they
 * replaced: over every sample, every rule-flip variant and every advice option applied to its
 * case, for each request as submitted and re-aimed at every service, every fact has the same
 * value, status and evidence (ids, dates and words).
 */
class FactParityTest {

  private static List<CaseFile> corpus() {
    List<CaseFile> out = new ArrayList<>(Samples.all());
    for (RuleFlipTest.Variant v : RuleFlipTest.variants()) {
      CaseFile sample = Samples.byPrefix(v.sample());
      out.add(v.edit().apply(CaseEdits.on(sample, v.requestId())).file());
    }
    for (AdviceHonestyTest.OptionCase oc : AdviceHonestyTest.optionCases()) {
      CaseEdits edits = CaseEdits.on(oc.file(), oc.d().requestId());
      for (Advice.Step step : oc.option().steps()) {
        edits = AdviceHonestyTest.apply(edits, oc.d(), step, oc.describe());
      }
      out.add(edits.file());
    }
    return out;
  }

  @Test
  void definitionsAgreeWithTheHandWrittenExtractor() {
    int compared = 0;
    List<String> differences = new ArrayList<>();
    for (CaseFile file : corpus()) {
      for (Request request : file.requests()) {
        for (Service service : Service.values()) {
          Request asked = request.withService(service);
          Facts now = Samples.RULES.facts().derive(file, asked);
          Map<LegacyFact, FactValue> before = LegacyFactExtractor.extract(file, asked);
          assertThat(now.asMap().keySet().stream().map(Fact::id))
              .containsExactlyElementsOf(before.keySet().stream().map(LegacyFact::id).toList());
          for (var e : before.entrySet()) {
            Fact fact = Samples.RULES.facts().fact(e.getKey().id()).orElseThrow();
            FactValue mine = now.get(fact);
            compared++;
            if (!mine.equals(e.getValue())) {
              differences.add(file.caseId() + " / " + request.id() + " as " + service.id() + " / " + fact.id()
                  + "\n    extractor:   " + e.getValue() + "\n    definitions: " + mine);
            }
          }
        }
      }
    }
    assertThat(differences).as("differences among %d fact values", compared).isEmpty();
    assertThat(compared).isGreaterThan(10_000);
  }
}
