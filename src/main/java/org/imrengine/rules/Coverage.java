package org.imrengine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imrengine.model.Region;
import org.imrengine.model.Service;

/**
 * What a rule base covers, derived from the rules themselves so that it cannot drift from them:
 * one {@link Entry} per rule edition (service, regions, rule, edition and its dates, citation, and
 * how many of its thresholds the guideline brief could not confirm), a summary per guideline
 * edition, and the services no rule decides. {@code report.CoverageReport} writes it as text or
 * Markdown; {@code docs/coverage.md} is generated from the built-in rules this way. Immutable and
 * thread-safe.
 *
 * @param ruleBase the identity of the rule base listed
 * @param entries one entry per rule edition, sorted by service, regions, rule id and edition start
 * @param editions one summary per guideline edition, sorted by start date and name
 * @param uncovered the services for which no rule exists, in declaration order: a request for one
 *     of them gets <i>no applicable rule</i>
 */
public record Coverage(RuleBase.Identity ruleBase, List<Entry> entries, List<EditionSummary> editions,
    List<Service> uncovered) {

  private static final Comparator<Entry> ORDER = Comparator
      .comparing((Entry e) -> e.service().id())
      .thenComparing(e -> regionsText(e.regions()))
      .thenComparing(Entry::ruleId)
      .thenComparing(e -> e.edition().from());

  /**
   * Checks and copies the lists.
   *
   * @param ruleBase the identity of the rule base listed
   * @param entries one entry per rule edition, sorted by service, regions, rule id and edition
   *     start
   * @param editions one summary per guideline edition, sorted by start date and name
   * @param uncovered the services for which no rule exists, in declaration order: a request for one
   *     of them gets <i>no applicable rule</i>
   */
  public Coverage {
    Objects.requireNonNull(ruleBase, "ruleBase");
    entries = List.copyOf(entries);
    editions = List.copyOf(editions);
    uncovered = List.copyOf(uncovered);
  }

  /**
   * One rule edition and what it covers.
   *
   * @param service the service the rule decides
   * @param regions the regions it is for; empty for every region
   * @param covers the add-on services it decides together with the service
   * @param ruleId the rule's id, shared by its editions
   * @param title the rule's short title
   * @param edition the guideline edition and the dates it is in force
   * @param citation the guideline citation the rule's decisions are based on
   * @param unconfirmed how many of its criteria and limits carry a threshold marked unconfirmed
   * @param file the rule file it was read from
   */
  public record Entry(Service service, List<Region> regions, List<Service> covers, String ruleId,
      String title, Edition edition, Citation citation, int unconfirmed, String file) {
    /**
     * Checks the fields and copies the lists.
     *
     * @param service the service the rule decides
     * @param regions the regions it is for; empty for every region
     * @param covers the add-on services it decides together with the service
     * @param ruleId the rule's id, shared by its editions
     * @param title the rule's short title
     * @param edition the guideline edition and the dates it is in force
     * @param citation the guideline citation the rule's decisions are based on
     * @param unconfirmed how many of its criteria and limits carry a threshold marked unconfirmed
     * @param file the file to read
     */
    public Entry {
      Objects.requireNonNull(service, "service");
      regions = List.copyOf(regions);
      covers = List.copyOf(covers);
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(edition, "edition");
      Objects.requireNonNull(citation, "citation");
      Objects.requireNonNull(file, "file");
      if (unconfirmed < 0) {
        throw new IllegalArgumentException("unconfirmed < 0: " + unconfirmed);
      }
    }
  }

  /**
   * A guideline edition across the rules written for it.
   *
   * @param edition the edition and its dates
   * @param rules how many rule editions are written for it
   * @param unconfirmed how many of their thresholds are marked unconfirmed, in total
   */
  public record EditionSummary(Edition edition, int rules, int unconfirmed) {
    /**
     * Checks the fields.
     *
     * @param edition the guideline edition and the dates it is in force
     * @param rules the rule base
     * @param unconfirmed how many of its criteria and limits carry a threshold marked unconfirmed
     */
    public EditionSummary {
      Objects.requireNonNull(edition, "edition");
    }
  }

  /**
   * {@return the coverage of {@code rules}}
   * @param rules the rule base
   */
  public static Coverage of(RuleBase rules) {
    Objects.requireNonNull(rules, "rules");
    List<Entry> entries = new ArrayList<>();
    Set<Service> covered = new java.util.HashSet<>();
    for (Rule rule : rules.rules()) {
      AppliesTo to = rule.appliesTo();
      for (Service service : to.services()) {
        covered.add(service);
        entries.add(new Entry(service, to.regions(), to.covers(), rule.id(), rule.title(),
            rule.edition(), rule.citation(), unconfirmed(rule), rule.file()));
      }
    }
    entries.sort(ORDER);

    // per edition, each rule once (a rule for two services is listed under both above)
    Map<Edition, int[]> byEdition = new LinkedHashMap<>();
    for (Rule rule : rules.rules()) {
      int[] counts = byEdition.computeIfAbsent(rule.edition(), k -> new int[2]);
      counts[0]++;
      counts[1] += unconfirmed(rule);
    }
    List<EditionSummary> editions = new ArrayList<>();
    byEdition.forEach((edition, counts) -> editions.add(new EditionSummary(edition, counts[0], counts[1])));
    editions.sort(Comparator.comparing((EditionSummary s) -> s.edition().from())
        .thenComparing(s -> s.edition().name()));

    List<Service> uncovered = new ArrayList<>();
    for (Service service : rules.vocabulary().services().all()) {
      if (!covered.contains(service)) {
        uncovered.add(service);
      }
    }
    return new Coverage(rules.identity(), entries, editions, uncovered);
  }

  /**
   * {@return the regions as the listing writes them: ids joined by ", ", or "any" for every region}
   * @param regions the regions it is for; empty for every region
   */
  public static String regionsText(List<Region> regions) {
    if (regions.isEmpty()) {
      return "any";
    }
    List<String> ids = new ArrayList<>();
    regions.forEach(r -> ids.add(r.id()));
    return String.join(", ", ids);
  }

  /** The criteria (including the applicability condition) and limits marked unconfirmed. */
  private static int unconfirmed(Rule rule) {
    int count = 0;
    List<Criterion> nodes = new ArrayList<>(rule.criteria().nodes());
    rule.appliesTo().when().ifPresent(w -> nodes.addAll(w.nodes()));
    for (Criterion c : nodes) {
      if (c.wording().unconfirmed()) {
        count++;
      }
    }
    for (Limit limit : rule.limits()) {
      if (limit.wording().unconfirmed()) {
        count++;
      }
    }
    return count;
  }
}
