package org.imrengine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.concordance.Concordance;
import org.imrengine.concordance.Confusion;
import org.imrengine.concordance.Coverage;
import org.imrengine.concordance.Group;
import org.imrengine.concordance.InvalidFile;
import org.imrengine.concordance.Observation;
import org.imrengine.concordance.Ratio;
import org.imrengine.concordance.Statistics;
import org.imrengine.model.ImrDecision;
import org.imrengine.model.Printable;
import org.imrengine.rules.RuleBase;

/**
 * Writes a {@link Concordance} as text or as one JSON document. Both start with coverage (how many
 * requests the engine decided, and why not the others), then the statistics of the engine beside
 * those of the always-Upheld baseline, the confusion matrix, the breakdown, and the lists: not
 * decided, invalid files, disagreements. Deterministic; stateless and thread-safe.
 */
public final class ConcordanceReport {
  private static final int HASH_SHOWN = 12;
  private static final List<Coverage> NOT_DECIDED =
      List.of(Coverage.NO_APPLICABLE_RULE, Coverage.NO_EDITION_IN_FORCE, Coverage.NO_REQUEST);

  private ConcordanceReport() {}

  /**
   * {@return the report as text; every line ends in {@code "\n"}}
   * @param c the concordance
   * @param rules the rule base
   */
  public static String text(Concordance c, RuleBase.Identity rules) {
    Objects.requireNonNull(rules, "rules");
    StringBuilder out = new StringBuilder();
    out.append("Concordance of ").append(c.requests()).append(" requests in ").append(c.files())
        .append(" case files (rule base ").append(rules.version()).append(", ")
        .append(rules.contentHash(), 0, Math.min(HASH_SHOWN, rules.contentHash().length()))
        .append(")\n\n");
    coverage(out, c);
    out.append('\n').append("Agreement on the ").append(c.count(Coverage.DECIDED))
        .append(" decided requests (overturned is the positive class)\n");
    out.append(Columns.align(statisticsRows(c.statistics(), c.baseline())));
    out.append('\n').append("Confusion matrix\n").append(Columns.align(confusionRows(c.confusion())));
    if (c.by().isPresent()) {
      out.append('\n').append("By ").append(c.by().get().id()).append('\n')
          .append(Columns.align(groupRows(c)));
    }
    if (!c.notDecided().isEmpty()) {
      out.append('\n').append("Not decided\n");
      for (Observation o : c.notDecided()) {
        out.append("  ").append(where(o)).append(": ").append(o.description()).append(": ")
            .append(o.coverage().label()).append('\n');
      }
    }
    if (!c.invalid().isEmpty()) {
      out.append('\n').append("Invalid files\n");
      c.invalid().forEach(f -> out.append("  ").append(f.file()).append(": ").append(f.problem()).append('\n'));
    }
    out.append('\n').append("Disagreements: ").append(c.disagreements().size()).append('\n');
    for (Observation o : c.disagreements()) {
      ImrDecision real = o.real().orElseThrow();
      out.append("  ").append(where(o)).append(": ").append(o.description()).append('\n');
      out.append("    engine ").append(o.engine().orElseThrow().label()).append(" by rule ")
          .append(o.rule().orElse(Observation.NONE)).append("; unmet: ")
          .append(o.unmet().isEmpty() ? "none" : String.join(", ", o.unmet())).append('\n');
      out.append("    real ").append(o.realOutcome().orElseThrow().label());
      List<String> about = new ArrayList<>();
      real.date().ifPresent(d -> about.add(d.toString()));
      real.source().ifPresent(about::add);
      if (!about.isEmpty()) {
        out.append(" (").append(String.join(", ", about)).append(')');
      }
      out.append("; reviewer cited: ").append(real.guideline().orElse("not recorded")).append('\n');
    }
    return Printable.lines(out.toString());
  }

