package org.imrengine.rationale;

import java.util.ArrayList;
import java.util.List;
import org.imrengine.facts.Evidence;
import org.imrengine.facts.Fact;
import org.imrengine.rationale.Findings.Kind;
import org.imrengine.rationale.Findings.Line;
import org.imrengine.rules.CriterionResult;

/** What the records document: the met criteria that carry evidence, and the met exclusions. */
final class Shows {
  /**
   * One or more met criteria to cite together.
   *
   * @param phrase the criteria as a noun phrase
   * @param facts the facts the criteria test, to mention each once even if two criteria test it
   * @param evidence the records behind it
   * @param amount for a quantity, the amount found ("6 months of symptoms"); otherwise empty
   */
  record Item(String phrase, List<Fact> facts, List<Evidence> evidence, String amount) {}

  private static final List<String> OPENERS = List.of("The records document ",
      "They also document ", "The records further document ", "They also show ");

  private Shows() {}

  /**
   * Collects the met criteria under {@code node} worth citing into {@code items}, and the met
   * exclusions ("no radiculopathy") into {@code absences} as what is absent ("radiculopathy"). Of a
   * met {@code any}, only the alternatives that are met count. Criteria shown by the same records
   * are cited together.
   */
  static void collect(CriterionResult node, List<Item> items, List<String> absences) {
    if (node.isLeaf()) {
      leaf(node, items, absences);
      return;
    }
    if (collapses(node)) {
      List<Fact> facts = node.children().stream().flatMap(c -> c.fact().stream()).toList();
      add(items, new Item(Prose.phrase(node), facts, Citations.records(node.children().get(0).evidence()), ""));
      return;
    }
    boolean metAny = Findings.met(node) && node.operator().equals("any");
    for (CriterionResult child : node.children()) {
      if (!metAny || Findings.met(child)) {
        collect(child, items, absences);
      }
    }
  }

  private static void leaf(CriterionResult leaf, List<Item> items, List<String> absences) {
    if (!Findings.met(leaf)) {
      return;
    }
    String phrase = Prose.phrase(leaf);
    if (Findings.isAbsenceTest(leaf)) {
      if (phrase.startsWith("no ")) {
        absences.add(phrase.substring("no ".length()));
      }
      return;
    }
    List<Evidence> records = Citations.records(leaf.evidence());
    boolean shown = leaf.fact().isPresent()
        && items.stream().anyMatch(i -> i.facts().contains(leaf.fact().get()));
    if (!records.isEmpty() && !shown) {
      boolean quantity = leaf.operator().equals("compare");
      add(items, new Item(phrase, leaf.fact().stream().toList(), records, quantity ? Findings.quantity(leaf) : ""));
    }
  }

  // Adds an item, or joins it to an earlier one shown by the same records: "a need to clarify the
  // anatomy and a planned fusion (surgical consultation ...)".
  private static void add(List<Item> items, Item item) {
    for (int i = 0; i < items.size(); i++) {
      Item earlier = items.get(i);
      if (item.amount().isEmpty() && earlier.amount().isEmpty() && earlier.evidence().equals(item.evidence())) {
        List<Fact> facts = new ArrayList<>(earlier.facts());
        facts.addAll(item.facts());
        items.set(i, new Item(earlier.phrase() + " and " + item.phrase(), facts, earlier.evidence(), ""));
        return;
      }
    }
    items.add(item);
  }

  // A met "all" whose parts are all shown by the same records reads as one criterion: "trigger
  // points with a twitch response and referred pain (...)".
  private static boolean collapses(CriterionResult node) {
    if (!Findings.met(node) || !node.operator().equals("all") || !Prose.usable(node)
        || node.children().size() < 2) {
      return false;
    }
    List<String> first = ids(node.children().get(0));
    return !first.isEmpty() && node.children().stream().allMatch(c -> c.isLeaf() && Findings.met(c)
        && !Findings.isAbsenceTest(c) && !c.operator().equals("compare") && ids(c).equals(first));
  }

  private static List<String> ids(CriterionResult leaf) {
    return Citations.records(leaf.evidence()).stream().map(Evidence::itemId).toList();
  }

  /** The sentences for {@code items}, two short ones to a sentence. */
  static List<Line> lines(List<Item> items, Citations citations) {
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      String opener = OPENERS.get(out.isEmpty() ? 0 : (out.size() - 1) % (OPENERS.size() - 1) + 1);
      Item a = items.get(i);
      if (i + 1 < items.size() && pairs(a) && pairs(items.get(i + 1))) {
        out.add(new Line(Kind.SHOW, opener + render(a, citations) + " and "
            + render(items.get(i + 1), citations) + "."));
        i += 2;
      } else {
        out.add(new Line(Kind.SHOW, opener + render(a, citations) + "."));
        i++;
      }
    }
    return out;
  }

  // Two criteria share a sentence only when each is short and cites a single record.
  private static boolean pairs(Item item) {
    return !item.phrase().contains(",") && !item.phrase().contains(" and ") && !colon(item)
        && Citations.distinct(item.evidence()) == 1;
  }

  // Parentheses would nest, or a record's own semicolons would blur the list: cite after a colon.
  private static boolean colon(Item item) {
    return item.phrase().endsWith(")") || Citations.records(item.evidence()).stream()
        .anyMatch(e -> e.summary().contains("(") || e.summary().contains(";"));
  }

  private static String render(Item item, Citations citations) {
    String amount = item.amount();
    if (citations.uncited(item.evidence()).isEmpty()) {
      // Already cited for another criterion: the amount is what is new.
      return amount.isEmpty() ? item.phrase() : item.phrase() + " (" + amount + ")";
    }
    if (colon(item)) {
      return item.phrase() + (amount.isEmpty() ? "" : " (" + amount + ")") + ": "
          + citations.running(item.evidence());
    }
    return item.phrase() + " (" + (amount.isEmpty() ? "" : amount + "; ")
        + citations.parenthetical(item.evidence()) + ")";
  }
}
