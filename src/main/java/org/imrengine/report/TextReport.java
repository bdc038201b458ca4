package org.imrengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imrengine.evaluation.Advice;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Part;
import org.imrengine.evaluation.Selection;
import org.imrengine.facts.Evidence;
import org.imrengine.model.Printable;
import org.imrengine.rationale.Rationale;
import org.imrengine.rules.Citation;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.LimitCheck;
import org.imrengine.rules.Rule;
import org.imrengine.rules.Status;

/**
 * Writes a determination as readable text, laid out like a decision section of an IMR letter and
 * followed by the engine's working. For example (abridged):
 *
 * <pre>{@code
 * Physical therapy for the cervical spine, 2-3 times a week for 6 weeks: Upheld
 * Guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 98-99
 * Decision rationale: <the rationale's paragraphs>
 *
 * Rule: physical_medicine (Physical therapy), tier mtus
 * Selection: physical_medicine [chosen]
 * Criteria:
 *   [not documented] all of
 *     [met] diagnosis_for_therapy: a diagnosis of the region ...; requires present; found documented; evidence dx-cervicalgia
 *     [not documented] any of further_therapy_indicated: no prior course of therapy, or ...
 *       [not met] no_prior_therapy: ...; requires notPresent; found documented; evidence tx-physical-therapy
 * Limits:
 *   [not met] visits_within_guideline: ...; 18 visits requested, 10 allowed; group ...; evidence request
 * What would change the outcome:
 *   1. <step> [id]
 *      and <step> [id]
 * Stamp: case 003_04f9b0e14f6627f2, request req-pt-cervical, rule base 2026.11.0 (0123456789ab),
 *   decision date 2014-12-16, edition <edition name>[, judged on its date of service 2017-12-05]   (one line)
 * }</pre>
 *
 * <p>Status markers are {@code [met]}, {@code [not met]} (the record documents the contrary) and
 * {@code [not documented]}; {@code [U]} marks a criterion or limit whose threshold the guideline
 * brief could not confirm. Control characters and escape sequences from the case file are written
 * as visible escapes ({@link Printable}). Add-on parts follow the main part, each under its own heading. Lines end
 * in {@code "\n"}, and the text ends in one. Stateless and thread-safe.
 */
public final class TextReport {
  private static final String INDENT = "  ";
  private static final int HASH_SHOWN = 12;

  private TextReport() {}

