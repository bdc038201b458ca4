package org.imrengine.rationale;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.imrengine.facts.Evidence;
import org.imrengine.facts.Fact;
import org.imrengine.rationale.Findings.Kind;
import org.imrengine.rationale.Findings.Line;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.Status;

/**
 * What the records lack or contradict, walked from the criteria tree. Unmet alternatives are
 * grouped into one "no documentation of X, such as a, b or c"; the parts of an unmet {@code all}
 * are taken one by one; records that come close ("decreased sensation, but not in a dermatome")
 * and records that contradict a criterion follow with their dates. One instance per rationale;
 * not thread-safe.
 */
final class Gaps {
  private static final Pattern NOT_DOCUMENTED = Pattern.compile("^no (.+) is documented$");
  private final Citations citations;
  // The facts already reported missing in this part, so that a red flag is not missed twice.
  private Set<Fact> reported;

  Gaps(Citations citations) {
    this.citations = citations;
  }

  /** Appends the lines for what {@code root} lacks to {@code out}. */
  void write(CriterionResult root, Set<Fact> reported, List<Line> out) {
    this.reported = reported;
    node(root, out);
  }

  private void node(CriterionResult node, List<Line> out) {
    if (Findings.met(node)) {
      return;
    }
    if (node.isLeaf()) {
      leaf(node, out);
    } else if (node.operator().equals("all")) {
      all(node, out);
    } else if (node.operator().equals("any")) {
      any(node, out);
    } else {
      summarize(node, Prose.usable(node) ? Prose.phrase(node) : alternatives(unmet(node)), out);
    }
  }

  private void all(CriterionResult node, List<Line> out) {
    List<CriterionResult> unmet = unmet(node);
    boolean whole = Prose.usable(node) && node.children().size() > 1
        && unmet.size() == node.children().size()
        && unmet.stream().allMatch(c -> c.isLeaf() && c.status() == Status.NOT_DOCUMENTED);
    if (whole) {
      unmet.forEach(this::register);
      summarize(node, Prose.phrase(node), out);
    } else {
      unmet.forEach(c -> node(c, out));
    }
  }

  private void any(CriterionResult node, List<Line> out) {
    List<CriterionResult> undocumented = withStatus(node, Status.NOT_DOCUMENTED);
    List<CriterionResult> contradicted = withStatus(node, Status.NOT_MET);
    if (contradicted.isEmpty()) {
      if (undocumented.stream().anyMatch(c -> c.operator().equals("all") && !c.isLeaf())) {
        // Alternatives that are combinations of their own read better one by one.
        undocumented.forEach(c -> node(c, out));
        return;
      }
      String alternatives = alternatives(undocumented);
      String phrase = !Prose.usable(node) || alternatives.isEmpty()
          ? (Prose.usable(node) ? Prose.phrase(node) : alternatives)
          : Prose.phrase(node) + (alternatives.contains(" such as ") ? ", namely " : ", such as ")
              + alternatives;
      summarize(node, phrase, out);
      return;
    }
    List<String> clauses = new ArrayList<>();
    contradicted.stream().filter(CriterionResult::isLeaf).forEach(c -> clauses.add(clause(c)));
    String missing = alternatives(undocumented);
    if (clauses.isEmpty()) {
      if (!missing.isEmpty()) {
        out.add(new Line(Kind.PHRASE, missing));
      }
    } else {
      out.add(new Line(Kind.GAP, Prose.capitalize(String.join(", and ", clauses))
          + (missing.isEmpty() ? "" : ", and there is no documentation of " + missing) + "."));
    }
    undocumented.forEach(c -> followUps(c, out));
    contradicted.stream().filter(c -> !c.isLeaf()).forEach(c -> node(c, out));
  }

  private void leaf(CriterionResult leaf, List<Line> out) {
    if (leaf.status() == Status.NOT_MET) {
      out.add(new Line(Kind.GAP, contrary(leaf)));
      return;
    }
    List<Evidence> near = citations.uncited(leaf.evidence());
    boolean repeated = leaf.fact().isPresent() && reported.contains(leaf.fact().get());
    register(leaf);
    if (near.isEmpty()) {
      if (!repeated) {
        out.add(new Line(Kind.PHRASE, Prose.phrase(leaf)));
      }
      return;
    }
    String but = isGeneric(leaf.finding())
        ? "there is no documentation of " + Prose.phrase(leaf)
        : leaf.finding();
    out.add(new Line(Kind.NEAR_MISS, "The records note " + citations.running(near) + ", but " + but + "."));
  }

  // One "no documentation of ..." line for an unmet combination, then what comes close under it.
  private void summarize(CriterionResult node, String phrase, List<Line> out) {
    if (!phrase.isEmpty()) {
      out.add(new Line(Kind.PHRASE, phrase));
    }
    followUps(node, out);
  }

