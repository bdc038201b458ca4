package org.imrengine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
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
 * <p>The document is streamed to a Jackson generator, property by property, without building a
 * tree first. Stateless and thread-safe.
 */
public final class DeterminationJson {
  // Property names encoded once (writing a document is mostly writing strings).
  private static final SerializedString F_ADVICE = new SerializedString("advice");
  private static final SerializedString F_ALLOWED = new SerializedString("allowed");
  private static final SerializedString F_CANDIDATES = new SerializedString("candidates");
  private static final SerializedString F_CASE_ID = new SerializedString("caseId");
  private static final SerializedString F_CHILDREN = new SerializedString("children");
  private static final SerializedString F_CONCLUSION = new SerializedString("conclusion");
  private static final SerializedString F_CONTENT_HASH = new SerializedString("contentHash");
  private static final SerializedString F_CRITERIA = new SerializedString("criteria");
  private static final SerializedString F_DATE = new SerializedString("date");
  private static final SerializedString F_DECISION_DATE = new SerializedString("decisionDate");
  private static final SerializedString F_DESCRIPTION = new SerializedString("description");
  private static final SerializedString F_DETERMINATIONS = new SerializedString("determinations");
  private static final SerializedString F_EDITION = new SerializedString("edition");
  private static final SerializedString F_EVIDENCE = new SerializedString("evidence");
  private static final SerializedString F_FACT = new SerializedString("fact");
  private static final SerializedString F_FINDING = new SerializedString("finding");
  private static final SerializedString F_FINDINGS = new SerializedString("findings");
  private static final SerializedString F_GIVEN = new SerializedString("given");
  private static final SerializedString F_GIVEN_FACT = new SerializedString("givenFact");
  private static final SerializedString F_GROUP = new SerializedString("group");
  private static final SerializedString F_ID = new SerializedString("id");
  private static final SerializedString F_ITEM_ID = new SerializedString("itemId");
  private static final SerializedString F_KIND = new SerializedString("kind");
  private static final SerializedString F_LABEL = new SerializedString("label");
  private static final SerializedString F_LIMITS = new SerializedString("limits");
  private static final SerializedString F_NOTES = new SerializedString("notes");
  private static final SerializedString F_OPERATOR = new SerializedString("operator");
  private static final SerializedString F_OPTIONS = new SerializedString("options");
  private static final SerializedString F_OUTCOME = new SerializedString("outcome");
  private static final SerializedString F_PART = new SerializedString("part");
  private static final SerializedString F_PARTS = new SerializedString("parts");
  private static final SerializedString F_RATIONALE = new SerializedString("rationale");
  private static final SerializedString F_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString F_REQUESTED = new SerializedString("requested");
  private static final SerializedString F_REQUIREMENT = new SerializedString("requirement");
  private static final SerializedString F_REQUIRES = new SerializedString("requires");
  private static final SerializedString F_RULE = new SerializedString("rule");
  private static final SerializedString F_RULE_BASE = new SerializedString("ruleBase");
  private static final SerializedString F_RULE_ID = new SerializedString("ruleId");
  private static final SerializedString F_SELECTION = new SerializedString("selection");
  private static final SerializedString F_SERVICE = new SerializedString("service");
  private static final SerializedString F_SOURCE = new SerializedString("source");
  private static final SerializedString F_STATUS = new SerializedString("status");
  private static final SerializedString F_STEPS = new SerializedString("steps");
  private static final SerializedString F_SUMMARY = new SerializedString("summary");
  private static final SerializedString F_TEXT = new SerializedString("text");
  private static final SerializedString F_TIER = new SerializedString("tier");
  private static final SerializedString F_TOTAL = new SerializedString("total");
  private static final SerializedString F_UNCONFIRMED = new SerializedString("unconfirmed");
  private static final SerializedString F_UNCONFIRMED_THRESHOLDS = new SerializedString("unconfirmedThresholds");
  private static final SerializedString F_UNMET = new SerializedString("unmet");
  private static final SerializedString F_VERDICT = new SerializedString("verdict");
  private static final SerializedString F_VERSION = new SerializedString("version");

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
    // One layout for both: the document is the stream's, written to memory as UTF-8 and decoded once.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(32_768);
    try (DeterminationJsonStream stream = new DeterminationJsonStream(bytes)) {
      for (Determination d : determinations) {
        stream.add(d, rationale.apply(d));
      }
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes one determination, in the shape the class comment gives, at the generator's nesting. */
  static void determination(JsonGenerator g, Determination d, Rationale rationale) throws IOException {
    g.writeStartObject();
    text(g, F_CASE_ID, d.caseId());
    text(g, F_REQUEST_ID, d.requestId());
    text(g, F_DESCRIPTION, d.description());
    text(g, F_SERVICE, d.main().service().id());
    g.writeFieldName(F_OUTCOME);
    outcome(g, d.outcome());
    text(g, F_DECISION_DATE, d.decisionDate().toString());
    g.writeFieldName(F_RULE_BASE);
    g.writeStartObject();
    text(g, F_VERSION, d.ruleBase().version());
    text(g, F_CONTENT_HASH, d.ruleBase().contentHash());
    g.writeEndObject();
    partBody(g, d.main());
    g.writeFieldName(F_PARTS);
    g.writeStartArray();
    for (Part part : d.parts().subList(1, d.parts().size())) {
      g.writeStartObject();
      text(g, F_SERVICE, part.service().id());
      g.writeFieldName(F_OUTCOME);
      outcome(g, part.outcome());
      partBody(g, part);
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, F_UNMET, d.unmet());
    strings(g, F_UNCONFIRMED_THRESHOLDS, d.unconfirmedThresholds());
    g.writeFieldName(F_ADVICE);
    advice(g, d.advice());
    g.writeFieldName(F_RATIONALE);
    g.writeStartObject();
    text(g, F_REQUIRES, rationale.requires());
    text(g, F_FINDINGS, rationale.findings());
    text(g, F_CONCLUSION, rationale.conclusion());
    string(g, F_ADVICE, rationale.advice());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void outcome(JsonGenerator g, org.imrengine.evaluation.Outcome outcome) throws IOException {
    g.writeStartObject();
    text(g, F_ID, outcome.id());
    text(g, F_LABEL, outcome.label());
    g.writeEndObject();
  }

  private static void partBody(JsonGenerator g, Part part) throws IOException {
    g.writeFieldName(F_RULE);
    if (part.rule().isPresent()) {
      // The rule's shape is the one every report shares (Json.putRule): a small tree.
      Json.write(g, Json.rule(part.rule().get()));
    } else {
      g.writeNull();
    }
    g.writeFieldName(F_SELECTION);
    g.writeStartObject();
    g.writeFieldName(F_CANDIDATES);
    g.writeStartArray();
    for (Selection.Candidate c : part.selection().candidates()) {
      g.writeStartObject();
      text(g, F_RULE_ID, c.ruleId());
      text(g, F_EDITION, c.edition());
      text(g, F_TIER, c.tier().id());
      text(g, F_VERDICT, lower(c.verdict()));
      text(g, F_DATE, c.date().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeFieldName(F_CRITERIA);
    if (part.criteria().isPresent()) {
      criterion(g, part.criteria().get());
    } else {
      g.writeNull();
    }
    g.writeFieldName(F_LIMITS);
    g.writeStartArray();
    for (LimitCheck l : part.limits()) {
      limit(g, l);
    }
    g.writeEndArray();
  }

  private static void criterion(JsonGenerator g, CriterionResult result) throws IOException {
    g.writeStartObject();
    text(g, F_ID, result.id());
    text(g, F_TEXT, result.wording().text());
    text(g, F_OPERATOR, result.operator());
    string(g, F_FACT, result.fact().map(f -> f.id()));
    string(g, F_REQUIREMENT, result.requirement());
    text(g, F_STATUS, result.status().id());
    text(g, F_FINDING, result.finding());
    evidence(g, result.evidence());
    bool(g, F_UNCONFIRMED, result.wording().unconfirmed());
    text(g, F_SOURCE, result.wording().source().toString());
    g.writeFieldName(F_CHILDREN);
    g.writeStartArray();
    for (CriterionResult c : result.children()) {
      criterion(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void limit(JsonGenerator g, LimitCheck check) throws IOException {
    g.writeStartObject();
    text(g, F_ID, check.id());
    text(g, F_TEXT, check.limit().wording().text());
    text(g, F_FACT, check.limit().fact().id());
    number(g, F_REQUESTED, check.requested());
    number(g, F_ALLOWED, check.allowed());
    if (check.given().isPresent()) {
      number(g, F_GIVEN, check.given());
      number(g, F_TOTAL, check.total());
      text(g, F_GIVEN_FACT, check.limit().given().get().id());
    }
    string(g, F_GROUP, check.group());
    text(g, F_STATUS, check.status().id());
    text(g, F_FINDING, check.finding());
    evidence(g, check.evidence());
    bool(g, F_UNCONFIRMED, check.limit().wording().unconfirmed());
    text(g, F_SOURCE, check.limit().wording().source().toString());
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
    g.writeFieldName(F_EVIDENCE);
    g.writeStartArray();
    for (Evidence e : evidence) {
      g.writeStartObject();
      text(g, F_ITEM_ID, e.itemId());
      string(g, F_DATE, e.date().map(Object::toString));
      text(g, F_SUMMARY, e.summary());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void advice(JsonGenerator g, Advice advice) throws IOException {
    g.writeStartObject();
    g.writeFieldName(F_OPTIONS);
    g.writeStartArray();
    for (Advice.Option option : advice.options()) {
      g.writeStartObject();
      g.writeFieldName(F_STEPS);
      g.writeStartArray();
      for (Advice.Step step : option.steps()) {
        g.writeStartObject();
        text(g, F_PART, step.part());
        text(g, F_ID, step.id());
        text(g, F_KIND, lower(step.kind()));
        text(g, F_TEXT, step.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, F_NOTES, advice.notes());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, SerializedString name, List<String> values) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** {@code name} with {@code value}, or JSON null when it is empty. */
  private static void string(JsonGenerator g, SerializedString name, java.util.Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeString(value.get());
    } else {
      g.writeFieldName(name);
      g.writeNull();
    }
  }

  private static void number(JsonGenerator g, SerializedString name, java.util.Optional<Long> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(value.get());
    } else {
      g.writeFieldName(name);
      g.writeNull();
    }
  }

  private static void text(JsonGenerator g, SerializedString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void bool(JsonGenerator g, SerializedString name, boolean value) throws IOException {
    g.writeFieldName(name);
    g.writeBoolean(value);
  }

  private static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