  /**
   * {@return the report of {@code determination}, whose rationale is {@code rationale}}
   * @param determination the determination
   * @param rationale the rationale
   */
  public static String write(Determination determination, Rationale rationale) {
    Objects.requireNonNull(determination, "determination");
    Objects.requireNonNull(rationale, "rationale");
    List<String> lines = new ArrayList<>();
    // The description is one line of the case file: a line break in it must not start a line here.
    lines.add(Printable.line(determination.description()) + ": " + determination.outcome().label());
    lines.add("Guideline: " + guidelineLine(determination));
    lines.add("Decision rationale: " + paragraphs(rationale));
    lines.add("");
    List<Part> parts = determination.parts();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (i > 0) {
        lines.add("Add-on " + part.service().id() + ": " + part.outcome().label());
      }
      trace(part, lines);
    }
    advice(determination, lines);
    lines.add("Stamp: " + stamp(determination));
    // Case text reaches the terminal: no escape sequence in it may act on the terminal.
    return Printable.lines(String.join("\n", lines) + "\n");
  }

  /** The rationale's paragraphs, each one line (case text in it may hold line breaks). */
  private static String paragraphs(Rationale rationale) {
    return new Rationale(Printable.line(rationale.requires()), Printable.line(rationale.findings()),
        Printable.line(rationale.conclusion()), Optional.empty()).text();
  }

  /**
   * The citations every part was decided on, main rule first, each as "Decision based on ...",
   * joined by ". "; or why there are none.
   */
  private static String guidelineLine(Determination d) {
    List<String> texts = new ArrayList<>();
    for (Part part : d.parts()) {
      part.rule().ifPresent(rule -> {
        List<Citation> citations = new ArrayList<>();
        citations.add(rule.citation());
        citations.addAll(rule.nonMtus());
        for (Citation c : citations) {
          String text = "Decision based on " + c.text();
          if (!texts.contains(text)) {
            texts.add(text);
          }
        }
      });
    }
    if (texts.isEmpty()) {
      return "none (" + d.outcome().label().toLowerCase(Locale.ROOT) + ")";
    }
    return String.join(". ", texts);
  }

  private static void trace(Part part, List<String> lines) {
    if (part.rule().isPresent()) {
      Rule rule = part.rule().get();
      lines.add("Rule: " + rule.id() + " (" + rule.title() + "), tier " + rule.tier().id());
    } else {
      lines.add("Rule: none (" + part.outcome().label() + ")");
    }
    lines.add("Selection: " + selection(part.selection()));
    part.criteria().ifPresent(c -> {
      lines.add("Criteria:");
      criterion(c, INDENT, lines);
    });
    if (!part.limits().isEmpty()) {
      lines.add("Limits:");
      part.limits().forEach(l -> lines.add(INDENT + limit(l)));
    }
  }

  private static String selection(Selection selection) {
    if (selection.candidates().isEmpty()) {
      return "no rule for this service";
    }
    return selection.candidates().stream()
        .map(c -> c.ruleId() + " [" + c.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "]")
        .collect(Collectors.joining(", "));
  }

  private static void criterion(CriterionResult node, String indent, List<String> lines) {
    StringBuilder line = new StringBuilder(indent).append(marker(node.status())).append(' ');
    if (node.isLeaf()) {
      line.append(node.id()).append(": ").append(node.wording().text());
      node.requirement().ifPresent(r -> line.append("; requires ").append(r));
      if (!node.finding().isEmpty()) {
        line.append("; found ").append(node.finding());
      }
      line.append(evidence(node.evidence()));
    } else {
      line.append(combination(node));
      if (!node.id().isEmpty()) {
        line.append(' ').append(node.id());
      }
      if (!node.wording().text().isEmpty()) {
        line.append(": ").append(node.wording().text());
      }
    }
    if (node.wording().unconfirmed()) {
      line.append(" [U]");
    }
    lines.add(line.toString());
    node.children().forEach(c -> criterion(c, indent + INDENT, lines));
  }

  /** "all of", "any of", "not", "at least 2 of". */
  private static String combination(CriterionResult node) {
    switch (node.operator()) {
      case "all":
        return "all of";
      case "any":
        return "any of";
      case "atLeast":
        return "at least " + node.requirement().orElse("?") + " of";
      default:
        return node.operator();
    }
  }

  private static String limit(LimitCheck check) {
    StringBuilder line = new StringBuilder(marker(check.status())).append(' ')
        .append(check.id()).append(": ").append(check.limit().wording().text());
    if (!check.finding().isEmpty()) {
      line.append("; ").append(check.finding());
    }
    check.group().ifPresent(g -> line.append("; group ").append(g));
    line.append(evidence(check.evidence()));
    if (check.limit().wording().unconfirmed()) {
      line.append(" [U]");
    }
    return line.toString();
  }

  private static String marker(Status status) {
    return "[" + status.id().replace('_', ' ') + "]";
  }

  private static String evidence(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "";
    }
    return evidence.stream().map(Evidence::itemId).distinct()
        .collect(Collectors.joining(", ", "; evidence ", ""));
  }

  private static void advice(Determination d, List<String> lines) {
    Advice advice = d.advice();
    if (advice.isEmpty()) {
      if (d.outcome() == Outcome.UPHELD) {
        lines.add("What would change the outcome: nothing found in the rule's criteria and limits");
      }
      return;
    }
    lines.add("What would change the outcome:");
    String main = d.main().service().id();
    List<Advice.Option> options = advice.options();
    for (int i = 0; i < options.size(); i++) {
      String number = INDENT + (i + 1) + ". ";
      String cont = " ".repeat(number.length()) + "and ";
      List<Advice.Step> steps = options.get(i).steps();
      for (int j = 0; j < steps.size(); j++) {
        lines.add((j == 0 ? number : cont) + step(steps.get(j), main));
      }
    }
    advice.notes().forEach(n -> lines.add(INDENT + "Note: " + n));
  }

  private static String step(Advice.Step step, String mainService) {
    String id = step.part().equals(mainService) ? step.id() : step.part() + "/" + step.id();
    return step.text() + " [" + id + "]";
  }

  private static String stamp(Determination d) {
    String hash = d.ruleBase().contentHash();
    return "case " + d.caseId() + ", request " + d.requestId()
        + ", rule base " + d.ruleBase().version()
        + " (" + hash.substring(0, Math.min(HASH_SHOWN, hash.length())) + ")"
        + ", decision date " + d.decisionDate()
        + ", edition " + d.rule().map(r -> r.edition().name()).orElse("none")
        + judgedOn(d);
  }

  /** ", judged on its date of service 2017-12-05" when the edition was chosen by another date. */
  private static String judgedOn(Determination d) {
    return d.main().rule().flatMap(rule -> d.main().selection().chosen()
        .filter(c -> !c.date().equals(d.decisionDate()))
        .map(c -> ", judged on its " + rule.edition().judgedOn().words() + " " + c.date()))
        .orElse("");
  }
}
