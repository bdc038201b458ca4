package org.imrengine.rationale;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Part;
import org.imrengine.facts.Evidence;
import org.imrengine.facts.Fact;
import org.imrengine.model.Service;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.LimitCheck;
import org.imrengine.rules.Status;

/**
 * Writes the findings paragraph: for each part of a request, what the records document (with dated
 * evidence), then what they lack or contradict, then the limits. One instance per rationale; not
 * thread-safe.
 */
final class Findings {
  /** What a line of the paragraph is, which decides how it joins its neighbours. */
  enum Kind {
    /** A finished sentence on what the records document. */
    SHOW,
    /** A noun phrase for "there is no documentation of ...", merged with its neighbours. */
    PHRASE,
    /** A finished sentence on what the records contradict or lack. */
    GAP,
    /** A finished sentence "the records note X, but ...": evidence that falls short. */
    NEAR_MISS,
    /** A finished sentence on a limit the request keeps within. */
    WITHIN_LIMIT
  }

  /**
   * One line of the paragraph before it is joined into sentences.
   *
   * @param kind what the line is
   * @param text a finished sentence, or for {@link Kind#PHRASE} a noun phrase
   */
  record Line(Kind kind, String text) {}

  private static final List<String> OPENERS = List.of("There is no documentation of ",
      "The records also do not document ", "Nor is there documentation of ",
      "There is also no documentation of ");
  private static final int MAX_MERGED = 3;

  private final Citations citations = new Citations();
  private final Gaps gaps = new Gaps(citations);

  private Findings() {}

  /** The findings paragraph of {@code d}; empty when there is nothing to say. */
  static String write(Determination d) {
    Findings findings = new Findings();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < d.parts().size(); i++) {
      String text = findings.part(d.parts().get(i), i > 0);
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return String.join(" ", texts);
  }

  private String part(Part part, boolean addOn) {
    List<Line> lines = new ArrayList<>();
    if (part.criteria().isEmpty()) {
      Unaddressed.sentence(part).ifPresent(s -> lines.add(new Line(Kind.GAP, s)));
      return render(lines, addOn ? part.service() : null);
    }
    CriterionResult root = part.criteria().get();
    List<Shows.Item> items = new ArrayList<>();
    List<String> absences = new ArrayList<>();
    Shows.collect(root, items, absences);
    lines.addAll(Shows.lines(items, citations));
    if (part.outcome() == Outcome.OVERTURNED && !absences.isEmpty()) {
      lines.add(new Line(Kind.SHOW, "There is no record of " + ofList(absences) + "."));
    }
    gaps.write(root, new java.util.HashSet<>(), lines);
    limits(part, lines);
    if (part.outcome() == Outcome.OVERTURNED && lines.isEmpty()) {
      lines.add(new Line(Kind.SHOW, "The records meet each criterion of the guideline for this request."));
    }
    return render(lines, addOn ? part.service() : null);
  }

  private void limits(Part part, List<Line> lines) {
    for (LimitCheck check : part.limits()) {
      String noun = noun(check);
      String allowed = check.given().isPresent()
          ? check.total().map(t -> check.given().get() == 0 ? Prose.count(t, noun) + " in all, none given yet"
              : Prose.count(t, noun) + " in all, of which " + Prose.count(check.given().get(), noun)
              + " have been given, leaving " + check.allowed().map(a -> Prose.count(a, noun)).orElse(""))
              .orElse("")
          : check.allowed().map(a -> Prose.count(a, noun)).orElse("");
      String group = check.group().map(g -> " for " + Prose.lowerFirst(g)).orElse("");
      String requested = check.requested().filter(r -> r > 0).map(r -> Prose.count(r, noun)).orElse("");
      switch (check.status()) {
        case MET:
          if (!requested.isEmpty() && !allowed.isEmpty()) {
            lines.add(new Line(Kind.WITHIN_LIMIT, "The request for " + requested
                + " is within the guideline limit of " + allowed + group + "."));
          }
          break;
        case NOT_MET:
          lines.add(new Line(Kind.GAP, "The request is for " + requested + "; the guideline allows "
              + allowed + group + ", and a request above the guideline limit is not medically necessary"
              + " as a whole."));
          break;
        default:
          String finding = requested.isEmpty()
              ? Prose.capitalize(check.finding())
              : "The request is for " + requested + ", but " + check.finding();
          lines.add(new Line(Kind.GAP, finding + ", so " + (requested.isEmpty() ? "the request" : "it")
              + " cannot be checked against the guideline limit"
              + (allowed.isEmpty() ? "" : " of " + allowed + group) + "."));
      }
    }
  }

