package org.imrengine.medication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrengine.model.Amount;
import org.imrengine.model.DoseForm;
import org.imrengine.model.DoseRange;
import org.imrengine.model.Directions;
import org.imrengine.model.Ingredient;
import org.imrengine.model.MedicationOrder;
import org.imrengine.model.Route;
import org.imrengine.model.Strength;
import org.imrengine.model.StrengthUnit;
import org.imrengine.model.Unit;

/**
 * Reads a prescription as a record writes it into its parts: {@code "Norco 10/325 mg #60, 1 tab
 * q6h prn"} is hydrocodone 10 mg with acetaminophen 325 mg, 60 tablets, one tablet every 6 hours
 * as needed. It reads brand and generic names of the vocabulary, combination strengths
 * ({@code 10/325}), concentrations ({@code 5%}), patches ({@code 25 mcg/hr}), compounds
 * ({@code "Flurbiprofen 20%/Lidocaine 5% cream 180 gm"}), quantities ({@code #60}, {@code qty 30},
 * {@code 180 g}), directions ({@code 1-2 tabs po q4-6h prn}, {@code bid}, {@code tid},
 * {@code qhs}, {@code every 72 hours}), days supply and refills, in any case and with sloppy
 * spacing. What it cannot read it reports, with where it is, instead of guessing; see
 * {@code docs/medications.md} for every form it reads. Immutable and thread-safe.
 */
