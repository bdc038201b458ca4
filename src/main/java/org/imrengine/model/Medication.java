package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A medication the worker takes or took, with what the record says about its effect. Immutable and
 * thread-safe.
 *
 * @param id the item id
 * @param dateSpan the date of the note that reports it, if stated
 * @param text the entry as the record words it
 * @param from where it was read from
 * @param drug the drug as written, such as {@code "Norco 10/325"}
 * @param drugId a lower_snake drug id, such as {@code "hydrocodone_acetaminophen"}, if given
 * @param drugClass the drug class, a service of kind {@link Service.Kind#DRUG}, if given
 * @param dose the strength of one dose, such as 10 mg, if stated
 * @param quantity the amount dispensed, such as 60 tablets, if stated
 * @param directions the directions as written, such as {@code "1 tablet every 6 hours as needed"}
 * @param rate how often it is taken, such as 4 tablets a day, if stated
 * @param startSpan when it was started, if stated
 * @param endSpan when it was stopped, if stated
 * @param response how the worker responded, if stated
 * @param painWith the pain score (0-10) with the medication, if stated
 * @param painWithout the pain score (0-10) without it, if stated
 * @param functionalImprovement whether it brought documented functional improvement, if stated
 * @param sideEffects the side effects the record names, in its words; empty when none named
 * @param codes standard codes (RxNorm), if given
 * @param weeks how long it has been taken, in weeks, when the record states a duration
 * @param adverseEffects how the record rates its adverse effects, if it assesses them
 * @param aberrantBehavior whether aberrant drug-taking behaviour is documented ({@code false}:
 *     the record says there is none), if assessed
 * @param functionalChange the functional change the record documents, in its words (what
 *     activity, how measured), if any
 * @param ingredients the drugs it contains with their strengths, as given or read from
 *     {@code drug}; empty when neither says
 * @param schedule its directions in parts, as read from {@code directions}, if they could be read
 */
public record Medication(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, String drug, Optional<String> drugId, Optional<Service> drugClass,
    Optional<Dose> dose, Optional<Amount> quantity, Optional<String> directions,
    Optional<Rate> rate, Optional<DateSpan> startSpan, Optional<DateSpan> endSpan,
    Optional<Response> response, Optional<Integer> painWith, Optional<Integer> painWithout,
    Optional<Boolean> functionalImprovement, List<String> sideEffects, List<StandardCode> codes,
    Optional<Integer> weeks, Optional<AdverseEffects> adverseEffects, Optional<Boolean> aberrantBehavior,
    Optional<String> functionalChange, List<Ingredient> ingredients, Optional<Directions> schedule)
    implements Item {
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");

  /**
   * Checks the components (the values must be consistent).
   *
   * @param id the item id
   * @param dateSpan the date of the note that reports it, if stated
   * @param text the entry as the record words it
   * @param from where it was read from
   * @param drug the drug as written, such as {@code "Norco 10/325"}
   * @param drugId a lower_snake drug id, such as {@code "hydrocodone_acetaminophen"}, if given
   * @param drugClass the drug class, a service of kind {@link Service.Kind#DRUG}, if given
   * @param dose the strength of one dose, such as 10 mg, if stated
   * @param quantity the amount dispensed, such as 60 tablets, if stated
   * @param directions the directions as written, such as {@code "1 tablet every 6 hours as needed"}
   * @param rate how often it is taken, such as 4 tablets a day, if stated
   * @param startSpan when it was started, if stated
   * @param endSpan when it was stopped, if stated
   * @param response how the worker responded, if stated
   * @param painWith the pain score (0-10) with the medication, if stated
   * @param painWithout the pain score (0-10) without it, if stated
   * @param functionalImprovement whether it brought documented functional improvement, if stated
   * @param sideEffects the side effects the record names, in its words; empty when none named
   * @param codes standard codes (RxNorm), if given
   * @param weeks how long it has been taken, in weeks, when the record states a duration
   * @param adverseEffects how the record rates its adverse effects, if it assesses them
   * @param aberrantBehavior whether aberrant drug-taking behaviour is documented ({@code false}:
   *     the record says there is none), if assessed
   * @param functionalChange the functional change the record documents, in its words (what
   *     activity, how measured), if any
   * @param ingredients the drugs it contains with their strengths, as given or read from
   *     {@code drug}; empty when neither says
   * @param schedule its directions in parts, as read from {@code directions}, if they could be read
   */
  public Medication {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(drug, "drug");
    Checks.notNull(drugId, "drugId");
    Checks.notNull(drugClass, "drugClass");
    Checks.notNull(dose, "dose");
    Checks.notNull(quantity, "quantity");
    Checks.notNull(directions, "directions");
    Checks.notNull(rate, "rate");
    Checks.notNull(startSpan, "startSpan");
    Checks.notNull(endSpan, "endSpan");
    Checks.notNull(response, "response");
    Checks.notNull(painWith, "painWith");
    Checks.notNull(painWithout, "painWithout");
    Checks.notNull(functionalImprovement, "functionalImprovement");
    sideEffects = Checks.list(sideEffects, "sideEffects");
    codes = Checks.list(codes, "codes");
    Checks.notNull(weeks, "weeks");
    Checks.notNull(adverseEffects, "adverseEffects");
    Checks.notNull(aberrantBehavior, "aberrantBehavior");
    Checks.notNull(functionalChange, "functionalChange");
    ingredients = Checks.list(ingredients, "ingredients");
    Checks.notNull(schedule, "schedule");
    if (weeks.isPresent() && (weeks.get() < 0 || weeks.get() > 520 * 2)) {
      throw new IllegalArgumentException("weeks must be from 0 to 1040, was " + weeks.get());
    }
    if (drugId.isPresent() && !ID.matcher(drugId.get()).matches()) {
      throw new IllegalArgumentException("drugId must be a lower_snake id, was '" + drugId.get() + "'");
    }
    if (drugClass.isPresent() && drugClass.get().kind() != Service.Kind.DRUG) {
      throw new IllegalArgumentException("'" + drugClass.get().id() + "' is not a drug class");
    }
    for (Optional<Integer> score : List.of(painWith, painWithout)) {
      if (score.isPresent() && (score.get() < 0 || score.get() > 10)) {
        throw new IllegalArgumentException("a pain score must be from 0 to 10, was " + score.get());
      }
    }
  }

  /**
   * A medication with what the record says of its effect, without the medication-history parts.
   *
   * @param id the item id
   * @param dateSpan the date of the note that reports it, if stated
   * @param text the entry as the record words it
   * @param from where it was read from
   * @param drug the drug as written
   * @param drugId a drug id, if given
   * @param drugClass the drug class, if given
   * @param dose the strength of one dose, if stated
   * @param quantity the amount dispensed, if stated
   * @param directions the directions as written
   * @param rate how often it is taken, if stated
   * @param startSpan when it was started, if stated
   * @param endSpan when it was stopped, if stated
   * @param response how the worker responded, if stated
   * @param painWith the pain score (0-10) with the medication, if stated
   * @param painWithout the pain score (0-10) without it, if stated
   * @param functionalImprovement whether it brought documented functional improvement, if stated
   * @param sideEffects the side effects the record names
   * @param codes standard codes (RxNorm), if given
   */
  public Medication(String id, Optional<DateSpan> dateSpan, Optional<String> text,
      Provenance from, String drug, Optional<String> drugId, Optional<Service> drugClass,
      Optional<Dose> dose, Optional<Amount> quantity, Optional<String> directions,
      Optional<Rate> rate, Optional<DateSpan> startSpan, Optional<DateSpan> endSpan,
      Optional<Response> response, Optional<Integer> painWith, Optional<Integer> painWithout,
      Optional<Boolean> functionalImprovement, List<String> sideEffects, List<StandardCode> codes) {
    this(id, dateSpan, text, from, drug, drugId, drugClass, dose, quantity, directions, rate, startSpan,
        endSpan, response, painWith, painWithout, functionalImprovement, sideEffects, codes, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** {@return the exact day it was started; empty when not stated or stated only as a span} */

  public Optional<LocalDate> start() {
    return startSpan.flatMap(DateSpan::exact);
  }

  /** {@return the exact day it was stopped; empty when not stated or stated only as a span} */
  public Optional<LocalDate> end() {
    return endSpan.flatMap(DateSpan::exact);
  }
}
