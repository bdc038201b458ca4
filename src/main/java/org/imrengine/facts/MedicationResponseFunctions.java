package org.imrengine.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrengine.model.Ingredient;
import org.imrengine.model.Medication;
import org.imrengine.model.StrengthUnit;

/**
 * Fact functions the non-opioid medication rules need ({@code rules/facts/meds-nonopioid.yaml}):
 * how many drugs of a kind are taken at once, and the concentration of an ingredient of the
 * request. Named in fact definitions by {@code function:}; registered in {@link FactFunctions#ALL}.
 * Stateless and thread-safe.
 */
final class MedicationResponseFunctions {
  private MedicationResponseFunctions() {}

  /** The functions of this class, by name. */
  static final Map<String, FactFunctions.Named> ALL = Map.of(
      "medication_count", new FactFunctions.Named(Medication.class,
          "the number of medications in scope (two NSAIDs taken at once count 2)",
          MedicationResponseFunctions::count),
      "concentration_ppm", new FactFunctions.Named(Ingredient.class,
          "the largest concentration stated in percent among the ingredients, in parts per million"
              + " (0.025% is 250), rounded down",
          MedicationResponseFunctions::concentrationPpm));

  private static Optional<FactFunctions.Result> count(List<Object> items, Derivation d) {
    return items.isEmpty() ? Optional.empty() : Optional.of(new FactFunctions.Result(items.size(), List.copyOf(items)));
  }

  private static Optional<FactFunctions.Result> concentrationPpm(List<Object> items, Derivation d) {
    Ingredient best = null;
    long bestPpm = -1;
    for (Object item : items) {
      Ingredient i = (Ingredient) item;
      if (i.strength().isEmpty() || i.strength().get().unit() != StrengthUnit.PERCENT) {
        continue;
      }
      long ppm = i.strength().get().amount().multiply(BigDecimal.valueOf(10_000))
          .setScale(0, RoundingMode.FLOOR).longValueExact();
      if (ppm > bestPpm) {
        bestPpm = ppm;
        best = i;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new FactFunctions.Result(bestPpm, List.of(best)));
  }
}