  /**
   * What a limit counts, from its fact: "visits", "interlaminar levels" (the label without
   * "requested"), else the unit.
   */
  static String noun(Fact fact) {
    String label = fact.label();
    String unit = fact.unit().orElse("");
    return label.endsWith(" requested") ? label.substring(0, label.length() - " requested".length()) : unit;
  }

  private static String noun(LimitCheck check) {
    return noun(check.limit().fact());
  }

  /** "a or of b": the alternatives after "no record of" or "no documentation of". */
  static String ofList(List<String> phrases) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      items.add(i == 0 ? phrases.get(i) : "of " + phrases.get(i));
    }
    return Prose.list(items, "or");
  }

  // Joins the lines into sentences: merges runs of short "no documentation" phrases, varies their
  // openers, marks the turn from what is shown to what is missing, and names an add-on part.
  private static String render(List<Line> lines, Service addOn) {
    List<String> sentences = new ArrayList<>();
    boolean shown = false;
    boolean turned = false;
    int opener = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kind() == Kind.SHOW || line.kind() == Kind.WITHIN_LIMIT) {
        sentences.add(line.text());
        shown |= line.kind() == Kind.SHOW;
        continue;
      }
      String text = line.text();
      if (line.kind() == Kind.PHRASE) {
        List<String> run = new ArrayList<>(List.of(text));
        while (isSimple(text) && run.size() < MAX_MERGED && i + 1 < lines.size()
            && lines.get(i + 1).kind() == Kind.PHRASE && isSimple(lines.get(i + 1).text())) {
          run.add(lines.get(++i).text());
        }
        if (OPENERS.get(opener).startsWith("Nor ") && !sentences.isEmpty()
            && sentences.get(sentences.size() - 1).contains(" nor ")) {
          opener = next(opener); // "nor" twice in a row reads badly
        }
        text = OPENERS.get(opener) + ofList(run) + ".";
        opener = next(opener);
      }
      if (shown && !turned && line.kind() != Kind.NEAR_MISS) {
        text = "However, " + Prose.lowerFirst(text);
      }
      if (line.kind() != Kind.PHRASE && opener == 0) {
        // After a sentence of its own, a plain "There is no documentation of" would restart the list.
        opener = 1;
      }
      turned = true;
      sentences.add(text);
    }
    if (addOn != null && !sentences.isEmpty()) {
      sentences.set(0, "As for the " + Prose.service(addOn) + ", " + Prose.lowerFirst(sentences.get(0)));
    }
    return String.join(" ", sentences);
  }

  // The openers after the first take turns.
  private static int next(int opener) {
    return opener % (OPENERS.size() - 1) + 1;
  }

  // A phrase short enough to share a sentence with others.
  private static boolean isSimple(String phrase) {
    return !phrase.contains(",") && !phrase.contains("(") && !phrase.contains(" such as ")
        && !phrase.contains(" namely ");
  }

  /** Evidence cited as a quantity: "1 month of symptoms". */
  static String quantity(CriterionResult leaf) {
    Long amount = Prose.leadingNumber(leaf.finding());
    if (amount == null || leaf.fact().isEmpty()) {
      return leaf.finding();
    }
    Fact fact = leaf.fact().get();
    String unit = fact.unit().orElse("");
    String label = fact.label();
    if (!unit.isEmpty() && label.startsWith(unit + " ")) {
      return Prose.count(amount, unit) + label.substring(unit.length());
    }
    return Prose.count(amount, unit) + " " + label;
  }

  /** Whether every record behind {@code evidence} is the date of injury. */
  static boolean onlyInjuryDate(List<Evidence> evidence) {
    List<Evidence> records = Citations.records(evidence);
    return !records.isEmpty() && records.stream().allMatch(Citations::isInjuryDate);
  }

  /** Whether a leaf's status is met. */
  static boolean met(CriterionResult node) {
    return node.status() == Status.MET;
  }

  /** The kinds of leaf whose "met" means that something is absent. */
  static boolean isAbsenceTest(CriterionResult leaf) {
    return leaf.operator().equals("notPresent") || leaf.operator().equals("absent");
  }
}
