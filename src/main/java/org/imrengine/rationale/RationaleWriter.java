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
  private RationaleWriter() {}

  /**
   * The rationale of {@code d}.
   *
   * @throws NullPointerException if {@code d} is null
   */
  public static Rationale write(Determination d) {
    Objects.requireNonNull(d, "d");
    return new Rationale(requires(d), Findings.write(d), conclusion(d), AdviceParagraph.write(d));
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
   * (ESIs), page 46".
   */
  static String citation(Citation c) {
    StringBuilder out = new StringBuilder("the ").append(c.guideline().title());
    if (c.chapter().isPresent()) {
      out.append(" Chapter ").append(c.chapter().get()).append(' ').append(c.topic());
    } else {
      out.append(", ").append(c.topic());
    }
    List<PageRange> pages = c.pages();
    if (!pages.isEmpty()) {
      boolean one = pages.size() == 1 && pages.get(0).first() == pages.get(0).last();
      out.append(one ? ", page " : ", pages ");
      out.append(String.join(", ", pages.stream().map(PageRange::toString).toList()));
    }
    return out.toString();
  }

  static String conclusion(Determination d) {
    // A drug request keeps its words as written: "Norco 10/325 mg #60", not "norco ..."
    String request = d.main().service().kind() == org.imrengine.model.Service.Kind.DRUG
        ? Prose.asWritten(d.description()) : Prose.description(d.description());
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
