package org.imrengine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.imrengine.evaluation.Advice;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Part;
import org.imrengine.evaluation.Selection;
import org.imrengine.facts.Evidence;
import org.imrengine.rationale.Rationale;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.LimitCheck;

/**
 * Writes determinations as one JSON document. The output is deterministic: the same
 * determinations give the same bytes, properties always come in the order shown below, line
 * endings are {@code "\n"}, indentation is two spaces and the document ends in a newline. Every
 * property is always present; a value that does not exist is JSON {@code null} (a scalar or
 * object) or {@code []} (a list). Ids of closed vocabularies are the lower-case ids of the rule and
 * case files ({@code "not_documented"}, {@code "mtus_acoem"}). Dates are ISO
 * ({@code "2014-12-16"}).
 *
 * <pre>{@code
 * {
 *   "determinations": [
 *     {
 *       "caseId": "003_04f9b0e14f6627f2",
 *       "requestId": "req-pt-cervical",
 *       "description": "Physical therapy for the cervical spine, 2-3 times a week for 6 weeks",
 *       "service": "physical_therapy",
 *       "outcome": {"id": "upheld", "label": "Upheld"},
 *       "decisionDate": "2014-12-16",
 *       "ruleBase": {"version": "2026.11.0", "contentHash": "<hex sha-256>"},
 *       "rule": {                                  // null when no rule decided the request
 *         "id": "...", "title": "...",
 *         "edition": {"name": "...", "from": "2009-07-18", "to": null,
 *                     "judgedOn": "request_date"},     // or service_date, dispensed_date
 *         "tier": "mtus",
 *         "citation": {"text": "MTUS ... Page(s): 98-99", "guideline": "mtus_chronic_pain",
 *                      "chapter": null, "topic": "Physical Medicine", "pages": ["98-99"]},
 *         "nonMtus": [ <citation>, ... ]
 *       },
 *       "selection": {"candidates": [
 *         {"ruleId": "...", "edition": "...", "tier": "mtus", "verdict": "chosen",
 *          "date": "2014-12-16"}, ...]},              // the date its edition was judged on
 *       "criteria": <criterion> or null,           // the main rule's criteria tree
 *       "limits": [ <limit>, ... ],
 *       "parts": [                                 // the add-ons the main rule does not cover
 *         {"service": "iv_sedation", "outcome": {...}, "rule": ..., "selection": ...,
 *          "criteria": ..., "limits": [...]}
 *       ],
 *       "unmet": ["conservative_care_4_weeks", "iv_sedation/sedation_indication"],
 *       "unconfirmedThresholds": ["iv_sedation/sedation_indication"],  // relied on, not confirmed
 *       "advice": {
 *         "options": [{"steps": [{"part": "mri", "id": "...", "kind": "document", "text": "..."}]}],
 *         "notes": ["..."]
 *       },
 *       "rationale": {"requires": "...", "findings": "...", "conclusion": "...", "advice": null}
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>A {@code <criterion>} is
 * {@code {"id", "text", "operator", "fact", "requirement", "status", "finding", "evidence",
 * "unconfirmed", "source", "children"}}: {@code fact} and {@code requirement} are null where the criterion
 * has none (combinations), {@code status} is {@code "met"}, {@code "not_met"} or
 * {@code "not_documented"}, {@code evidence} is {@code [{"itemId", "date", "summary"}]} (date null
 * when the item has none), {@code unconfirmed} is a boolean, {@code source} is the rule file and
 * line the criterion is written at ({@code "mtus-acoem-ch8-neck.yaml:57"}; for a criterion used
 * by {@code ref}, the shared criterion's place) and {@code children} holds the criteria of a
 * combination in rule order. A {@code <limit>} is {@code {"id", "text", "fact", "requested",
 * "allowed", "group", "status", "finding", "evidence", "unconfirmed", "source"}}, with the
 * amounts as numbers or null; a limit on a total (one with {@code given} in the rule) adds
 * {@code "given"} (what has been given), {@code "total"} (the maximum in all) and
 * {@code "givenFact"}, and its {@code allowed} is what is left.
 *
 * <p>Stateless and thread-safe.
 */
public final class DeterminationJson {
  private DeterminationJson() {}

  /**
   * {@return the JSON document {@code {"determinations": [...]}} for {@code determinations}, in
   * order}
   * @param determinations the determinations to write
   * @param rationale the rationale of each determination, usually {@code engine::rationale}
   */
  public static String write(List<Determination> determinations,
      Function<Determination, Rationale> rationale) {
    Objects.requireNonNull(rationale, "rationale");
    ObjectNode root = Json.object();
    ArrayNode all = root.putArray("determinations");
    for (Determination d : determinations) {
      all.add(determination(d, rationale.apply(d)));
    }
    return Json.write(root);
  }

