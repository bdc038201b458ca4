package org.imrengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.imrengine.evaluation.Determination;
import org.junit.jupiter.api.Test;

final class DeterminationJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode writeOne(Determination d) throws Exception {
    JsonNode root = parse(DeterminationJson.write(List.of(d), ReportFixtures.ENGINE::rationale));
    assertThat(root.get("determinations")).hasSize(1);
    return root.get("determinations").get(0);
  }

  @Test
  void write_samples_oneDocumentWithEveryDeterminationInOrder() throws Exception {
    List<Determination> samples = ReportFixtures.samples();

    JsonNode root = parse(DeterminationJson.write(samples, ReportFixtures.ENGINE::rationale));

    assertThat(names(root)).containsExactly("determinations");
    assertThat(StreamSupport.stream(root.get("determinations").spliterator(), false)
        .map(d -> d.get("requestId").asText()).toList())
        .containsExactlyElementsOf(samples.stream().map(Determination::requestId).toList());
  }

  @Test
  void write_samples_fixedPropertyOrder() throws Exception {
    JsonNode d = writeOne(ReportFixtures.sample("003", "req-pt-cervical"));

    assertThat(names(d)).containsExactly("caseId", "requestId", "description", "service", "outcome",
        "decisionDate", "ruleBase", "rule", "selection", "criteria", "limits", "parts", "unmet",
        "unconfirmedThresholds", "advice", "rationale");
    assertThat(names(d.get("outcome"))).containsExactly("id", "label");
    assertThat(names(d.get("ruleBase"))).containsExactly("version", "contentHash");
    assertThat(names(d.get("rule"))).containsExactly("id", "title", "edition", "tier", "citation", "nonMtus");
    assertThat(names(d.get("rule").get("edition"))).containsExactly("name", "from", "to", "judgedOn");
    assertThat(names(d.get("rule").get("citation")))
        .containsExactly("text", "guideline", "chapter", "topic", "pages");
    assertThat(names(d.get("selection").get("candidates").get(0)))
        .containsExactly("ruleId", "edition", "tier", "verdict", "date");
    assertThat(names(d.get("criteria"))).containsExactly("id", "text", "operator", "fact",
        "requirement", "status", "finding", "evidence", "unconfirmed", "source", "children");
    assertThat(names(d.get("limits").get(0))).containsExactly("id", "text", "fact", "requested",
        "allowed", "group", "status", "finding", "evidence", "unconfirmed", "source");
    assertThat(names(d.get("advice"))).containsExactly("options", "notes");
    assertThat(names(d.get("advice").get("options").get(0).get("steps").get(0)))
        .containsExactly("part", "id", "kind", "text");
    assertThat(names(d.get("rationale"))).containsExactly("requires", "findings", "conclusion", "advice");
  }

  @Test
  void write_physicalTherapy_valuesMatchTheDetermination() throws Exception {
    Determination pt = ReportFixtures.sample("003", "req-pt-cervical");

    JsonNode d = writeOne(pt);

    assertThat(d.get("caseId").asText()).isEqualTo(pt.caseId());
    assertThat(d.get("description").asText()).isEqualTo(pt.description());
    assertThat(d.get("outcome").get("id").asText()).isEqualTo(pt.outcome().id());
    assertThat(d.get("outcome").get("label").asText()).isEqualTo(pt.outcome().label());
    assertThat(d.get("decisionDate").asText()).isEqualTo(pt.decisionDate().toString());
    assertThat(d.get("ruleBase").get("contentHash").asText()).isEqualTo(pt.ruleBase().contentHash());
    assertThat(d.get("rule").get("id").asText()).isEqualTo(pt.rule().orElseThrow().id());
    assertThat(d.get("rule").get("citation").get("text").asText())
        .isEqualTo(pt.citation().orElseThrow().text());
    assertThat(d.get("rule").get("citation").get("guideline").asText()).isEqualTo("mtus_chronic_pain");
    assertThat(d.get("rule").get("citation").get("chapter").isNull()).isTrue();
    assertThat(d.get("rule").get("citation").get("pages").get(0).asText()).isEqualTo("98-99");
    assertThat(d.get("criteria").get("status").asText())
        .isEqualTo(pt.main().criteria().orElseThrow().status().id());
    assertThat(StreamSupport.stream(d.get("unmet").spliterator(), false).map(JsonNode::asText).toList())
        .containsExactlyElementsOf(pt.unmet());
    // the visit limit of the 2009 CPMTG is confirmed only for myalgia/myositis (guidelines.md 3.9)
    assertThat(d.get("unconfirmedThresholds").toString()).isEqualTo("[\"visits_within_guideline\"]");
    JsonNode limit = d.get("limits").get(0);
    assertThat(limit.get("id").asText()).isEqualTo("visits_within_guideline");
    assertThat(limit.get("requested").isNumber()).isTrue();
    assertThat(limit.get("allowed").asLong()).isEqualTo(pt.main().limits().get(0).allowed().orElseThrow());
    assertThat(d.get("parts")).isEmpty();
  }

  @Test
  void write_criteriaTree_leavesCarryEvidenceAndEveryNodeItsChildren() throws Exception {
    JsonNode criteria = writeOne(ReportFixtures.sample("003", "req-tpi-cervical")).get("criteria");

    List<JsonNode> nodes = new ArrayList<>();
    collect(criteria, nodes);

    assertThat(nodes).allSatisfy(n -> assertThat(n.get("status").asText())
        .isIn("met", "not_met", "not_documented"));
    assertThat(nodes).filteredOn(n -> n.get("children").isEmpty())
        .allSatisfy(n -> assertThat(n.get("fact").isTextual()).isTrue());
    JsonNode evidence = nodes.stream().filter(n -> n.get("evidence").size() > 0).findFirst()
        .orElseThrow().get("evidence").get(0);
    assertThat(names(evidence)).containsExactly("itemId", "date", "summary");
  }

  /**
   * The source of every criterion and limit of every sample is a line of a built-in rule file:
   * the line that starts the criterion's mapping (or the key it is the value of), which names its
   * id, or for a combination without an id, its operator.
   */
  @Test
  void write_samples_everyCriterionAndLimitNamesItsRuleFileAndLine() throws Exception {
    JsonNode root = parse(DeterminationJson.write(ReportFixtures.samples(), ReportFixtures.ENGINE::rationale));
    List<JsonNode> nodes = new ArrayList<>();
    for (JsonNode d : root.get("determinations")) {
      if (!d.get("criteria").isNull()) {
        collect(d.get("criteria"), nodes);
      }
      d.get("limits").forEach(nodes::add);
      for (JsonNode part : d.get("parts")) {
        if (!part.get("criteria").isNull()) {
          collect(part.get("criteria"), nodes);
        }
      }
    }

    List<String> wrong = new ArrayList<>();
    for (JsonNode n : nodes) {
      String source = n.get("source").asText();
      if (!source.matches("[a-z0-9-]+\\.yaml:[1-9][0-9]*")) {
        wrong.add(n.get("id").asText() + " at " + source);
        continue;
      }
      List<String> lines = java.nio.file.Files.readAllLines(
          java.nio.file.Path.of("rules", source.substring(0, source.indexOf(':'))));
      int at = Integer.parseInt(source.substring(source.indexOf(':') + 1));
      String line = lines.get(at - 1);
      if (line.strip().endsWith(":") && !line.strip().startsWith("-")) {
        // "criteria:" with the criterion's mapping on the lines below it
        line = line + " " + lines.get(at);
      }
      String id = n.get("id").asText();
      boolean names = id.isEmpty()
          ? List.of("criteria:", "all:", "any:", "not:", "atLeast:").stream().anyMatch(line::contains)
          : line.contains("id: " + id);
      if (!names) {
        wrong.add((id.isEmpty() ? n.get("operator").asText() : id) + " at " + source + ": " + line.strip());
      }
    }

    assertThat(nodes).hasSizeGreaterThan(100);
    assertThat(wrong).isEmpty();
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    out.add(node);
    node.get("children").forEach(c -> collect(c, out));
  }

  @Test
  void write_mriWithSedation_addOnPart() throws Exception {
    Determination mri = ReportFixtures.sample("003", "req-mri-cervical");

    JsonNode d = writeOne(mri);

    assertThat(d.get("parts")).hasSize(1);
    JsonNode part = d.get("parts").get(0);
    assertThat(names(part)).containsExactly("service", "outcome", "rule", "selection", "criteria", "limits");
    assertThat(part.get("service").asText()).isEqualTo("iv_sedation");
    assertThat(part.get("rule").get("id").asText()).isEqualTo(mri.parts().get(1).rule().orElseThrow().id());
    assertThat(part.get("criteria").get("id").asText()).isEqualTo("sedation_indication");
    assertThat(d.get("unmet").toString()).contains("iv_sedation/");
  }

  @Test
  void write_ctScan_nonMtusCitations() throws Exception {
    Determination ct = ReportFixtures.sample("001", "req-ct-cervical");

    JsonNode nonMtus = writeOne(ct).get("rule").get("nonMtus");

    assertThat(nonMtus).hasSize(ct.rule().orElseThrow().nonMtus().size()).isNotEmpty();
    assertThat(nonMtus.get(0).get("guideline").asText()).isEqualTo("odg");
    assertThat(nonMtus.get(0).get("text").asText()).startsWith("Non-MTUS Citation ");
    assertThat(nonMtus.get(0).get("pages")).isEmpty();
  }

  @Test
  void write_noApplicableRule_nullRuleAndCriteria() throws Exception {
    JsonNode d = writeOne(ReportFixtures.noApplicableRule());

    assertThat(d.get("outcome").get("id").asText()).isEqualTo("no_applicable_rule");
    assertThat(d.get("rule").isNull()).isTrue();
    assertThat(d.get("criteria").isNull()).isTrue();
    assertThat(d.get("limits")).isEmpty();
    assertThat(d.get("selection").get("candidates")).isEmpty();
    assertThat(d.get("advice").get("options")).isEmpty();
  }

  @Test
  void write_rationale_allParagraphsAndAdviceOrNull() throws Exception {
    Determination d = ReportFixtures.sample("004", "req-xray-cervical");

    JsonNode with = parse(DeterminationJson.write(List.of(d),
        x -> ReportFixtures.rationale(Optional.of("Document Z."))))
        .get("determinations").get(0).get("rationale");
    JsonNode without = parse(DeterminationJson.write(List.of(d),
        x -> ReportFixtures.rationale(Optional.empty())))
        .get("determinations").get(0).get("rationale");

    assertThat(with.get("requires").asText()).isEqualTo("The guideline requires X.");
    assertThat(with.get("findings").asText()).isEqualTo("The record shows Y.");
    assertThat(with.get("conclusion").asText()).isEqualTo("Not medically necessary.");
    assertThat(with.get("advice").asText()).isEqualTo("Document Z.");
    assertThat(without.get("advice").isNull()).isTrue();
  }

  @Test
  void write_samples_deterministicPrettyTextWithNewlines() {
    String first = DeterminationJson.write(ReportFixtures.samples(), ReportFixtures.ENGINE::rationale);
    String second = DeterminationJson.write(ReportFixtures.samples(), ReportFixtures.ENGINE::rationale);

    assertThat(first).isEqualTo(second);
    assertThat(first).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"determinations\": [\n");
    assertThat(first).contains("\"outcome\": {\n");
  }

  @Test
  void write_noDeterminations_emptyArray() {
    assertThat(DeterminationJson.write(List.of(), ReportFixtures.ENGINE::rationale))
        .isEqualTo("{\n  \"determinations\": []\n}\n");
  }
}
