package org.imrengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.imrengine.concordance.Observation;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.letters.Letter;
import org.imrengine.letters.LetterDecision;
import org.imrengine.model.CaseFile;
import org.imrengine.model.ImrDecision;
import org.imrengine.model.ImrOutcome;
import org.imrengine.model.Printable;
import org.imrengine.model.Request;
import org.imrengine.rules.Citation;
import org.imrengine.rules.PageRange;

/**
 * Compares the engine's determinations with the decisions of an IMR letter on the same case, one
 * row per disputed item. A letter decision is matched to the request whose description equals the
 * decision's service, ignoring case and differences in whitespace. A letter decision with no such
 * request, and a request with no letter decision, each make a row that disagrees. Stateless and
 * thread-safe.
 */
public final class LetterComparison {
  private static final String NONE = "-";

  private LetterComparison() {}

  /**
   * One disputed item.
   *
   * @param letter the letter's name, usually its file name
   * @param item the item as the letter (or, without a letter decision, the request) names it
   * @param letterOutcome the letter's decision; empty when the letter has none for the item
   * @param determination the engine's determination; empty when the case has no matching request
   * @param letterCitation the letter's main citation, if it has a decision on the item
   */
  public record Row(String letter, String item, Optional<Outcome> letterOutcome,
      Optional<Determination> determination, Optional<Citation> letterCitation) {
    /**
     * Checks the components (no component may be null).
     *
     * @param letter the letter's name, usually its file name
     * @param item the item as the letter (or, without a letter decision, the request) names it
     * @param letterOutcome the letter's decision; empty when the letter has none for the item
     * @param determination the engine's determination; empty when the case has no matching request
     * @param letterCitation the letter's main citation, if it has a decision on the item
     */
    public Row {
      Objects.requireNonNull(letter, "letter");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(letterOutcome, "letterOutcome");
      Objects.requireNonNull(determination, "determination");
      Objects.requireNonNull(letterCitation, "letterCitation");
    }

    /** {@return the engine's outcome, if the case has a matching request} */
    public Optional<Outcome> engineOutcome() {
      return determination.map(Determination::outcome);
    }

    /** {@return whether the letter and the engine both decided the item, the same way} */
    public boolean agrees() {
      return Observation.agrees(engineOutcome(), letterOutcome);
    }

    /**
     * {@return the row as a concordance observation, the letter's decision taken as the real one;
     * {@code file} is the case file the determinations came from}
     * @param file the case file
     */
    public Observation observation(CaseFile file) {
      Optional<ImrDecision> real = letterOutcome.map(o -> new ImrDecision(
          o == Outcome.OVERTURNED ? ImrOutcome.OVERTURNED : ImrOutcome.UPHELD, Optional.empty(),
          letterCitation.map(Citation::text), Optional.of(letter)));
      if (determination.isEmpty()) {
        return Observation.withoutRequest(letter, file.caseId(), item, real.orElseThrow());
      }
      Determination d = determination.get();
      Request request = file.requests().stream().filter(r -> r.id().equals(d.requestId()))
          .findFirst().orElseThrow(() -> new IllegalArgumentException(
              "case " + file.caseId() + " has no request " + d.requestId()));
      return Observation.of(letter, request, d, real);
    }
  }

  /**
   * {@return the rows for {@code letter}, compared with the determinations of its case: the
   * letter's
   * decisions in letter order, then the requests the letter does not decide, in case order}
   * @param letterName the letter name
   * @param letter the letter's name, usually its file name
   * @param determinations the determinations, in order
   */
  public static List<Row> compare(String letterName, Letter letter, List<Determination> determinations) {
    Objects.requireNonNull(letterName, "letterName");
    List<Determination> unmatched = new ArrayList<>(determinations);
    List<Row> rows = new ArrayList<>();
    for (LetterDecision decision : letter.decisions()) {
      String key = normalise(decision.service());
      Optional<Determination> match = unmatched.stream()
          .filter(d -> normalise(d.description()).equals(key)).findFirst();
      match.ifPresent(unmatched::remove);
      rows.add(new Row(letterName, decision.service(), Optional.of(decision.outcome()), match,
          Optional.of(decision.citation())));
    }
    for (Determination d : unmatched) {
      rows.add(new Row(letterName, d.description(), Optional.empty(), Optional.of(d), Optional.empty()));
    }
    return rows;
  }

  /**
   * {@return the rows as an aligned table under a header line, then the summary line
   * {@code "N of M disputed items agree"}} Each line ends in {@code "\n"}.
   * @param rows the rows
   */
  public static String table(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of("LETTER", "ITEM", "LETTER", "ENGINE", "RESULT", "RULE", "ENGINE PAGES",
        "LETTER PAGES"));
    for (Row row : rows) {
      cells.add(List.of(row.letter(), row.item(),
          row.letterOutcome().map(Outcome::label).orElse("no decision"),
          row.engineOutcome().map(Outcome::label).orElse("no request"),
          row.agrees() ? "agree" : "DISAGREE",
          row.determination().flatMap(Determination::rule).map(r -> r.id()).orElse(NONE),
          row.determination().flatMap(Determination::citation).map(LetterComparison::pages).orElse(NONE),
          row.letterCitation().map(LetterComparison::pages).orElse(NONE)));
    }
    StringBuilder out = new StringBuilder(Columns.align(cells));
    long agree = rows.stream().filter(Row::agrees).count();
    out.append(agree).append(" of ").append(rows.size()).append(" disputed items agree\n");
    return Printable.lines(out.toString());
  }

  /** The description or service as matched: lower case, whitespace runs as one space, trimmed. */
  static String normalise(String text) {
    return StringUtils.normalizeSpace(text).toLowerCase(Locale.ROOT);
  }

  /** {@code "177-179"}, {@code "171, 177-179"}, or the topic when a citation has no pages. */
  private static String pages(Citation citation) {
    if (citation.pages().isEmpty()) {
      return citation.guideline().id() + " " + citation.topic();
    }
    return citation.pages().stream().map(PageRange::toString).collect(Collectors.joining(", "));
  }
}
