package org.imrengine.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrengine.model.Medication;

/**
 * Fact functions over the medication history that the non-opioid medication rules need
 * ({@code rules/facts/meds-nonopioid.yaml}): how much a drug relieved pain, and how many drugs of
 * a kind are taken at once. Named in fact definitions by {@code function:}; registered in
 * {@link FactFunctions#ALL}. Stateless and thread-safe.
 */
final class MedicationResponseFunctions {
  private MedicationResponseFunctions() {}

  /** The functions of this class, by name. */
  static final Map<String, FactFunctions.Named> ALL = Map.of(
      "pain_relief_percent", new FactFunctions.Named(Medication.class,
          "the pain relief a medication brought, in percent: (pain without - pain with) x 100 / pain without,"
              + " rounded down, from the item that states both scores with the most relief (0 when it made no"
              + " difference or the pain was worse with it)",
          MedicationResponseFunctions::painReliefPercent),
      "medication_count", new FactFunctions.Named(Medication.class,
          "the number of medications in scope (two NSAIDs taken at once count 2)",
          MedicationResponseFunctions::count));

  private static Optional<FactFunctions.Result> painReliefPercent(List<Object> items, Derivation d) {
    Medication best = null;
    long bestRelief = -1;
    for (Object item : items) {
      Medication m = (Medication) item;
      if (m.painWith().isEmpty() || m.painWithout().isEmpty() || m.painWithout().get() == 0) {
        continue;
      }
      long without = m.painWithout().get();
      long relief = Math.max(0, (without - m.painWith().get()) * 100 / without);
      if (relief > bestRelief) {
        bestRelief = relief;
        best = m;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new FactFunctions.Result(bestRelief, List.of(best)));
  }

  private static Optional<FactFunctions.Result> count(List<Object> items, Derivation d) {
    return items.isEmpty() ? Optional.empty() : Optional.of(new FactFunctions.Result(items.size(), List.copyOf(items)));
  }
}
