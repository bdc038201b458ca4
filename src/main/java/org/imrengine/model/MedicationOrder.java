package org.imrengine.model;

import java.util.List;
import java.util.Optional;

/**
 * The drug a request asks for, in parts: the prescription as written and what it says. The
 * case reader fills each part the file does not give by hand from the prescription string
 * ({@code org.imrengine.medication.PrescriptionReader}); a part given by hand wins. Immutable
 * and thread-safe.
 *
 * @param prescription the prescription as written, such as
 *     {@code "Norco 10/325 mg #60, 1 tab q6h prn"}, if given
 * @param drug the drug id of the vocabulary, such as {@code hydrocodone_acetaminophen}; empty
 *     for a compound of several drugs
 * @param ingredients the drugs it contains with their strengths: the components of a
 *     combination product in the vocabulary's order, or each ingredient of a compound
 * @param form the dose form, if stated
 * @param route the route, if stated or implied by the form
 * @param directions how it is to be taken, if stated
 * @param quantity the amount to dispense (60 tablets, 180 g), if stated
 * @param daysSupply the days the fill is to last, if stated
 * @param refills the refills requested, if stated
 */
public record MedicationOrder(Optional<String> prescription, Optional<String> drug,
    List<Ingredient> ingredients, Optional<DoseForm> form, Optional<Route> route,
    Optional<Directions> directions, Optional<Amount> quantity, Optional<Integer> daysSupply,
    Optional<Integer> refills) {
  /** The most days one fill can be written for. */
  public static final int MAX_DAYS_SUPPLY = 366;
  /** The most refills a prescription can carry. */
  public static final int MAX_REFILLS = 99;

  /**
   * Checks the components (no component may be null; it names a drug or its ingredients; the days
   * supply is from 1 to {@link #MAX_DAYS_SUPPLY} and the refills from 0 to {@link #MAX_REFILLS}).
   *
   * @param prescription the prescription as written, such as
   *     {@code "Norco 10/325 mg #60, 1 tab q6h prn"}, if given
   * @param drug the drug id of the vocabulary, such as {@code hydrocodone_acetaminophen}; empty
   *     for a compound of several drugs
   * @param ingredients the drugs it contains with their strengths: the components of a
   *     combination product in the vocabulary's order, or each ingredient of a compound
   * @param form the dose form, if stated
   * @param route the route, if stated or implied by the form
   * @param directions how it is to be taken, if stated
   * @param quantity the amount to dispense (60 tablets, 180 g), if stated
   * @param daysSupply the days the fill is to last, if stated
   * @param refills the refills requested, if stated
   */
  public MedicationOrder {
    Checks.notNull(prescription, "prescription");
    Checks.notNull(drug, "drug");
    ingredients = Checks.list(ingredients, "ingredients");
    Checks.notNull(form, "form");
    Checks.notNull(route, "route");
    Checks.notNull(directions, "directions");
    Checks.notNull(quantity, "quantity");
    Checks.notNull(daysSupply, "daysSupply");
    Checks.notNull(refills, "refills");
    if (drug.isEmpty() && ingredients.isEmpty()) {
      throw new IllegalArgumentException("a medication names a drug or its ingredients");
    }
    if (daysSupply.isPresent() && (daysSupply.get() < 1 || daysSupply.get() > MAX_DAYS_SUPPLY)) {
      throw new IllegalArgumentException("days supply must be from 1 to " + MAX_DAYS_SUPPLY + ", was " + daysSupply.get());
    }
    if (refills.isPresent() && (refills.get() < 0 || refills.get() > MAX_REFILLS)) {
      throw new IllegalArgumentException("refills must be from 0 to " + MAX_REFILLS + ", was " + refills.get());
    }
  }

  /** {@return whether it is a compound: several drugs mixed, not one product of the vocabulary} */
  public boolean isCompound() {
    return drug.isEmpty();
  }

  /** {@return the drug ids it is made of: its ingredients, else the drug itself} */
  public List<String> drugIds() {
    if (!ingredients.isEmpty()) {
      return ingredients.stream().map(Ingredient::drug).toList();
    }
    return List.of(drug.orElseThrow());
  }
}