public final class PrescriptionReader {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String NUM = "(?:\\d+(?:\\.\\d+)?|\\.\\d+)";
  private static final String COUNT = "(one|two|three|four|half|1/2|\\d+(?:\\.\\d+)?)";
  private static final String UNIT_WORD =
      "(tablets?|tabs?|capsules?|caps?|patch(?:es)?|pills?|films?|sprays?|pumps?|applications?)";
  private static final Pattern SEPARATORS = Pattern.compile("(?:[\\s,;:()\\[\\]]|\\.(?=\\s|$)|-(?=\\s|$)|\\*)+");
  private static final Pattern JOINER = Pattern.compile("(?:/|\\+|&|-|and\\b|with\\b|w/|,)\\s*", FLAGS);
  private static final Pattern STRENGTH = Pattern.compile(
      "(" + NUM + "(?:\\s*[/-]\\s*" + NUM + ")*)\\s*(mcg\\s*(?:/|per)\\s*(?:hr|hour|h)\\b|mcg\\s*/\\s*\\d+\\s*(?:hr|hours?|h)\\b"
          + "|mg\\s*/\\s*ml\\b|mg\\b|mgs\\b|mcg\\b|%)?", FLAGS);
  private static final Pattern NOT_A_STRENGTH = Pattern.compile(
      "\\s*(?:g|gm|gms|grams?|ml|cc|tablets?|tabs?|capsules?|caps?|patch(?:es)?|days?|refills?|x\\b|times|"
          + "pills?|hours?|hrs?)\\b", FLAGS);
  private static final Pattern EXPLICIT_QUANTITY = Pattern.compile(
      "(?:#|no\\.|qty\\.?|quantity|disp(?:ense)?\\.?|dispense\\s*#)\\s*:?\\s*#?\\s*(\\d+)"
          + "(?:\\s*(tablets?|tabs?|capsules?|caps?|patch(?:es)?|g|gm|gms|grams?|ml|tubes?|bottles?)\\b)?", FLAGS);
  private static final Pattern MASS_QUANTITY = Pattern.compile("(" + NUM + ")\\s*(g|gm|gms|grams?|ml|cc)\\b", FLAGS);
  private static final Pattern SUPPLY = Pattern.compile(
      "(?:(?:x|for)\\s*(\\d+)\\s*(days?|d|weeks?|wks?|months?|mos?)\\b(?:\\s*supply)?"
          + "|(\\d+)\\s*-?\\s*days?\\s*supply|days?\\s*supply\\s*:?\\s*(\\d+))", FLAGS);
  private static final Pattern X_QUANTITY = Pattern.compile("x\\s*(\\d+)\\b", FLAGS);
  private static final Pattern REFILLS = Pattern.compile(
      "(?:(no|zero)\\s+refills?|refills?\\s*:?\\s*(?:x\\s*)?(\\d+)|(?:with\\s+|w/\\s*)?(\\d+)\\s*refills?"
          + "|rf\\s*:?\\s*x?\\s*(\\d+))\\b", FLAGS);
  private static final Pattern UNITS = Pattern.compile(
      "(?:(take|apply|use|inject|place|wear|chew|insert)\\s+)?" + COUNT
          + "(?:\\s*(?:-|to|or)\\s*" + COUNT + ")?\\s*" + UNIT_WORD + "\\b", FLAGS);
  private static final Pattern COUNT_BEFORE_DIRECTIONS = Pattern.compile(
      COUNT + "(?:\\s*(?:-|to|or)\\s*" + COUNT + ")?(?=\\s)", FLAGS);
  private static final Pattern ON_OFF = Pattern.compile(
      "(\\d+)\\s*(?:hours?|hrs?|h)\\s*on[\\s,/]*(?:and\\s*|then\\s*)?(\\d+)\\s*(?:hours?|hrs?|h)\\s*off\\b", FLAGS);
  private static final Pattern DIRECTIONS_FOLLOW = Pattern.compile(
      "\\s*(?:(?:po|p\\.o\\.|by mouth|orally|sl|topically|to (?:the )?(?:affected )?(?:area|skin))\\b\\s*)?"
          + "(?:q\\.?\\s*\\d|q\\.?\\s*(?:d|day|am|pm|hs|h)\\b|every|b\\.?i\\.?d|t\\.?i\\.?d|q\\.?i\\.?d|daily|once|twice|"
          + "three times|at bedtime|h\\.?s\\.?\\b|nightly|p\\.?r\\.?n|as needed|\\d+\\s*(?:x|times))", FLAGS);
  private static final Pattern VERB = Pattern.compile(
      "(?:take|apply|use|inject|place|wear|chew|insert|sig\\.?|directions|rx)\\b", FLAGS);
  private static final Pattern ROUTE = Pattern.compile(
      "(po\\b|p\\.o\\.|by mouth|orally\\b|oral\\b|topically\\b|topical\\b|transdermally\\b|transdermal\\b"
          + "|sublingually\\b|sublingual\\b|sl\\b|externally\\b|to (?:the )?(?:affected )?(?:area|areas|skin|site)\\b)", FLAGS);
  private static final Pattern FORM = Pattern.compile(
      "(tablets?|tabs?|capsules?|caps?|patch(?:es)?|cream|gel|ointment|lotion|solution|soln|spray|liquid|syrup"
          + "|suspension|oral solution|films?|lozenges?|suppositor(?:y|ies)|injection|powder)\\b", FLAGS);
  private static final Pattern EVERY_HOURS = Pattern.compile(
      "(?:q\\.?\\s*|every\\s+)(\\d+)(?:\\s*(?:-|to)\\s*(\\d+))?\\s*(?:h|hr|hrs|hours?)\\b\\.?", FLAGS);
  private static final Pattern EVERY_DAYS = Pattern.compile(
      "(?:q\\.?\\s*|every\\s+)(\\d+)\\s*(?:d|days?)\\b", FLAGS);
  private static final Pattern TIMES_A_DAY = Pattern.compile(
      "(one|two|three|four|\\d+)(?:\\s*(?:-|to)\\s*(\\d+))?\\s*(?:x|times)\\s*(?:/|a|per|each)?\\s*(?:day|daily|d)\\b", FLAGS);
  private static final Pattern BID = Pattern.compile("(?:b\\.?i\\.?d\\.?|twice\\s+(?:a\\s+day|daily|per\\s+day))(?![a-z])", FLAGS);
  private static final Pattern TID = Pattern.compile("(?:t\\.?i\\.?d\\.?|three\\s+times\\s+(?:a\\s+day|daily))(?![a-z])", FLAGS);
  private static final Pattern QID = Pattern.compile("(?:q\\.?i\\.?d\\.?|four\\s+times\\s+(?:a\\s+day|daily))(?![a-z])", FLAGS);
  private static final Pattern ONCE = Pattern.compile(
      "(?:q\\.?\\s*(?:d|day|am|pm|hs|h\\.?s)\\.?|h\\.?s\\.?|once\\s+(?:a\\s+day|daily)|once|daily|every\\s+(?:day|night|morning|evening)"
          + "|at\\s+bedtime|nightly|before\\s+bed|in\\s+the\\s+(?:morning|evening))(?![a-z])", FLAGS);
  private static final Pattern PRN = Pattern.compile(
      "(?:p\\.?r\\.?n\\.?|as\\s+needed|as\\s+required|when\\s+needed)(?![a-z])(?:\\s+(?:for\\s+)?(?:severe\\s+|breakthrough\\s+"
          + "|muscle\\s+|neuropathic\\s+|moderate\\s+)?(?:pain|spasms?|sleep|insomnia|anxiety|nausea|headaches?|inflammation"
          + "|itching|constipation)\\b)?", FLAGS);
  private static final Pattern INDICATION = Pattern.compile(
      "for\\s+(?:severe\\s+|breakthrough\\s+|muscle\\s+|neuropathic\\s+|moderate\\s+)?(?:pain|spasms?|sleep|insomnia|anxiety"
          + "|nausea|headaches?|inflammation|itching|constipation)\\b", FLAGS);
  private static final Pattern COMPOUND = Pattern.compile("(?:compounded|compound)\\b", FLAGS);
  private static final Pattern RELEASE = Pattern.compile(
      "(?:er|xr|sr|cr|xl|la|ir|ec|dr|odt|hcl|extended[- ]release|immediate[- ]release)\\b", FLAGS);
  private static final Pattern FILLER = Pattern.compile("(?:as\\s+directed|mg|of|a|the|each|and|then)\\b", FLAGS);
  private static final Pattern WORD = Pattern.compile("[^\\s,;]+");

