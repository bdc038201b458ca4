package org.imrengine.rationale;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.imrengine.facts.Evidence;

/**
 * Cites case evidence in rationale sentences, at most a couple of items at a time, and remembers
 * which items one rationale has already cited so that it does not repeat them. One instance per
 * rationale; not thread-safe.
 */
final class Citations {
  /** The most items one citation names; the rest are summed up as "among others". */
  static final int MAX_ITEMS = 2;

  private final Set<String> cited = new TreeSet<>();

  /** Whether {@code e} is the request itself rather than a record of the case. */
  static boolean isRequest(Evidence e) {
    return e.itemId().startsWith("request:");
  }

  /** Whether {@code e} is the date of injury. */
  static boolean isInjuryDate(Evidence e) {
    return e.itemId().equals("injuryDate");
  }

  /** The items of {@code evidence} that are records of the case, not the request. */
  static List<Evidence> records(List<Evidence> evidence) {
    return evidence.stream().filter(e -> !isRequest(e)).toList();
  }

  /** The records of {@code evidence} this rationale has not cited yet. */
  List<Evidence> uncited(List<Evidence> evidence) {
    return records(evidence).stream().filter(e -> !cited.contains(e.itemId())).toList();
  }

  /** Whether some item would be cited in parentheses that has parentheses of its own. */
  static boolean hasParentheses(List<Evidence> evidence) {
    return records(evidence).stream().anyMatch(e -> e.summary().contains("("));
  }

  /** How many different records {@code evidence} cites (items with the same summary and date count once). */
  static int distinct(List<Evidence> evidence) {
    return (int) records(evidence).stream().map(e -> render(e, true)).distinct().count();
  }

  /**
   * The records for running text: "decreased sensation ... (02/24/2014) and aquatic therapy",
   * with ", among others" when there are more than {@link #MAX_ITEMS}.
   */
  String running(List<Evidence> evidence) {
    List<String> shown = new ArrayList<>();
    boolean more = select(evidence, shown, false);
    return Prose.list(shown, "and") + (more ? ", among others" : "");
  }

  /** The records for a parenthesis: "decreased sensation ..., 02/24/2014; aquatic therapy". */
  String parenthetical(List<Evidence> evidence) {
    List<String> shown = new ArrayList<>();
    boolean more = select(evidence, shown, true);
    return String.join("; ", shown) + (more ? "; among others" : "");
  }

  // Picks at most MAX_ITEMS distinct records, dated ones first, and keeps them in case order.
  // Returns whether some were left out.
  private boolean select(List<Evidence> evidence, List<String> out, boolean inParentheses) {
    List<Evidence> distinct = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Evidence e : records(evidence)) {
      String text = render(e, inParentheses);
      if (!texts.contains(text)) {
        texts.add(text);
        distinct.add(e);
      }
    }
    List<Evidence> chosen = new ArrayList<>();
    distinct.stream().filter(e -> e.date().isPresent()).limit(MAX_ITEMS).forEach(chosen::add);
    distinct.stream().filter(e -> e.date().isEmpty()).limit(MAX_ITEMS - chosen.size()).forEach(chosen::add);
    for (Evidence e : distinct) {
      if (chosen.contains(e)) {
        out.add(render(e, inParentheses));
        cited.add(e.itemId());
      }
    }
    return distinct.size() > chosen.size();
  }

  private static String render(Evidence e, boolean inParentheses) {
    if (isInjuryDate(e) && e.date().isPresent()) {
      String date = Prose.date(e.date().get());
      return inParentheses ? "date of injury " + date : "the date of injury (" + date + ")";
    }
    String summary = Prose.lowerFirst(e.summary().strip());
    if (e.date().isEmpty() || Prose.states(summary, e.date().get())) {
      return summary;
    }
    String date = Prose.date(e.date().get());
    return inParentheses ? summary + ", " + date : summary + " (" + date + ")";
  }
}
