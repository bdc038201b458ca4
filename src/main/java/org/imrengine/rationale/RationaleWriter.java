package org.imrengine.rationale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Part;
import org.imrengine.model.Service;
import org.imrengine.rules.Citation;
import org.imrengine.rules.PageRange;
import org.imrengine.rules.Rule;

/**
 * Writes the letter-style rationale of a determination: what the guideline requires, what the
 * records of this case show and lack, the conclusion, and what would support a request that is not
 * medically necessary.
 *
 * <p>The wording comes from the rule files (each rule's summary, each criterion's text and advice)
 * and from the case's evidence; this class only assembles it, in a fixed order. The output depends
 * on the determination alone: the same determination always gives the same text, with dates as
 * {@code MM/dd/yyyy} and {@code \n} between paragraphs. Stateless and thread-safe.
 *
 * <pre>{@code
 * Rationale r = RationaleWriter.write(determination);
 * String letterText = r.textWithAdvice();
 * }</pre>
 */
public final class RationaleWriter {
  // the ACOEM sources, whose topics run on after the title ("the MTUS ACOEM Low Back Disorders")
  private static final org.imrengine.rules.Guideline MTUS_ACOEM = org.imrengine.rules.Guideline.of("mtus_acoem");
  private static final org.imrengine.rules.Guideline ACOEM = org.imrengine.rules.Guideline.of("acoem");
  private RationaleWriter() {}

  /**
   * {@return the rationale of {@code d}}
   * @param d the determination
   * @throws NullPointerException if {@code d} is null
   */
  public static Rationale write(Determination d) {
    Objects.requireNonNull(d, "d");
    String findings = Findings.write(d);
    String caveat = unconfirmed(d);
    if (!caveat.isEmpty()) {
      findings = findings.isEmpty() ? caveat : findings + " " + caveat;
    }
    return new Rationale(requires(d), findings, conclusion(d), AdviceParagraph.write(d));
  }

  /**
   * The sentence naming the unconfirmed thresholds the determination relied on
   * ({@link Determination#unconfirmedThresholds()}), or empty when there are none.
   */
  static String unconfirmed(Determination d) {
    List<String> texts = new ArrayList<>();
    for (String id : d.unconfirmedThresholds()) {
      int slash = id.indexOf('/');
      String plain = slash < 0 ? id : id.substring(slash + 1);
      for (int i = 0; i < d.parts().size(); i++) {
        Part part = d.parts().get(i);
        boolean here = slash < 0 ? i == 0 : i > 0 && id.startsWith(part.service().id() + "/");
        if (!here) {
          continue;
        }
        part.criteria().flatMap(c -> find(c, plain)).ifPresent(texts::add);
        part.limits().stream().filter(l -> l.id().equals(plain)).findFirst()
            .ifPresent(l -> texts.add(l.limit().wording().text()));
      }
    }
    if (texts.isEmpty()) {
      return "";
    }
    boolean one = texts.size() == 1;
    return "This determination relies in part on " + (one ? "a criterion" : "criteria")
        + " not confirmed against the guideline text: " + Prose.list(texts, "and") + ".";
  }

  private static java.util.Optional<String> find(org.imrengine.rules.CriterionResult node, String id) {
    if (node.id().equals(id)) {
      return java.util.Optional.of(node.wording().text());
    }
    for (org.imrengine.rules.CriterionResult child : node.children()) {
      java.util.Optional<String> found = find(child, id);
      if (found.isPresent()) {
        return found;
      }
    }
    return java.util.Optional.empty();
  }

  // The guideline paraphrase: the citation and summary of each part's rule, or why there is none.
  static String requires(Determination d) {
    List<String> sentences = new ArrayList<>();
    boolean undetermined = !decided(d.outcome());
    String date = Prose.date(d.decisionDate());
    for (int i = 0; i < d.parts().size(); i++) {
      Part part = d.parts().get(i);
      boolean addOn = i > 0;
      if (part.rule().isPresent()) {
        Rule rule = part.rule().get();
        sentences.add(basis(rule, addOn ? part.service() : null));
        sentences.add(Prose.sentence(rule.summary()));
      } else {
        boolean whole = undetermined && (!addOn || d.main().rule().isPresent() && part.outcome() == d.outcome());
        sentences.add(Unaddressed.requirement(part, addOn, whole, date));
      }
    }
    return String.join(" ", sentences);
  }

  // "The decision is based on <citation>[, and, where the MTUS is silent, on <non-MTUS>]."
  private static String basis(Rule rule, Service addOn) {
    boolean mtus = rule.citation().guideline().isMtus();
    String others = rule.nonMtus().isEmpty() ? ""
        : ", and, where the MTUS is silent, on "
            + Prose.list(rule.nonMtus().stream().map(RationaleWriter::citation).toList(), "and");
    if (addOn == null) {
      return "The decision is based on " + citation(rule.citation()) + others
          + (mtus ? "" : ", as the MTUS does not address this request") + ".";
    }
    return "For the " + Prose.service(addOn) + " requested with it, the decision is based on "
        + citation(rule.citation()) + others + (mtus ? "" : ", as the MTUS does not address it") + ".";
  }

  /**
   * A citation in running text: "the MTUS ACOEM Chapter 8 Neck and Upper Back Complaints, pages
   * 177-179", "the MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections
   * (ESIs), page 46", or without pages "the MTUS ACOEM Low Back Disorders, Injection Therapies,
   * Epidural steroid injections (edition of 02/13/2020)".
   */
  static String citation(Citation c) {
    StringBuilder out = new StringBuilder("the ").append(c.guideline().title());
    boolean acoem = c.guideline().equals(MTUS_ACOEM) || c.guideline().equals(ACOEM);
    if (c.chapter().isPresent()) {
      out.append(" Chapter ").append(c.chapter().get()).append(' ').append(c.topic());
    } else {
      // "the MTUS ACOEM Low Back Disorders", but "the MTUS Chronic Pain ..., Epidural steroid injections"
      out.append(acoem ? " " : ", ").append(c.topic());
    }
    c.section().ifPresent(s -> out.append(", ").append(s));
    c.editionDate().ifPresent(d -> out.append(" (edition of ").append(Prose.date(d)).append(')'));
    List<PageRange> pages = c.pages();
    if (!pages.isEmpty()) {
      boolean one = pages.size() == 1 && pages.get(0).first() == pages.get(0).last();
      out.append(one ? ", page " : ", pages ");
      out.append(String.join(", ", pages.stream().map(PageRange::toString).toList()));
    }
    return out.toString();
  }

  static String conclusion(Determination d) {
    String request = Prose.description(d.description(), d.main().service());
    switch (d.outcome()) {
      case UPHELD:
        return "Therefore, the request for " + request + " is not medically necessary.";
      case OVERTURNED:
        return "Therefore, the request for " + request + " is medically necessary.";
      default:
        return "No determination of medical necessity is made for " + request + ".";
    }
  }

  private static boolean decided(Outcome outcome) {
    return outcome == Outcome.UPHELD || outcome == Outcome.OVERTURNED;
  }
}