  private static void coverage(StringBuilder out, Concordance c) {
    out.append("Coverage\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("  decided", c.decided().count() + " of " + c.decided().of()
        + " requests with a real decision"));
    long notDecided = NOT_DECIDED.stream().mapToLong(c::count).sum();
    rows.add(List.of("  not decided", Long.toString(notDecided)));
    for (Coverage reason : NOT_DECIDED) {
      rows.add(List.of("    " + reason.label(), Long.toString(c.count(reason))));
    }
    rows.add(List.of("  invalid files", Long.toString(c.invalid().size())));
    rows.add(List.of("  without a real decision", c.count(Coverage.NO_REAL_DECISION) + " (not measured)"));
    out.append(Columns.align(rows));
  }

  private static List<List<String>> statisticsRows(Statistics engine, Statistics baseline) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", "engine", "always Upheld"));
    rows.add(List.of("  agreement", engine.agreement().toString(), baseline.agreement().toString()));
    rows.add(List.of("  overturn recall", engine.overturnRecall().toString(), baseline.overturnRecall().toString()));
    rows.add(List.of("  overturn precision", engine.overturnPrecision().toString(),
        baseline.overturnPrecision().toString()));
    rows.add(List.of("  upheld recall", engine.upheldRecall().toString(), baseline.upheldRecall().toString()));
    rows.add(List.of("  balanced accuracy", engine.balancedAccuracyText(), baseline.balancedAccuracyText()));
    rows.add(List.of("  Cohen's kappa", engine.kappaText() + " (n " + engine.decided() + ")",
        baseline.kappaText() + " (n " + baseline.decided() + ")"));
    return rows;
  }

  private static List<List<String>> confusionRows(Confusion m) {
    return List.of(
        List.of("", "engine Upheld", "engine Overturned"),
        List.of("  real Upheld", Long.toString(m.bothUpheld()), Long.toString(m.engineOnlyOverturned())),
        List.of("  real Overturned", Long.toString(m.realOnlyOverturned()), Long.toString(m.bothOverturned())));
  }

  private static List<List<String>> groupRows(Concordance c) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("  " + c.by().get().id().toUpperCase(Locale.ROOT), "DECIDED", "AGREEMENT",
        "BASELINE", "RECALL", "PRECISION", "BALANCED", "KAPPA"));
    for (Group g : c.groups()) {
      Statistics s = g.statistics();
      rows.add(List.of("  " + g.key(), g.decided() + " of " + g.measured(), s.agreement().toString(),
          g.baseline().agreement().toString(), s.overturnRecall().toString(),
          s.overturnPrecision().toString(), s.balancedAccuracyText(), s.kappaText()));
    }
    return rows;
  }

  private static String where(Observation o) {
    return o.file() + " " + o.caseId() + " " + o.requestId().orElse("(no request)");
  }

  /**
   * {@return the report as one JSON document, written like {@link DeterminationJson}:
   *
   * <pre>{@code
   * {
   *   "ruleBase": {"version": "...", "contentHash": "..."},
   *   "by": "service",                                  // null without --by
   *   "coverage": {"files": 6, "requests": 11, "measured": 10, "decided": 8,
   *                "notDecided": {"total": 2, "no_applicable_rule": 1, "no_edition_in_force": 1,
   *                               "no_request": 0},
   *                "withoutRealDecision": 1, "invalidFiles": 1},
   *   "engine": <statistics>, "alwaysUpheld": <statistics>,
   *   "confusion": {"realUpheld": {"engineUpheld": 4, "engineOverturned": 1},
   *                 "realOverturned": {"engineUpheld": 1, "engineOverturned": 2}},
   *   "groups": [{"key": "mri", "measured": 3, "decided": 3, "engine": <statistics>,
   *               "alwaysUpheld": <statistics>, "confusion": {...}}],
   *   "notDecided": [<observation>], "withoutRealDecision": [<observation>],
   *   "invalidFiles": [{"file": "...", "problem": "..."}],
   *   "disagreements": [<observation>]
   * }
   * }</pre>
   *
   * <p>A {@code <statistics>} is {@code {"decided", "agreement", "overturnRecall",
   * "overturnPrecision", "upheldRecall", "balancedAccuracy", "kappa"}}, each ratio as
   * {@code {"count": 6, "of": 8, "value": 0.75}} ({@code value} null when {@code of} is 0) and the
   * last two as numbers or null} An {@code <observation>} is {@code {"file", "caseId",
   * "requestId", "description", "coverage", "engine", "rule", "unmet", "real"}}, with
   * {@code engine} an outcome {@code {"id", "label"}} or null and {@code real} null or
   * {@code {"outcome", "date", "guideline", "source"}}.
   * @param c the concordance
   * @param rules the rule base
   */
  public static String json(Concordance c, RuleBase.Identity rules) {
    ObjectNode root = Json.object();
    root.set("ruleBase", Json.identity(rules));
    Json.put(root, "by", c.by().map(d -> d.id()));
    ObjectNode coverage = root.putObject("coverage");
    coverage.put("files", c.files());
    coverage.put("requests", c.requests());
    coverage.put("measured", c.measured());
    coverage.put("decided", c.count(Coverage.DECIDED));
    ObjectNode notDecided = coverage.putObject("notDecided");
    notDecided.put("total", NOT_DECIDED.stream().mapToLong(c::count).sum());
    NOT_DECIDED.forEach(r -> notDecided.put(r.name().toLowerCase(Locale.ROOT), c.count(r)));
    coverage.put("withoutRealDecision", c.count(Coverage.NO_REAL_DECISION));
    coverage.put("invalidFiles", c.invalid().size());
    root.set("engine", statistics(c.statistics()));
    root.set("alwaysUpheld", statistics(c.baseline()));
    root.set("confusion", confusion(c.confusion()));
    ArrayNode groups = root.putArray("groups");
    for (Group g : c.groups()) {
      ObjectNode n = groups.addObject();
      n.put("key", g.key());
      n.put("measured", g.measured());
      n.put("decided", g.decided());
      n.set("engine", statistics(g.statistics()));
      n.set("alwaysUpheld", statistics(g.baseline()));
      n.set("confusion", confusion(g.confusion()));
    }
    root.set("notDecided", observations(c.notDecided()));
    root.set("withoutRealDecision", observations(c.unmeasured()));
    ArrayNode invalid = root.putArray("invalidFiles");
    for (InvalidFile f : c.invalid()) {
      ObjectNode n = invalid.addObject();
      n.put("file", f.file());
      n.put("problem", f.problem());
    }
    root.set("disagreements", observations(c.disagreements()));
    return Json.write(root);
  }

  private static ObjectNode statistics(Statistics s) {
    ObjectNode out = Json.object();
    out.put("decided", s.decided());
    out.set("agreement", ratio(s.agreement()));
    out.set("overturnRecall", ratio(s.overturnRecall()));
    out.set("overturnPrecision", ratio(s.overturnPrecision()));
    out.set("upheldRecall", ratio(s.upheldRecall()));
    putDouble(out, "balancedAccuracy", s.balancedAccuracy());
    putDouble(out, "kappa", s.kappa());
    return out;
  }

  private static ObjectNode ratio(Ratio r) {
    ObjectNode out = Json.object();
    out.put("count", r.count());
    out.put("of", r.of());
    putDouble(out, "value", r.value());
    return out;
  }

  private static void putDouble(ObjectNode node, String name, Optional<Double> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  private static ObjectNode confusion(Confusion m) {
    ObjectNode out = Json.object();
    ObjectNode upheld = out.putObject("realUpheld");
    upheld.put("engineUpheld", m.bothUpheld());
    upheld.put("engineOverturned", m.engineOnlyOverturned());
    ObjectNode overturned = out.putObject("realOverturned");
    overturned.put("engineUpheld", m.realOnlyOverturned());
    overturned.put("engineOverturned", m.bothOverturned());
    return out;
  }

  private static ArrayNode observations(List<Observation> list) {
    ArrayNode out = Json.array();
    for (Observation o : list) {
      ObjectNode n = out.addObject();
      n.put("file", o.file());
      n.put("caseId", o.caseId());
      Json.put(n, "requestId", o.requestId());
      n.put("description", o.description());
      n.put("coverage", o.coverage().name().toLowerCase(Locale.ROOT));
      if (o.engine().isPresent()) {
        n.set("engine", Json.outcome(o.engine().get()));
      } else {
        n.putNull("engine");
      }
      Json.put(n, "rule", o.rule());
      n.set("unmet", Json.strings(o.unmet()));
      if (o.real().isPresent()) {
        ImrDecision real = o.real().get();
        ObjectNode r = n.putObject("real");
        r.set("outcome", Json.outcome(o.realOutcome().orElseThrow()));
        Json.put(r, "date", real.date().map(Object::toString));
        Json.put(r, "guideline", real.guideline());
        Json.put(r, "source", real.source());
      } else {
        n.putNull("real");
      }
    }
    return out;
  }
}