  private final DrugCatalog drugs;
  private final Pattern names;

  /**
   * Creates a reader of prescriptions naming drugs of {@code drugs}.
   *
   * @param drugs the drug vocabulary whose names the reader recognises
   */
  public PrescriptionReader(DrugCatalog drugs) {
    this.drugs = Objects.requireNonNull(drugs, "drugs");
    StringBuilder alt = new StringBuilder("(?<![a-z0-9])(");
    boolean first = true;
    for (String name : drugs.namesLongestFirst()) {
      if (!first) {
        alt.append('|');
      }
      first = false;
      String[] words = name.split(" ");
      for (int i = 0; i < words.length; i++) {
        if (i > 0) {
          alt.append("\\s+");
        }
        alt.append(Pattern.quote(words[i]));
      }
    }
    alt.append(")(?![a-z])");
    this.names = Pattern.compile(alt.toString(), FLAGS);
  }

  /** {@return a reader of prescriptions naming drugs of the built-in vocabulary} */
  public static PrescriptionReader builtIn() {
    return new PrescriptionReader(DrugCatalog.builtIn());
  }

  /** One drug named in the text, with the strengths written after it. */
  private static final class Mention {
    final Drug drug;
    final List<Strength> strengths = new ArrayList<>();
    final boolean joined;

    Mention(Drug drug, boolean joined) {
      this.drug = drug;
      this.joined = joined;
    }
  }

  /** The state of one reading. */
  private final class Reading {
    final String text;
    final List<Mention> mentions = new ArrayList<>();
    final List<Prescription.Unread> unread = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int pos;
    boolean strengthSlot;
    boolean joinedNext;
    boolean compound;
    DoseForm form;
    Route route;
    Integer quantity;
    Unit quantityUnit;
    DoseRange unitsPerDose;
    DoseRange timesPerDay;
    DoseRange everyHours;
    Boolean asNeeded;
    Integer daysSupply;
    Integer refills;

    Reading(String text) {
      this.text = text;
    }

    Matcher at(Pattern p) {
      Matcher m = p.matcher(text);
      m.region(pos, text.length());
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      return m.lookingAt() ? m : null;
    }

    void run() {
      while (pos < text.length()) {
        Matcher m = at(SEPARATORS);
        if (m != null) {
          pos = m.end();
          continue;
        }
        if (step()) {
          continue;
        }
        Matcher w = at(WORD);
        int end = w == null ? pos + 1 : w.end();
        unread.add(new Prescription.Unread(pos, end, text.substring(pos, end)));
        pos = end;
        strengthSlot = false;
      }
    }

