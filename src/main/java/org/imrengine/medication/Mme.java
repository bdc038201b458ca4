package org.imrengine.medication;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.model.Amount;
import org.imrengine.model.Directions;
import org.imrengine.model.DoseForm;
import org.imrengine.model.Ingredient;
import org.imrengine.model.MedicationOrder;
import org.imrengine.model.Strength;
import org.imrengine.model.StrengthUnit;
import org.imrengine.model.Unit;

/**
 * The daily morphine milligram equivalents (MME, also written MED) of a medication order, from
 * the conversion factors of the drug vocabulary. For each opioid ingredient: its strength a unit
 * times the most units a day the order allows times the drug's factor; for a patch, its mcg/hr
 * times the patches worn at once (one unless the directions say more) times the factor per
 * mcg/hr. The most units a day are the directions' largest units a dose (one when they name none:
 * "10 mg tid" is one 10 mg dose three times a day) times their most doses a day ("1-2 tabs q4-6h"
 * is 12), or, without a frequency, the quantity over the days supply. A non-opioid order has 0 MME. Every
 * computation that cannot be made says why. Stateless and thread-safe.
 */
public final class Mme {
  private Mme() {}

  /**
   * The daily MME of one order, or why it cannot be computed.
   *
   * @param value the daily MME, when it can be computed
   * @param whyNot why not, otherwise
   */
  public record Result(Optional<BigDecimal> value, Optional<String> whyNot) {
    /**
     * Checks the components (neither may be null; exactly one is present).
     *
     * @param value the daily MME, when it can be computed
     * @param whyNot why not, otherwise
     */
    public Result {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(whyNot, "whyNot");
      if (value.isPresent() == whyNot.isPresent()) {
        throw new IllegalArgumentException("an MME result has a value or a reason, not both");
      }
    }

    static Result of(BigDecimal value) {
      return new Result(Optional.of(value), Optional.empty());
    }

    static Result not(String why) {
      return new Result(Optional.empty(), Optional.of(why));
    }

    /** {@return the value rounded to whole milligrams (half up), as facts carry it} */
    public Optional<Long> rounded() {
      return value.map(v -> v.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
  }

  /**
   * {@return whether the order contains an opioid of the vocabulary}
   *
   * @param order the medication requested
   * @param drugs the drug vocabulary
   */
  public static boolean isOpioid(MedicationOrder order, DrugCatalog drugs) {
    return ingredients(order).stream().anyMatch(i -> drugs.drug(i.drug()).map(d -> d.drugClass().equals("opioid")).orElse(false));
  }

  private static List<Ingredient> ingredients(MedicationOrder order) {
    return order.ingredients().isEmpty() ? List.of(new Ingredient(order.drug().orElseThrow(), Optional.empty()))
        : order.ingredients();
  }

  /**
   * {@return the daily MME of {@code order}, or why it cannot be computed}
   *
   * @param order the medication requested
   * @param drugs the drug vocabulary, with the conversion factors
   */
  public static Result daily(MedicationOrder order, DrugCatalog drugs) {
    BigDecimal total = BigDecimal.ZERO;
    for (Ingredient ingredient : ingredients(order)) {
      Optional<Drug> drug = drugs.drug(ingredient.drug());
      if (drug.isEmpty()) {
        return Result.not("'" + ingredient.drug() + "' is not a drug of the vocabulary");
      }
      if (!drug.get().drugClass().equals("opioid")) {
        continue;
      }
      Result one = ofIngredient(drug.get(), ingredient.strength(), order);
      if (one.value().isEmpty()) {
        return one;
      }
      total = total.add(one.value().get());
    }
    return Result.of(total);
  }

  private static Result ofIngredient(Drug drug, Optional<Strength> strength, MedicationOrder order) {
    if (drug.mme().isEmpty()) {
      return Result.not("the conversion tables give no MME factor for " + drug.generic());
    }
    MmeFactor factor = drug.mme().get();
    if (strength.isEmpty()) {
      return Result.not("the strength of " + drug.generic() + " is not stated");
    }
    Strength s = strength.get();
    if (factor.perMcgPerHour()) {
      if (s.unit() != StrengthUnit.MCG_PER_HOUR) {
        return Result.not("the factor of " + drug.generic() + " is per mcg/hr of a patch, and the strength is in "
            + s.unit().id());
      }
      BigDecimal patches = order.directions().flatMap(Directions::unitsPerDose).map(u -> u.max()).orElse(BigDecimal.ONE);
      BigDecimal rate = s.amount().multiply(patches);
      return Result.of(rate.multiply(factor.factorFor(rate).orElseThrow()));
    }
    BigDecimal mg;
    if (s.unit() == StrengthUnit.MG) {
      mg = s.amount();
    } else if (s.unit() == StrengthUnit.MCG) {
      mg = s.amount().divide(BigDecimal.valueOf(1000), MathContext.DECIMAL64);
    } else {
      return Result.not("the strength of " + drug.generic() + " is in " + s.unit().id() + ", not mg a unit");
    }
    Optional<BigDecimal> units = unitsPerDay(order);
    if (units.isEmpty()) {
      return Result.not("the directions do not say how many units a day (units a dose and how often, or a quantity"
          + " and days supply)");
    }
    BigDecimal daily = mg.multiply(units.get());
    Optional<BigDecimal> f = factor.factorFor(daily);
    if (f.isEmpty()) {
      return Result.not("the conversion table gives no factor for " + daily.stripTrailingZeros().toPlainString()
          + " mg of " + drug.generic() + " a day");
    }
    return Result.of(daily.multiply(f.get()));
  }

  /**
   * {@return the most units a day the order allows: from its directions, else its quantity over
   * its days supply; empty when neither says}
   *
   * @param order the medication requested
   */
  public static Optional<BigDecimal> unitsPerDay(MedicationOrder order) {
    Optional<Directions> directions = order.directions();
    Optional<BigDecimal> times = directions.flatMap(Directions::maxTimesPerDay);
    if (times.isPresent()) {
      // "10 mg tid": a dose that states no units is one unit of the strength
      BigDecimal units = directions.get().unitsPerDose().map(u -> u.max()).orElse(BigDecimal.ONE);
      return Optional.of(units.multiply(times.get()));
    }
    if (order.quantity().isPresent() && order.daysSupply().isPresent() && isCountOfUnits(order.quantity().get(), order)) {
      return Optional.of(BigDecimal.valueOf(order.quantity().get().amount())
          .divide(BigDecimal.valueOf(order.daysSupply().get()), MathContext.DECIMAL64));
    }
    return Optional.empty();
  }

  private static boolean isCountOfUnits(Amount quantity, MedicationOrder order) {
    Unit u = quantity.unit();
    return u == Unit.TABLETS || u == Unit.CAPSULES || (u == Unit.ITEMS
        && order.form().map(f -> f == DoseForm.TABLET || f == DoseForm.CAPSULE).orElse(true));
  }
}
