package org.imrengine.medication;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.imrengine.model.MedicationOrder;

/**
 * The MTUS Drug Formulary as data ({@code rules/drug-formulary.yaml}, format in
 * {@code docs/medications.md}): the date it applies from (by the date a drug is dispensed), the
 * versions of its Drug List, what needs prospective review, and the special and perioperative fill
 * windows. The Drug List itself (each drug's status) is not in the data, so {@link #statusOf}
 * never answers. Immutable and thread-safe.
 */
public final class DrugFormulary {
  /** The class-path resource of the built-in formulary. */
  public static final String RESOURCE = "/rules/drug-formulary.yaml";

  /**
   * A version of the Drug List.
   *
   * @param id its id, such as {@code v3}
   * @param from the day it took effect
   * @param source where the brief confirms it
   */
  public record Version(String id, LocalDate from, String source) {
    /**
     * Checks the components (none may be null).
     *
     * @param id its id, such as {@code v3}
     * @param from the day it took effect
     * @param source where the brief confirms it
     */
    public Version {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * A fill window: days, counted from an event (the injury, or surgery as day 0), in which a
   * flagged Non-Exempt drug may be dispensed without prospective review.
   *
   * @param id {@code special_fill} or {@code perioperative_fill}
   * @param fromDay the first day of the window
   * @param toDay the last day of the window
   * @param event {@code injury} or {@code surgery}
   */
  public record Fill(String id, int fromDay, int toDay, String event) {
    /**
     * Checks the components ({@code id} and {@code event} may not be null).
     *
     * @param id {@code special_fill} or {@code perioperative_fill}
     * @param fromDay the first day of the window
     * @param toDay the last day of the window
     * @param event {@code injury} or {@code surgery}
     */
    public Fill {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(event, "event");
    }

    /**
     * {@return whether {@code dispensed} falls in the window around {@code eventDate}}
     *
     * @param eventDate the date of the event the window counts from (day 0)
     * @param dispensed the date the drug is dispensed
     */
    public boolean contains(LocalDate eventDate, LocalDate dispensed) {
      long day = ChronoUnit.DAYS.between(eventDate, dispensed);
      return day >= fromDay && day <= toDay;
    }
  }

  private final LocalDate from;
  private final LocalDate transitionUntil;
  private final List<Version> versions;
  private final Map<String, Fill> fills;
  private final Set<String> reviewed;

  private DrugFormulary(LocalDate from, LocalDate transitionUntil, List<Version> versions, Map<String, Fill> fills,
      Set<String> reviewed) {
    this.from = from;
    this.transitionUntil = transitionUntil;
    this.versions = List.copyOf(versions);
    this.fills = Map.copyOf(fills);
    this.reviewed = Set.copyOf(reviewed);
  }

  private static final class BuiltIn {
    static final DrugFormulary INSTANCE = loadBuiltIn();
  }

  /**
   * The formulary built into the library ({@code rules/drug-formulary.yaml}).
   *
   * @return the built-in formulary, loaded once
   * @throws IllegalStateException if the packaged formulary is invalid (a packaging bug)
   */
  public static DrugFormulary builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static DrugFormulary loadBuiltIn() {
    return DataFiles.builtIn(RESOURCE, "drug formulary", DrugFormulary::compile);
  }

  /**
   * Compiles a formulary file's parsed content, reporting every problem.
   *
   * @param root the parsed formulary file
   * @param problems where each problem found goes
   * @return the formulary of what compiled; complete only when no problem was reported
   */
  public static DrugFormulary compile(JsonNode root, DrugCatalog.Problems problems) {
    List<Version> versions = new ArrayList<>();
    Map<String, Fill> fills = new LinkedHashMap<>();
    Set<String> reviewed = new TreeSet<>();
    if (root == null || !root.isObject()) {
      problems.add("", "a formulary file is a mapping (formulary, versions, statuses, prospectiveReview, fills, effect)");
      return new DrugFormulary(LocalDate.MAX, LocalDate.MAX, versions, fills, reviewed);
    }
    DataFiles.known(root, "", Set.of("formulary", "versions", "statuses", "prospectiveReview", "fills", "effect"), problems);
    JsonNode f = root.path("formulary");
    DataFiles.known(f, "formulary", Set.of("name", "regulation", "from", "dateRule", "transitionUntil"), problems);
    LocalDate from = date(f, "from", "formulary", problems);
    LocalDate transition = date(f, "transitionUntil", "formulary", problems);
    if (!"date_dispensed".equals(f.path("dateRule").asText())) {
      problems.add("formulary.dateRule", "expected date_dispensed (the formulary applies by the date a drug is dispensed)");
    }
    JsonNode list = root.path("versions");
    for (int i = 0; i < list.size(); i++) {
      String at = "versions[" + i + "]";
      JsonNode v = list.get(i);
      DataFiles.known(v, at, Set.of("id", "from", "source"), problems);
      LocalDate d = date(v, "from", at, problems);
      if (v.path("id").asText().isBlank() || v.path("source").asText().isBlank()) {
        problems.add(at, "a version has an id and a source");
      } else if (d != null) {
        versions.add(new Version(v.get("id").asText(), d, v.get("source").asText()));
      }
    }
    versions.sort(Comparator.comparing(Version::from));
    if (from != null && !versions.isEmpty() && !versions.get(0).from().equals(from)) {
      problems.add("versions", "the first version must start on the formulary's own date, " + from);
    }
    list = root.path("prospectiveReview");
    for (int i = 0; i < list.size(); i++) {
      DataFiles.known(list.get(i), "prospectiveReview[" + i + "]", Set.of("id", "text", "initialSupplyDays", "withinDaysOfInjury"), problems);
      reviewed.add(list.get(i).path("id").asText());
    }
    list = root.path("fills");
    for (int i = 0; i < list.size(); i++) {
      String at = "fills[" + i + "]";
      JsonNode fill = list.get(i);
      DataFiles.known(fill, at, Set.of("id", "regulation", "text", "windowDays"), problems);
      JsonNode w = fill.path("windowDays");
      String event = w.path("of").asText();
      if (!w.path("from").isInt() || !w.path("to").isInt() || w.path("to").asInt() < w.path("from").asInt()
          || !(event.equals("injury") || event.equals("surgery"))) {
        problems.add(at + ".windowDays", "expected {from: DAY, to: DAY, of: injury or surgery}, to not before from");
        continue;
      }
      fills.put(fill.path("id").asText(), new Fill(fill.path("id").asText(), w.get("from").asInt(), w.get("to").asInt(), event));
    }
    for (String section : List.of("statuses", "effect")) {
      list = root.path(section);
      for (int i = 0; i < list.size(); i++) {
        DataFiles.known(list.get(i), section + "[" + i + "]", Set.of("id", "text"), problems);
      }
    }
    return new DrugFormulary(from == null ? LocalDate.MAX : from, transition == null ? LocalDate.MAX : transition,
        versions, fills, reviewed);
  }

  private static LocalDate date(JsonNode node, String key, String at, DrugCatalog.Problems problems) {
    try {
      return LocalDate.parse(node.path(key).asText());
    } catch (DateTimeParseException e) {
      problems.add(at + "." + key, "expected a date yyyy-MM-dd");
      return null;
    }
  }

  /** {@return the day the formulary applies from, by the date a drug is dispensed} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day of the transition for injuries before the formulary} */
  public LocalDate transitionUntil() {
    return transitionUntil;
  }

  /**
   * {@return whether the formulary applies to a drug dispensed on {@code dispensed}}
   *
   * @param dispensed the date the drug is dispensed
   */
  public boolean appliesOn(LocalDate dispensed) {
    return !dispensed.isBefore(from);
  }

  /**
   * {@return the Drug List version in effect on {@code date}, if the formulary applies then}
   *
   * @param date the date a drug is dispensed
   */
  public Optional<Version> versionOn(LocalDate date) {
    Version found = null;
    for (Version v : versions) {
      if (!v.from().isAfter(date)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * {@return the fill window {@code id}, if defined}
   *
   * @param id {@code special_fill} or {@code perioperative_fill}
   */
  public Optional<Fill> fill(String id) {
    return Optional.ofNullable(fills.get(id));
  }

  /**
   * The Drug List status of {@code drugId}: always empty, because the data does not hold the Drug
   * List (see the file's header). A drug is never reported unlisted for want of the list.
   *
   * @param drugId a drug id of the vocabulary
   * @return always empty
   */
  public Optional<String> statusOf(String drugId) {
    Objects.requireNonNull(drugId, "drugId");
    return Optional.empty();
  }

  /**
   * Whether {@code order}, dispensed on {@code dispensed}, needs prospective review whatever the
   * Drug List says: a compound does; for anything else the answer needs the Drug List, so it is
   * empty. Empty too before the formulary applies.
   *
   * @param order the medication requested
   * @param dispensed the date it is, or would be, dispensed
   * @return true when it needs prospective review; empty when that cannot be told
   */
  public Optional<Boolean> needsProspectiveReview(MedicationOrder order, LocalDate dispensed) {
    if (!appliesOn(dispensed)) {
      return Optional.empty();
    }
    if (order.isCompound() && reviewed.contains("compound")) {
      return Optional.of(true);
    }
    return Optional.empty();
  }
}
