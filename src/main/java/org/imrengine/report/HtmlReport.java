package org.imrengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.lang3.StringUtils;
import org.imrengine.evaluation.Advice;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Part;
import org.imrengine.facts.Evidence;
import org.imrengine.rationale.Rationale;
import org.imrengine.rules.Citation;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.LimitCheck;
import org.imrengine.rules.Rule;
import org.imrengine.rules.Status;

/**
 * Writes determinations as one self-contained HTML page: no script, no external style sheet, font
 * or image, so it can be saved, mailed or archived as it is. Each determination is a
 * {@code <section class="determination">} with the request and its outcome, the citation the
 * decision is based on, the stamp, the criteria tree of every part (each criterion marked met, not
 * met or not documented, with what the record shows and its evidence), the limits, what would
 * change the outcome, and the rationale as the decision section of a letter.
 *
 * <p>Everything taken from the case or the rules is escaped. The classes and {@code data-}
 * attributes ({@code data-outcome}, {@code data-id}, {@code data-status}) are stable, for styling
 * and for tests. Deterministic; stateless and thread-safe.
 */
public final class HtmlReport {
  private static final int HASH_SHOWN = 12;
  private static final String STYLE = String.join("\n",
      "body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}",
      "h1{font-size:1.6rem;margin-bottom:.2rem}",
      "h2{font-size:1.25rem;margin:0 0 .3rem}",
      "h3{font-size:1.05rem;margin:1.2rem 0 .3rem;border-bottom:1px solid #ddd}",
      ".meta,.stamp{color:#555;font-size:.9rem}",
      ".determination{border:1px solid #ccc;border-radius:6px;padding:1rem 1.4rem;margin:1.5rem 0}",
      ".outcome{display:inline-block;font-weight:bold;padding:.1rem .6rem;border-radius:4px;background:#eee}",
      ".outcome.upheld{background:#f6d5d5;color:#7a1010}",
      ".outcome.overturned{background:#d5f0da;color:#0f5a1f}",
      ".criteria,.criteria ul{list-style:none;padding-left:1.2rem}",
      ".criteria>li{padding-left:0}",
      ".status{display:inline-block;min-width:8.5rem;font-family:sans-serif;font-size:.8rem;font-weight:bold}",
      ".met>.status{color:#0f5a1f}",
      ".not-met>.status{color:#7a1010}",
      ".not-documented>.status{color:#8a5a00}",
      ".finding,.evidence{display:block;margin-left:9rem;color:#444;font-size:.9rem}",
      ".unconfirmed{font-family:sans-serif;font-size:.75rem;color:#8a5a00}",
      ".letter{background:#fafaf5;border-left:3px solid #bbb;padding:.5rem 1rem}",
      "code{font-size:.85rem}");

  private HtmlReport() {}