  /** One determination, in the shape the class comment gives. */
  static ObjectNode determination(Determination d, Rationale rationale) {
    ObjectNode out = Json.object();
    out.put("caseId", d.caseId());
    out.put("requestId", d.requestId());
    out.put("description", d.description());
    out.put("service", d.main().service().id());
    out.set("outcome", Json.outcome(d.outcome()));
    out.put("decisionDate", d.decisionDate().toString());
    out.set("ruleBase", Json.identity(d.ruleBase()));
    putPartBody(out, d.main());
    ArrayNode parts = out.putArray("parts");
    for (Part part : d.parts().subList(1, d.parts().size())) {
      ObjectNode p = parts.addObject();
      p.put("service", part.service().id());
      p.set("outcome", Json.outcome(part.outcome()));
      putPartBody(p, part);
    }
    out.set("unmet", Json.strings(d.unmet()));
    out.set("unconfirmedThresholds", Json.strings(d.unconfirmedThresholds()));
    out.set("advice", advice(d.advice()));
    out.set("rationale", rationale(rationale));
    return out;
  }

  private static void putPartBody(ObjectNode out, Part part) {
    Json.putRule(out, "rule", part.rule());
    out.set("selection", selection(part.selection()));
    if (part.criteria().isPresent()) {
      out.set("criteria", criterion(part.criteria().get()));
    } else {
      out.putNull("criteria");
    }
    ArrayNode limits = out.putArray("limits");
    part.limits().forEach(l -> limits.add(limit(l)));
  }

  private static ObjectNode selection(Selection selection) {
    ObjectNode out = Json.object();
    ArrayNode candidates = out.putArray("candidates");
    for (Selection.Candidate c : selection.candidates()) {
      ObjectNode node = candidates.addObject();
      node.put("ruleId", c.ruleId());
      node.put("edition", c.edition());
      node.put("tier", c.tier().id());
      node.put("verdict", lower(c.verdict()));
      node.put("date", c.date().toString());
    }
    return out;
  }

  static ObjectNode criterion(CriterionResult result) {
    ObjectNode out = Json.object();
    out.put("id", result.id());
    out.put("text", result.wording().text());
    out.put("operator", result.operator());
    Json.put(out, "fact", result.fact().map(f -> f.id()));
    Json.put(out, "requirement", result.requirement());
    out.put("status", result.status().id());
    out.put("finding", result.finding());
    out.set("evidence", evidence(result.evidence()));
    out.put("unconfirmed", result.wording().unconfirmed());
    out.put("source", result.wording().source().toString());
    ArrayNode children = out.putArray("children");
    result.children().forEach(c -> children.add(criterion(c)));
    return out;
  }

  static ObjectNode limit(LimitCheck check) {
    ObjectNode out = Json.object();
    out.put("id", check.id());
    out.put("text", check.limit().wording().text());
    out.put("fact", check.limit().fact().id());
    Json.putNumber(out, "requested", check.requested());
    Json.putNumber(out, "allowed", check.allowed());
    if (check.given().isPresent()) {
      Json.putNumber(out, "given", check.given());
      Json.putNumber(out, "total", check.total());
      out.put("givenFact", check.limit().given().get().id());
    }
    Json.put(out, "group", check.group());
    out.put("status", check.status().id());
    out.put("finding", check.finding());
    out.set("evidence", evidence(check.evidence()));
    out.put("unconfirmed", check.limit().wording().unconfirmed());
    out.put("source", check.limit().wording().source().toString());
    return out;
  }

  private static ArrayNode evidence(List<Evidence> evidence) {
    ArrayNode out = Json.array();
    for (Evidence e : evidence) {
      ObjectNode node = out.addObject();
      node.put("itemId", e.itemId());
      Json.put(node, "date", e.date().map(Object::toString));
      node.put("summary", e.summary());
    }
    return out;
  }

  private static ObjectNode advice(Advice advice) {
    ObjectNode out = Json.object();
    ArrayNode options = out.putArray("options");
    for (Advice.Option option : advice.options()) {
      ArrayNode steps = options.addObject().putArray("steps");
      for (Advice.Step step : option.steps()) {
        ObjectNode node = steps.addObject();
        node.put("part", step.part());
        node.put("id", step.id());
        node.put("kind", lower(step.kind()));
        node.put("text", step.text());
      }
    }
    out.set("notes", Json.strings(advice.notes()));
    return out;
  }

  private static ObjectNode rationale(Rationale rationale) {
    ObjectNode out = Json.object();
    out.put("requires", rationale.requires());
    out.put("findings", rationale.findings());
    out.put("conclusion", rationale.conclusion());
    Json.put(out, "advice", rationale.advice());
    return out;
  }

  private static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
