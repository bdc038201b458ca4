package org.imrengine.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.imrengine.medication.DrugCatalog;
import org.imrengine.medication.Mme;
import org.imrengine.model.Directions;
import org.imrengine.model.Ingredient;
import org.imrengine.model.Medication;
import org.imrengine.model.MedicationOrder;
import org.imrengine.model.Per;
import org.imrengine.model.Rate;
import org.imrengine.model.Request;
import org.imrengine.model.Study;
import org.imrengine.model.Unit;

/**
 * The medication derivations named in fact definitions by {@code function:}: the daily morphine
 * milligram equivalents of the request and of the regimen, the weeks on the requested drug, and
 * the days between urine drug tests ({@code docs/medications.md}). Stateless and thread-safe.
 */
final class MedicationFunctions {
  private MedicationFunctions() {}

  static final Map<String, FactFunctions.Named> ALL = Map.of(
      "request_mme", new FactFunctions.Named(Request.class,
          "the daily morphine milligram equivalents of the requested drug as written (0 for a drug that is"
              + " not an opioid), rounded to whole mg", MedicationFunctions::requestMme),
      "regimen_mme", new FactFunctions.Named(Medication.class,
          "the daily morphine milligram equivalents of the request with the medications in scope (the"
              + " current opioids), a medication of a drug the request names counted once, as the request",
          MedicationFunctions::regimenMme),
      "weeks_on_drug", new FactFunctions.Named(Medication.class,
          "weeks on the drug the request names: from the earliest start of the medications in scope of"
              + " that drug to the decision date, or the longest stated number of weeks if that is more",
          MedicationFunctions::weeksOnDrug),
      "days_between_drug_tests", new FactFunctions.Named(Study.class,
          "days between the two latest tests in scope dated to the day", MedicationFunctions::daysBetweenTests),
      "pain_relief_percent", new FactFunctions.Named(Medication.class,
          "the largest relief the medications in scope give, in percent of the pain score without the"
              + " medication (8 without and 4 with is 50), from items stating both scores",
          MedicationFunctions::painReliefPercent));

  private static Optional<FactFunctions.Result> painReliefPercent(List<Object> items, Derivation d) {
    long best = -1;
    List<Object> used = new ArrayList<>();
    for (Object item : items) {
      Medication m = (Medication) item;
      if (m.painWith().isEmpty() || m.painWithout().isEmpty()) {
        continue;
      }
      int without = m.painWithout().get();
      long relief = without == 0 ? 0 : Math.max(0, (100L * (without - m.painWith().get())) / without);
      if (relief > best) {
        best = relief;
        used = new ArrayList<>(List.of(m));
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new FactFunctions.Result(best, used));
  }

  private static Optional<FactFunctions.Result> requestMme(List<Object> items, Derivation d) {
    Request r = (Request) items.get(0);
    if (r.medication().isEmpty()) {
      return Optional.empty();
    }
    Mme.Result mme = Mme.daily(r.medication().get(), d.drugs());
    return mme.rounded().map(v -> new FactFunctions.Result(v, List.of(r)));
  }

  private static Optional<FactFunctions.Result> regimenMme(List<Object> items, Derivation d) {
    Request r = d.request();
    DrugCatalog drugs = d.drugs();
    BigDecimal total = BigDecimal.ZERO;
    List<Object> used = new ArrayList<>();
    List<String> requested = List.of();
    if (r.medication().isPresent()) {
      Mme.Result mme = Mme.daily(r.medication().get(), drugs);
      if (mme.value().isEmpty()) {
        return Optional.empty();
      }
      total = total.add(mme.value().get());
      used.add(r);
      requested = r.medication().get().drugIds();
    }
    for (Object item : items) {
      Medication m = (Medication) item;
      if (m.drugId().isPresent() && (requested.contains(m.drugId().get())
          || r.medication().flatMap(MedicationOrder::drug).equals(m.drugId()))) {
        continue;
      }
      Optional<BigDecimal> mme = historyMme(m, drugs);
      if (mme.isEmpty()) {
        return Optional.empty();
      }
      total = total.add(mme.get());
      used.add(m);
    }
    if (used.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FactFunctions.Result(total.setScale(0, RoundingMode.HALF_UP).longValueExact(), used));
  }

  /** The daily MME of a medication of the history: its strengths and its rate a day (or its directions). */
  static Optional<BigDecimal> historyMme(Medication m, DrugCatalog drugs) {
    if (m.drugId().isEmpty()) {
      return Optional.empty();
    }
    Optional<Directions> directions = m.schedule();
    if (m.rate().isPresent()) {
      Rate rate = m.rate().get();
      Unit u = rate.unit();
      if (rate.per() != Per.DAY || !(u == Unit.TABLETS || u == Unit.CAPSULES || u == Unit.PATCHES)) {
        return Optional.empty();
      }
      BigDecimal perDay = BigDecimal.valueOf(rate.max());
      directions = Optional.of(u == Unit.PATCHES
          ? new Directions(Optional.of(org.imrengine.model.DoseRange.of(perDay)), Optional.empty(), Optional.empty(), Optional.empty())
          : new Directions(Optional.of(org.imrengine.model.DoseRange.of(1)), Optional.of(org.imrengine.model.DoseRange.of(perDay)),
              Optional.empty(), Optional.empty()));
    }
    List<Ingredient> ingredients = m.ingredients();
    MedicationOrder order = new MedicationOrder(Optional.empty(), m.drugId(), ingredients, Optional.empty(),
        Optional.empty(), directions, Optional.empty(), Optional.empty(), Optional.empty());
    return Mme.daily(order, drugs).value();
  }

  private static Optional<FactFunctions.Result> weeksOnDrug(List<Object> items, Derivation d) {
    Request r = d.request();
    if (r.medication().isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>(r.medication().get().drugIds());
    r.medication().get().drug().ifPresent(ids::add);
    LocalDate earliest = null;
    long stated = -1;
    List<Object> used = new ArrayList<>();
    for (Object item : items) {
      Medication m = (Medication) item;
      if (m.drugId().isEmpty() || !ids.contains(m.drugId().get())) {
        continue;
      }
      if (m.start().isPresent()) {
        if (earliest == null || m.start().get().isBefore(earliest)) {
          earliest = m.start().get();
        }
        used.add(m);
      } else if (m.weeks().isPresent()) {
        stated = Math.max(stated, m.weeks().get());
        used.add(m);
      }
    }
    if (used.isEmpty()) {
      return Optional.empty();
    }
    long weeks = earliest == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(earliest, d.decisionDate()) / 7);
    return Optional.of(new FactFunctions.Result(Math.max(weeks, stated), used));
  }

  private static Optional<FactFunctions.Result> daysBetweenTests(List<Object> items, Derivation d) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Object item : items) {
      ((Study) item).date().ifPresent(dates::add);
    }
    if (dates.size() < 2) {
      return Optional.empty();
    }
    LocalDate last = dates.last();
    LocalDate before = dates.lower(last);
    List<Object> used = new ArrayList<>();
    for (Object item : items) {
      Optional<LocalDate> date = ((Study) item).date();
      if (date.isPresent() && (date.get().equals(last) || date.get().equals(before))) {
        used.add(item);
      }
    }
    return Optional.of(new FactFunctions.Result(ChronoUnit.DAYS.between(before, last), used));
  }
}