  /**
   * {@return the page of {@code determinations}, each with the rationale {@code rationale} gives
   * it (such as
   * {@code engine::rationale}), in order}
   * @param determinations the determinations, in order
   * @param rationale the rationale
   */
  public static String write(List<Determination> determinations, Function<Determination, Rationale> rationale) {
    Objects.requireNonNull(determinations, "determinations");
    Objects.requireNonNull(rationale, "rationale");
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title(determinations))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>Independent Medical Review determinations</h1>\n<p class=\"meta\">")
        .append(determinations.size()).append(determinations.size() == 1 ? " determination" : " determinations");
    if (!determinations.isEmpty()) {
      Determination first = determinations.get(0);
      String hash = first.ruleBase().contentHash();
      out.append(", rule base ").append(escape(first.ruleBase().version())).append(" (")
          .append(escape(StringUtils.left(hash, HASH_SHOWN))).append(')');
    }
    out.append("</p>\n</header>\n");
    for (Determination d : determinations) {
      determination(d, Objects.requireNonNull(rationale.apply(d), "rationale"), out);
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static String title(List<Determination> determinations) {
    List<String> cases = new ArrayList<>();
    for (Determination d : determinations) {
      if (!cases.contains(d.caseId())) {
        cases.add(d.caseId());
      }
    }
    return cases.isEmpty() ? "IMR determinations" : "IMR determinations: case " + String.join(", ", cases);
  }

  private static void determination(Determination d, Rationale rationale, StringBuilder out) {
    String outcome = cssClass(d.outcome().id());
    out.append("<section class=\"determination\" id=\"").append(escape(d.caseId() + "--" + d.requestId()))
        .append("\" data-outcome=\"").append(escape(d.outcome().id())).append("\">\n");
    out.append("<h2 class=\"request\">").append(escape(d.description())).append("</h2>\n");
    out.append("<p><span class=\"outcome ").append(outcome).append("\">").append(escape(d.outcome().label()))
        .append("</span></p>\n");
    List<String> citations = citations(d);
    if (citations.isEmpty()) {
      out.append("<p class=\"citation\">No guideline citation: ")
          .append(escape(d.outcome().label().toLowerCase(java.util.Locale.ROOT))).append(".</p>\n");
    }
    for (String c : citations) {
      out.append("<p class=\"citation\">Decision based on ").append(escape(c)).append("</p>\n");
    }
    out.append("<p class=\"stamp\">Case <code>").append(escape(d.caseId())).append("</code>, request <code>")
        .append(escape(d.requestId())).append("</code>, decision date ").append(d.decisionDate())
        .append(", edition ").append(escape(d.rule().map(r -> r.edition().describe()).orElse("none")))
        .append("</p>\n");
    List<Part> parts = d.parts();
    for (int i = 0; i < parts.size(); i++) {
      part(parts.get(i), i > 0, out);
    }
    advice(d.advice(), out);
    out.append("<h3>Decision rationale</h3>\n<div class=\"letter\">\n");
    for (String paragraph : List.of(rationale.requires(), rationale.findings(), rationale.conclusion())) {
      paragraph(paragraph, out);
    }
    rationale.advice().ifPresent(a -> paragraph(a, out));
    out.append("</div>\n</section>\n");
  }

  private static void paragraph(String text, StringBuilder out) {
    if (!text.isBlank()) {
      out.append("<p>").append(escape(text.strip())).append("</p>\n");
    }
  }

  private static List<String> citations(Determination d) {
    List<String> out = new ArrayList<>();
    for (Part part : d.parts()) {
      part.rule().ifPresent(rule -> {
        List<Citation> all = new ArrayList<>();
        all.add(rule.citation());
        all.addAll(rule.nonMtus());
        for (Citation c : all) {
          if (!out.contains(c.text())) {
            out.add(c.text());
          }
        }
      });
    }
    return out;
  }

  private static void part(Part part, boolean addOn, StringBuilder out) {
    String heading = part.rule().map(Rule::title).orElse(part.outcome().label());
    out.append("<h3 class=\"part\" data-service=\"").append(escape(part.service().id())).append("\">")
        .append(addOn ? "Add-on " + escape(part.service().id()) + ": " : "Criteria: ")
        .append(escape(heading));
    part.rule().ifPresent(r -> out.append(" <code>").append(escape(r.id())).append("</code>"));
    out.append("</h3>\n");
    if (part.criteria().isPresent()) {
      out.append("<ul class=\"criteria\">\n");
      criterion(part.criteria().get(), out);
      out.append("</ul>\n");
    } else {
      out.append("<p>No rule decided this part (").append(escape(part.outcome().label())).append(").</p>\n");
    }
    if (!part.limits().isEmpty()) {
      out.append("<ul class=\"criteria limits\">\n");
      for (LimitCheck check : part.limits()) {
        limit(check, out);
      }
      out.append("</ul>\n");
    }
  }

  private static void criterion(CriterionResult node, StringBuilder out) {
    out.append("<li class=\"criterion ").append(cssClass(node.status().id())).append("\" data-id=\"")
        .append(escape(node.id())).append("\" data-status=\"").append(node.status().id()).append("\">");
    status(node.status(), out);
    out.append("<span class=\"text\">");
    if (node.isLeaf()) {
      out.append(escape(node.wording().text()));
    } else {
      out.append(escape(combination(node)));
      if (!node.wording().text().isEmpty()) {
        out.append(": ").append(escape(node.wording().text()));
      }
    }
    out.append("</span>");
    if (node.wording().unconfirmed()) {
      out.append(" <span class=\"unconfirmed\" title=\"threshold not confirmed in the guideline brief\">unconfirmed threshold</span>");
    }
    if (node.isLeaf()) {
      StringBuilder finding = new StringBuilder();
      node.requirement().ifPresent(r -> finding.append("requires ").append(r));
      if (!node.finding().isEmpty()) {
        finding.append(finding.length() > 0 ? "; " : "").append("found ").append(node.finding());
      }
      if (finding.length() > 0) {
        out.append("<span class=\"finding\">").append(escape(finding.toString())).append("</span>");
      }
      evidence(node.evidence(), out);
    }
    if (!node.children().isEmpty()) {
      out.append("\n<ul>\n");
      node.children().forEach(c -> criterion(c, out));
      out.append("</ul>");
    }
    out.append("</li>\n");
  }

  private static void limit(LimitCheck check, StringBuilder out) {
    out.append("<li class=\"limit ").append(cssClass(check.status().id())).append("\" data-id=\"")
        .append(escape(check.id())).append("\" data-status=\"").append(check.status().id()).append("\">");
    status(check.status(), out);
    out.append("<span class=\"text\">Limit: ").append(escape(check.limit().wording().text())).append("</span>");
    if (check.limit().wording().unconfirmed()) {
      out.append(" <span class=\"unconfirmed\">unconfirmed threshold</span>");
    }
    StringBuilder finding = new StringBuilder(check.finding());
    check.group().ifPresent(g -> finding.append(finding.length() > 0 ? "; " : "").append("group ").append(g));
    if (finding.length() > 0) {
      out.append("<span class=\"finding\">").append(escape(finding.toString())).append("</span>");
    }
    evidence(check.evidence(), out);
    out.append("</li>\n");
  }

  private static void status(Status status, StringBuilder out) {
    out.append("<span class=\"status\">").append(status.id().replace('_', ' ')).append("</span> ");
  }

  private static void evidence(List<Evidence> evidence, StringBuilder out) {
    if (evidence.isEmpty()) {
      return;
    }
    out.append("<span class=\"evidence\">Evidence: ");
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      out.append(i == 0 ? "" : "; ").append("<code>").append(escape(e.itemId())).append("</code>");
      e.date().ifPresent(date -> out.append(" (").append(date).append(')'));
      if (!e.summary().isBlank()) {
        out.append(' ').append(escape(e.summary()));
      }
    }
    out.append("</span>");
  }

  private static void advice(Advice advice, StringBuilder out) {
    if (advice.isEmpty()) {
      return;
    }
    out.append("<h3>What would change the outcome</h3>\n");
    if (!advice.options().isEmpty()) {
      out.append("<ol class=\"advice\">\n");
      for (Advice.Option option : advice.options()) {
        out.append("<li>");
        List<Advice.Step> steps = option.steps();
        for (int i = 0; i < steps.size(); i++) {
          Advice.Step step = steps.get(i);
          out.append(i == 0 ? "" : "; and ").append("<span class=\"step\" data-id=\"").append(escape(step.id()))
              .append("\" data-kind=\"").append(cssClass(step.kind().name())).append("\">")
              .append(escape(step.text())).append("</span>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    for (String note : advice.notes()) {
      out.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
  }

  /** "all of", "any of", "not", "at least 2 of". */
  private static String combination(CriterionResult node) {
    return switch (node.operator()) {
      case "all" -> "all of";
      case "any" -> "any of";
      case "atLeast" -> "at least " + node.requirement().orElse("?") + " of";
      default -> node.operator();
    };
  }

  /** An id as a CSS class: lower case, {@code _} as {@code -}. */
  private static String cssClass(String id) {
    return StringUtils.lowerCase(id, java.util.Locale.ROOT).replace('_', '-');
  }

  /** Text escaped for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isISOControl(c) && c != '\n' && c != '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