    /** Reads one part at {@code pos}; false when no part starts there. */
    boolean step() {
      Matcher m;
      if ((m = at(names)) != null) {
        Drug drug = drugs.named(m.group(1)).orElseThrow();
        mentions.add(new Mention(drug, joinedNext));
        joinedNext = false;
        pos = m.end();
        strengthSlot = true;
        return true;
      }
      if (!mentions.isEmpty() && (m = at(JOINER)) != null) {
        int save = pos;
        pos = m.end();
        if (at(names) != null) {
          joinedNext = true;
          return true;
        }
        pos = save;
      }
      if (!mentions.isEmpty() && last().strengths.isEmpty() && (m = at(STRENGTH)) != null
          && (m.group(2) != null || (strengthSlot && !followedBy(m.end(), NOT_A_STRENGTH)))) {
        strength(m);
        pos = m.end();
        return true;
      }
      strengthSlot = false;
      if ((m = at(EXPLICIT_QUANTITY)) != null) {
        quantity(m.group(1), m.group(2));
        pos = m.end();
        return true;
      }
      if ((m = at(SUPPLY)) != null) {
        supply(m);
        pos = m.end();
        return true;
      }
      if ((m = at(REFILLS)) != null) {
        refills = m.group(1) != null ? 0 : whole(first(m.group(2), m.group(3), m.group(4)));
        pos = m.end();
        return true;
      }
      if ((m = at(MASS_QUANTITY)) != null) {
        BigDecimal amount = new BigDecimal(normalNumber(m.group(1)));
        if (amount.stripTrailingZeros().scale() > 0) {
          problems.add("a quantity of " + amount.toPlainString() + " is not a whole amount");
        } else {
          quantity(amount.toBigInteger().toString(), m.group(2));
        }
        pos = m.end();
        return true;
      }
      if ((m = at(X_QUANTITY)) != null) {
        quantity(m.group(1), null);
        pos = m.end();
        return true;
      }
      if ((m = at(UNITS)) != null) {
        DoseRange range = range(m.group(2), m.group(3));
        DoseForm unitForm = formOf(m.group(4));
        if (m.group(1) != null || followedBy(m.end(), DIRECTIONS_FOLLOW)) {
          unitsPerDose = range;
        } else if (range != null && range.min().equals(range.max()) && range.min().stripTrailingZeros().scale() <= 0) {
          quantity(range.min().toBigInteger().toString(), m.group(4));
        } else {
          return false;
        }
        if (form == null && unitForm != null) {
          form = unitForm;
        }
        pos = m.end();
        return true;
      }
      if ((m = at(ON_OFF)) != null) {
        long cycle = Long.parseLong(m.group(1)) + Long.parseLong(m.group(2));
        if (cycle == 24) {
          times(DoseRange.of(1));
        } else if (cycle > 0 && cycle <= 744) {
          everyHours = DoseRange.of(cycle);
          timesPerDay = null;
        } else {
          problems.add("directions: a cycle of " + cycle + " hours on and off is not possible");
        }
        pos = m.end();
        return true;
      }
      if ((m = at(COUNT_BEFORE_DIRECTIONS)) != null && followedBy(m.end(), DIRECTIONS_FOLLOW)) {
        unitsPerDose = range(m.group(1), m.group(2));
        pos = m.end();
        return true;
      }
      if ((m = at(EVERY_HOURS)) != null) {
        everyHours = range(m.group(1), m.group(2));
        timesPerDay = null;
        pos = m.end();
        return true;
      }
      if ((m = at(EVERY_DAYS)) != null) {
        everyHours = DoseRange.of(Math.multiplyExact(Long.parseLong(m.group(1)), 24L));
        pos = m.end();
        return true;
      }
      if ((m = at(TIMES_A_DAY)) != null) {
        times(range(m.group(1), m.group(2)));
        pos = m.end();
        return true;
      }
      if ((m = at(QID)) != null) {
        times(DoseRange.of(4));
        pos = m.end();
        return true;
      }
      if ((m = at(TID)) != null) {
        times(DoseRange.of(3));
        pos = m.end();
        return true;
      }
      if ((m = at(BID)) != null) {
        times(DoseRange.of(2));
        pos = m.end();
        return true;
      }
      if ((m = at(PRN)) != null) {
        asNeeded = true;
        pos = m.end();
        return true;
      }
      if ((m = at(ONCE)) != null) {
        times(DoseRange.of(1));
        pos = m.end();
        return true;
      }
      if ((m = at(ROUTE)) != null) {
        route = routeOf(m.group(1));
        pos = m.end();
        return true;
      }
      if ((m = at(FORM)) != null) {
        form = formOf(m.group(1));
        pos = m.end();
        return true;
      }
      if ((m = at(COMPOUND)) != null) {
        compound = true;
        pos = m.end();
        return true;
      }
      for (Pattern p : List.of(INDICATION, VERB, RELEASE, FILLER)) {
        if ((m = at(p)) != null) {
          pos = m.end();
          return true;
        }
      }
      return false;
    }