  // The alternatives of an unmet combination, "a, b or c", leaving out facts already reported.
  private String alternatives(List<CriterionResult> nodes) {
    List<String> items = new ArrayList<>();
    for (CriterionResult c : nodes) {
      if (c.isLeaf()) {
        boolean repeated = c.fact().isPresent() && reported.contains(c.fact().get());
        register(c);
        if (!repeated) {
          items.add(Prose.phrase(c));
        }
      } else {
        c.leaves().stream().filter(l -> !Findings.met(l)).forEach(this::register);
        String phrase = Prose.usable(c) ? Prose.phrase(c) : alternatives(unmet(c));
        if (!phrase.isEmpty()) {
          items.add(phrase);
        }
      }
    }
    return Prose.list(items, "or");
  }

  // Under an unmet node: records that come close to an undocumented leaf (grouped when several
  // leaves cite the same records), and every leaf the records contradict.
  private void followUps(CriterionResult node, List<Line> out) {
    List<Evidence> pending = List.of();
    List<String> findings = new ArrayList<>();
    for (CriterionResult leaf : node.leaves()) {
      if (leaf.status() == Status.NOT_MET) {
        flush(pending, findings, out);
        pending = List.of();
        out.add(new Line(Kind.GAP, contrary(leaf)));
      } else if (leaf.status() == Status.NOT_DOCUMENTED) {
        List<Evidence> near = citations.uncited(leaf.evidence());
        if (near.isEmpty()) {
          continue;
        }
        if (!near.equals(pending)) {
          flush(pending, findings, out);
          pending = near;
        }
        findings.add(leaf.finding());
      }
    }
    flush(pending, findings, out);
  }

  private void flush(List<Evidence> evidence, List<String> findings, List<Line> out) {
    List<Evidence> near = citations.uncited(evidence);
    if (!near.isEmpty() && !findings.isEmpty()) {
      out.add(new Line(Kind.NEAR_MISS, "The records note " + citations.running(near) + ", but "
          + join(findings) + "."));
    }
    findings.clear();
  }

  /** The sentence for a leaf the records contradict. */
  private String contrary(CriterionResult leaf) {
    String phrase = Prose.phrase(leaf);
    List<Evidence> records = Citations.records(leaf.evidence());
    List<Evidence> fresh = citations.uncited(leaf.evidence());
    if (Findings.isAbsenceTest(leaf)) {
      if (!records.isEmpty()) {
        return "The records document " + citations.running(records) + ", whereas the guideline calls for "
            + phrase + ".";
      }
      if (!leaf.evidence().isEmpty()) {
        return "The request as submitted does not meet the guideline's call for " + phrase + ".";
      }
    } else if (leaf.operator().equals("compare")) {
      return "The records do not support " + phrase + ": they show " + amount(leaf) + ".";
    } else if (!fresh.isEmpty()) {
      return "The records do not support " + phrase + ": they note " + citations.running(fresh) + ".";
    } else if (!records.isEmpty()) {
      return "The records do not support " + phrase + "; the records cited above document its absence.";
    }
    return "The records do not support " + phrase + ".";
  }

  /** The clause for a contradicted alternative, to join with the missing ones. */
  private String clause(CriterionResult leaf) {
    List<Evidence> records = Citations.records(leaf.evidence());
    if (leaf.operator().equals("compare")) {
      return "the records show " + amount(leaf);
    }
    if (records.isEmpty()) {
      return "the records do not support " + Prose.phrase(leaf);
    }
    String verb = Findings.isAbsenceTest(leaf) ? "document " : "note ";
    return "the records " + verb + citations.running(records);
  }

  private String amount(CriterionResult leaf) {
    String amount = Findings.quantity(leaf);
    List<Evidence> records = citations.uncited(leaf.evidence());
    if (records.isEmpty()) {
      return amount;
    }
    if (Findings.onlyInjuryDate(records)) {
      return amount + ", counted from " + citations.running(records);
    }
    if (Citations.hasParentheses(records)) {
      return amount + ", per " + citations.running(records);
    }
    return amount + " (" + citations.parenthetical(records) + ")";
  }

  private void register(CriterionResult leaf) {
    leaf.fact().ifPresent(reported::add);
  }

  // "no response to conservative care is documented, nor is its duration documented": a later
  // finding about what an earlier one already names refers back to it instead of repeating it.
  private static String join(List<String> findings) {
    StringBuilder out = new StringBuilder(findings.get(0));
    for (String finding : findings.subList(1, findings.size())) {
      Matcher m = NOT_DOCUMENTED.matcher(finding);
      if (!m.matches()) {
        out.append(", and ").append(finding);
        continue;
      }
      String what = m.group(1);
      String head = StringUtils.substringBefore(what, " of ");
      String subject = StringUtils.substringAfter(what, " of ");
      boolean named = !subject.isEmpty() && out.indexOf(subject) >= 0;
      out.append(named ? ", nor is its " + head + " documented" : ", nor is any " + what + " documented");
    }
    return out.toString();
  }

  // The evaluator's reasons for a missing fact read "no ... is documented".
  private static boolean isGeneric(String finding) {
    return finding.startsWith("no ");
  }

  private static List<CriterionResult> unmet(CriterionResult node) {
    return node.children().stream().filter(c -> !Findings.met(c)).toList();
  }

  private static List<CriterionResult> withStatus(CriterionResult node, Status status) {
    return node.children().stream().filter(c -> c.status() == status).toList();
  }
}
