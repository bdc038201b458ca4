package org.imrengine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.EditionImpact;
import org.imrengine.evaluation.RuleImpact;
import org.imrengine.model.Printable;
import org.imrengine.rules.Rule;
import org.imrengine.rules.RuleBase;

/**
 * Writes a {@link RuleImpact.Report}, the comparison of two rule bases over the same cases, as
 * text or JSON. Both list every change in case and request order and end with the counts.
 * Stateless and thread-safe.
 */
public final class ImpactReport {
  private static final int HASH_SHOWN = 12;

  private ImpactReport() {}

  /**
   * {@return the report as text: the two rule bases, then each changed request with its differences
   * indented below it, then {@code "K of N determinations changed (J outcome changes)"}}
   *
   * <pre>{@code
   * Rule bases: before 2026.11.0 (0123456789ab), after 2026.11.0 (ba9876543210)
   * 003_04f9b0e14f6627f2 req-pt-cervical: Physical therapy for the cervical spine, 2-3 times a week for 6 weeks
   *   outcome Upheld -> Overturned
   *   no longer unmet: visits_within_guideline
   * 1 of 8 determinations changed (1 outcome changes)
   * }</pre>
   * @param report the report
   */
  public static String text(RuleImpact.Report report) {
    Objects.requireNonNull(report, "report");
    StringBuilder out = new StringBuilder("Rule bases: before ").append(identity(report.before()))
        .append(", after ").append(identity(report.after())).append('\n');
    for (RuleImpact.Change change : report.changes()) {
      Determination d = change.before();
      out.append(d.caseId()).append(' ').append(d.requestId()).append(": ").append(d.description())
          .append('\n');
      change.differences().forEach(line -> out.append("  ").append(line).append('\n'));
    }
    out.append(summary(report)).append('\n');
    return Printable.lines(out.toString());
  }

  /**
   * The comparison of two days of one rule base ({@link EditionImpact}) as text: the rule base and
   * the two days, then the changes and the summary as {@link #text(RuleImpact.Report)} writes them.
   *
   * <pre>{@code
   * Editions judged on 2017-11-30, then on 2017-12-01 (rule base 2026.12.0 (0123456789ab))
   * 002_e0d4c6ef2efc9dc5 req-lumbar-esi: Lumbar epidural steroid injection at L4-L5, L5-S1
   *   rule epidural_steroid_injection [MTUS Chronic Pain ... (2016)] -> epidural_steroid_injection [ACOEM ...]
   * 5 of 8 determinations changed (0 outcome changes)
   * }</pre>
   *
   * @param report the comparison of the two days
   * @return the text, ending with a line break
   */
  public static String text(EditionImpact.Report report) {
    Objects.requireNonNull(report, "report");
    String changes = text(report.comparison());
    return "Editions judged on " + report.before() + ", then on " + report.after() + " (rule base "
        + identity(report.comparison().before()) + ")\n" + changes.substring(changes.indexOf('\n') + 1);
  }

  /**
   * The comparison of two days as JSON: {@code {"editionsBefore": "2017-11-30", "editionsAfter":
   * "2017-12-01", "ruleBase": {...}, "determinations", "changed", "outcomeChanges", "changes"}},
   * the changes as {@link #json(RuleImpact.Report)} writes them.
   *
   * @param report the comparison of the two days
   * @return the JSON text
   */
  public static String json(EditionImpact.Report report) {
    Objects.requireNonNull(report, "report");
    ObjectNode root = Json.object();
    root.put("editionsBefore", report.before().toString());
    root.put("editionsAfter", report.after().toString());
    root.set("ruleBase", Json.identity(report.comparison().before()));
    ObjectNode body = body(report.comparison());
    body.properties().forEach(e -> root.set(e.getKey(), e.getValue()));
    return Json.write(root);
  }

  /**
   * {@return {@code "K of N determinations changed (J outcome changes)"}}
   * @param report the report
   */
  public static String summary(RuleImpact.Report report) {
    return report.changes().size() + " of " + report.determinations() + " determinations changed ("
        + report.outcomeChanges() + " outcome changes)";
  }

  /**
   * {@return the report as one JSON document, written like {@link DeterminationJson}:
   *
   * <pre>{@code
   * {
   *   "before": {"version": "...", "contentHash": "..."},
   *   "after": {"version": "...", "contentHash": "..."},
   *   "determinations": 8,
   *   "changed": 1,
   *   "outcomeChanges": 1,
   *   "changes": [
   *     {
   *       "caseId": "...", "requestId": "...", "description": "...",
   *       "before": {"outcome": {"id": "upheld", "label": "Upheld"}, "rule": "physical_medicine",
   *                  "unmet": ["visits_within_guideline"]},
   *       "after": {"outcome": {...}, "rule": ..., "unmet": []},
   *       "differences": ["outcome Upheld -> Overturned", "no longer unmet: visits_within_guideline"]
   *     }
   *   ]
   * }
   * }</pre>
   *
   * {@code rule} and {@code edition} are null when no rule decided the request}
   * @param report the report
   */
  public static String json(RuleImpact.Report report) {
    Objects.requireNonNull(report, "report");
    ObjectNode root = Json.object();
    root.set("before", Json.identity(report.before()));
    root.set("after", Json.identity(report.after()));
    body(report).properties().forEach(e -> root.set(e.getKey(), e.getValue()));
    return Json.write(root);
  }

  private static ObjectNode body(RuleImpact.Report report) {
    ObjectNode root = Json.object();
    root.put("determinations", report.determinations());
    root.put("changed", report.changes().size());
    root.put("outcomeChanges", report.outcomeChanges());
    ArrayNode changes = root.putArray("changes");
    for (RuleImpact.Change change : report.changes()) {
      ObjectNode node = changes.addObject();
      node.put("caseId", change.before().caseId());
      node.put("requestId", change.before().requestId());
      node.put("description", change.before().description());
      node.set("before", side(change.before()));
      node.set("after", side(change.after()));
      node.set("differences", Json.strings(change.differences()));
    }
    return root;
  }

  private static ObjectNode side(Determination d) {
    ObjectNode out = Json.object();
    out.set("outcome", Json.outcome(d.outcome()));
    Json.put(out, "rule", d.rule().map(Rule::id));
    Json.put(out, "edition", d.rule().map(r -> r.edition().name()));
    out.set("unmet", Json.strings(d.unmet()));
    return out;
  }

  private static String identity(RuleBase.Identity identity) {
    String hash = identity.contentHash();
    return identity.version() + " (" + hash.substring(0, Math.min(HASH_SHOWN, hash.length())) + ")";
  }
}