    Mention last() {
      return mentions.get(mentions.size() - 1);
    }

    boolean followedBy(int from, Pattern p) {
      Matcher m = p.matcher(text);
      m.region(from, text.length());
      m.useTransparentBounds(true);
      return m.lookingAt();
    }

    void strength(Matcher m) {
      String unitText = m.group(2) == null ? "mg" : m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
      StrengthUnit unit;
      BigDecimal divisor = BigDecimal.ONE;
      if (unitText.equals("%")) {
        unit = StrengthUnit.PERCENT;
      } else if (unitText.startsWith("mcg/") || unitText.startsWith("mcgper")) {
        unit = StrengthUnit.MCG_PER_HOUR;
        Matcher hours = Pattern.compile("mcg/(\\d+)").matcher(unitText);
        if (hours.lookingAt()) {
          divisor = new BigDecimal(hours.group(1));
        }
      } else if (unitText.equals("mg/ml")) {
        unit = StrengthUnit.MG_PER_ML;
      } else if (unitText.equals("mcg")) {
        unit = StrengthUnit.MCG;
      } else {
        unit = StrengthUnit.MG;
      }
      for (String n : m.group(1).split("[/-]")) {
        BigDecimal amount = new BigDecimal(normalNumber(n.trim()));
        if (divisor.signum() > 0 && !divisor.equals(BigDecimal.ONE)) {
          amount = amount.divide(divisor, java.math.MathContext.DECIMAL64);
        }
        try {
          last().strengths.add(new Strength(amount, unit));
        } catch (IllegalArgumentException e) {
          problems.add("the strength of " + last().drug.generic() + ": " + e.getMessage());
        }
      }
    }

    void quantity(String amount, String unitText) {
      if (quantity != null) {
        problems.add("two quantities are written");
        return;
      }
      int n = whole(amount);
      if (n < 1 || n > Amount.MAX) {
        problems.add("a quantity must be from 1 to " + Amount.MAX + ", was " + amount);
        return;
      }
      quantity = n;
      quantityUnit = unitText == null ? null : unitOf(unitText);
    }

    void supply(Matcher m) {
      int n;
      String unit;
      if (m.group(1) != null) {
        n = whole(m.group(1));
        unit = m.group(2).toLowerCase(Locale.ROOT);
      } else {
        n = whole(first(m.group(3), m.group(4)));
        unit = "days";
      }
      long days = unit.startsWith("w") ? 7L * n : unit.startsWith("m") ? 30L * n : n;
      if (days < 1 || days > MedicationOrder.MAX_DAYS_SUPPLY) {
        problems.add("a days supply must be from 1 to " + MedicationOrder.MAX_DAYS_SUPPLY + ", was " + days);
        return;
      }
      daysSupply = (int) days;
    }

    void times(DoseRange range) {
      if (range == null) {
        return;
      }
      if (everyHours == null) {
        timesPerDay = range;
      }
    }

    DoseRange range(String a, String b) {
      BigDecimal min = number(a);
      BigDecimal max = b == null ? min : number(b);
      if (min == null || max == null) {
        return null;
      }
      try {
        return new DoseRange(min, max);
      } catch (IllegalArgumentException e) {
        problems.add("directions: " + e.getMessage());
        return null;
      }
    }

    Prescription result() {
      List<Mention> merged = merge();
      boolean topical = compound || route == Route.TOPICAL
          || (form != null && form.impliedRoute().equals(Optional.of(Route.TOPICAL)));
      if (merged.isEmpty()) {
        problems.add(0, "names no drug of the vocabulary");
        return new Prescription(text, Optional.empty(), unread, problems);
      }
      if (merged.size() > 1 && !topical) {
        problems.add(0, "names " + merged.size() + " drugs: a request naming several drugs is several requests, one for each drug"
            + " (a compound says so: a topical form such as cream, or the word compound)");
        return new Prescription(text, Optional.empty(), unread, problems);
      }
      List<Ingredient> ingredients = new ArrayList<>();
      for (Mention m : merged) {
        ingredients.addAll(ingredientsOf(m));
      }
      Optional<String> drug = merged.size() == 1 ? Optional.of(merged.get(0).drug.id()) : Optional.empty();
      Route r = route;
      if (r == null && form != null) {
        r = form.impliedRoute().orElse(null);
        if (form == DoseForm.PATCH) {
          r = merged.size() == 1 ? merged.get(0).drug.patchRoute() : Route.TOPICAL;
        }
      }
      Optional<Directions> directions = Optional.empty();
      if (unitsPerDose != null || timesPerDay != null || everyHours != null || asNeeded != null) {
        try {
          directions = Optional.of(new Directions(Optional.ofNullable(unitsPerDose), Optional.ofNullable(timesPerDay),
              Optional.ofNullable(everyHours), Optional.ofNullable(asNeeded)));
        } catch (IllegalArgumentException e) {
          problems.add("directions: " + e.getMessage());
        }
      }
      Optional<Amount> amount = Optional.empty();
      if (quantity != null) {
        Unit u = quantityUnit != null ? quantityUnit : unitOfForm(form);
        amount = Optional.of(new Amount(quantity, u));
      }
      try {
        MedicationOrder order = new MedicationOrder(Optional.of(text), drug, ingredients, Optional.ofNullable(form),
            Optional.ofNullable(r), directions, amount, Optional.ofNullable(daysSupply), Optional.ofNullable(refills));
        return new Prescription(text, Optional.of(order), unread, problems);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
        return new Prescription(text, Optional.empty(), unread, problems);
      }
    }

    /**
     * Joins "hydrocodone/acetaminophen 10/325" (or "APAP/hydrocodone 325/10") into the combination
     * product it names, its strengths in the product's order.
     */
    List<Mention> merge() {
      List<Mention> out = new ArrayList<>();
      int i = 0;
      while (i < mentions.size()) {
        int j = i + 1;
        while (j < mentions.size() && mentions.get(j).joined) {
          j++;
        }
        List<Mention> group = mentions.subList(i, j);
        Optional<Drug> combination = group.size() > 1 ? combinationOf(group) : Optional.empty();
        if (combination.isPresent()) {
          out.add(combined(combination.get(), group));
        } else {
          out.addAll(group);
        }
        i = j;
      }
      return out;
    }

    Optional<Drug> combinationOf(List<Mention> group) {
      List<String> ids = group.stream().map(m -> m.drug.id()).toList();
      if (ids.stream().distinct().count() != ids.size()) {
        return Optional.empty();
      }
      return drugs.drugs().stream()
          .filter(d -> d.components().size() == ids.size() && d.components().containsAll(ids))
          .findFirst();
    }

    Mention combined(Drug combination, List<Mention> group) {
      Mention c = new Mention(combination, false);
      int n = group.size();
      Mention last = group.get(n - 1);
      boolean allOnLast = last.strengths.size() == n
          && group.subList(0, n - 1).stream().allMatch(m -> m.strengths.isEmpty());
      boolean onePerDrug = group.stream().allMatch(m -> m.strengths.size() == 1);
      if (!allOnLast && !onePerDrug) {
        if (group.stream().anyMatch(m -> !m.strengths.isEmpty())) {
          group.forEach(m -> c.strengths.addAll(m.strengths));
        }
        return c;
      }
      for (String component : combination.components()) {
        for (int k = 0; k < n; k++) {
          if (group.get(k).drug.id().equals(component)) {
            c.strengths.add(allOnLast ? last.strengths.get(k) : group.get(k).strengths.get(0));
          }
        }
      }
      return c;
    }

    List<Ingredient> ingredientsOf(Mention m) {
      List<Ingredient> out = new ArrayList<>();
      if (!m.drug.isCombination()) {
        if (m.strengths.size() > 1) {
          problems.add(m.strengths.size() + " strengths are written for " + m.drug.generic() + ", a drug of one ingredient");
        }
        out.add(new Ingredient(m.drug.id(), m.strengths.isEmpty() ? Optional.empty() : Optional.of(m.strengths.get(0))));
        return out;
      }
      List<String> parts = m.drug.components();
      if (m.strengths.size() > 1 && m.strengths.size() != parts.size()) {
        problems.add(m.strengths.size() + " strengths are written for " + m.drug.displayName() + ", a combination of "
            + parts.size());
      }
      for (int k = 0; k < parts.size(); k++) {
        Optional<Strength> s = k < m.strengths.size() && (m.strengths.size() == parts.size() || m.strengths.size() == 1)
            ? Optional.of(m.strengths.get(k)) : Optional.empty();
        out.add(new Ingredient(parts.get(k), s));
      }
      return out;
    }
  }

  /**
   * Reads {@code text}.
   *
   * @param text the prescription as written, such as {@code "Norco 10/325 mg #60, 1 tab q6h prn"}
   * @return the parts read and what could not be read; never throws for any text
   */
  public Prescription read(String text) {
    Objects.requireNonNull(text, "text");
    Reading r = new Reading(text);
    r.run();
    return r.result();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String normalNumber(String n) {
    return n.startsWith(".") ? "0" + n : n;
  }

  private static int whole(String n) {
    try {
      return Integer.parseInt(n);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static BigDecimal number(String word) {
    if (word == null) {
      return null;
    }
    switch (word.toLowerCase(Locale.ROOT)) {
      case "one": return BigDecimal.ONE;
      case "two": return BigDecimal.valueOf(2);
      case "three": return BigDecimal.valueOf(3);
      case "four": return BigDecimal.valueOf(4);
      case "half": case "1/2": return new BigDecimal("0.5");
      default:
        try {
          return new BigDecimal(normalNumber(word));
        } catch (NumberFormatException e) {
          return null;
        }
    }
  }

  private static DoseForm formOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("tab") || w.startsWith("pill")) {
      return DoseForm.TABLET;
    }
    if (w.startsWith("cap")) {
      return DoseForm.CAPSULE;
    }
    if (w.startsWith("patch")) {
      return DoseForm.PATCH;
    }
    if (w.startsWith("film")) {
      return DoseForm.FILM;
    }
    if (w.startsWith("lozenge")) {
      return DoseForm.LOZENGE;
    }
    if (w.startsWith("suppositor")) {
      return DoseForm.SUPPOSITORY;
    }
    switch (w) {
      case "cream": return DoseForm.CREAM;
      case "gel": return DoseForm.GEL;
      case "ointment": return DoseForm.OINTMENT;
      case "lotion": return DoseForm.LOTION;
      case "solution": case "soln": return DoseForm.SOLUTION;
      case "spray": case "sprays": case "pump": case "pumps": return DoseForm.SPRAY;
      case "liquid": case "syrup": case "suspension": case "oral solution": return DoseForm.LIQUID;
      case "injection": return DoseForm.INJECTION;
      case "powder": return DoseForm.POWDER;
      default: return null;
    }
  }

  private static Route routeOf(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    if (w.equals("po") || w.startsWith("by mouth") || w.startsWith("oral")) {
      return Route.ORAL;
    }
    if (w.startsWith("transdermal")) {
      return Route.TRANSDERMAL;
    }
    if (w.startsWith("sublingual") || w.equals("sl")) {
      return Route.SUBLINGUAL;
    }
    return Route.TOPICAL;
  }

  private static Unit unitOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("tab") || w.startsWith("pill")) {
      return Unit.TABLETS;
    }
    if (w.startsWith("cap")) {
      return Unit.CAPSULES;
    }
    if (w.startsWith("patch")) {
      return Unit.PATCHES;
    }
    if (w.startsWith("tube")) {
      return Unit.TUBES;
    }
    if (w.startsWith("bottle")) {
      return Unit.BOTTLES;
    }
    if (w.equals("ml") || w.equals("cc")) {
      return Unit.ML;
    }
    if (w.startsWith("g")) {
      return Unit.G;
    }
    return Unit.ITEMS;
  }

  private static Unit unitOfForm(DoseForm form) {
    if (form == null) {
      return Unit.ITEMS;
    }
    switch (form) {
      case TABLET: return Unit.TABLETS;
      case CAPSULE: return Unit.CAPSULES;
      case PATCH: return Unit.PATCHES;
      default: return Unit.ITEMS;
    }
  }
}
