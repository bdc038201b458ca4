package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A disputed request for authorization, as submitted. IMR decides the request as submitted, so
 * nothing here is ever trimmed. Immutable and thread-safe.
 *
 * @param id the request id, unique within the case file
 * @param description the service as the request or the letter words it, for example
 *     {@code "MRI of the cervical spine without contrast and with IV sedation"}
 * @param service the main service requested
 * @param region the body region (the first of {@code regions})
 * @param date the date of the request for authorization, if stated (an exact day)
 * @param side the side, if stated; {@code bilateral} for both sides
 * @param levels the spinal levels, such as {@code ["L4-L5", "L5-S1"]}; empty when none are named
 * @param approach the injection technique, if stated
 * @param quantity the number of visits, injections, units or items requested, if stated
 * @param unit the unit of {@code quantity}, if stated; when empty, the service's natural unit
 *     (visits for therapy, injections for an injection, one study for a study)
 * @param frequency the frequency and duration, if stated
 * @param contrast whether imaging is with contrast, if stated
 * @param addOns further services that are part of the same request, such as {@code iv_sedation}
 * @param injectate what an injection would inject, if stated
 * @param ur what utilization review decided, if stated
 * @param regions every body region the request covers, {@code region} first; never empty
 * @param acquisition for equipment, whether it is to be rented or bought, if stated
 * @param rentalDuration for a rental, how long, if stated (such as 28 days)
 * @param codes standard codes for the requested service (CPT, HCPCS, RxNorm), if given
 * @param imr the real IMR decision, if recorded; never used to decide the request
 * @param serviceDate the date the service is or was rendered, if stated; a guideline edition
 *     judged on the date of service (the ACOEM update of 2017-12-01) is chosen by it
 * @param dispensedDate for a drug, the date it is or was dispensed, if stated; the Drug Formulary
 *     is judged on it
 * @param medication for a drug request, the drug in parts (the prescription as written and what
 *     it says), if given
 */
public record Request(String id, String description, Service service, Region region,
    Optional<LocalDate> date, Optional<Side> side, List<String> levels,
    Optional<Approach> approach, Optional<Integer> quantity, Optional<Unit> unit,
    Optional<Frequency> frequency, Optional<Contrast> contrast, List<Service> addOns,
    Optional<Injectate> injectate, Optional<UrDecision> ur, List<Region> regions,
    Optional<Acquisition> acquisition, Optional<Amount> rentalDuration, List<StandardCode> codes,
    Optional<ImrDecision> imr, Optional<LocalDate> serviceDate, Optional<LocalDate> dispensedDate,
    Optional<MedicationOrder> medication) {
  /**
   * Checks the components (the values must be consistent).
   *
   * @param id the request id, unique within the case file
   * @param description the service as the request or the letter words it, for example {@code "MRI
   *     of the cervical spine without contrast and with IV sedation"}
   * @param service the main service requested
   * @param region the body region (the first of {@code regions})
   * @param date the date of the request for authorization, if stated (an exact day)
   * @param side the side, if stated; {@code bilateral} for both sides
   * @param levels the spinal levels, such as {@code ["L4-L5", "L5-S1"]}; empty when none are named
   * @param approach the injection technique, if stated
   * @param quantity the number of visits, injections, units or items requested, if stated
   * @param unit the unit of {@code quantity}, if stated; when empty, the service's natural unit
   *     (visits for therapy, injections for an injection, one study for a study)
   * @param frequency the frequency and duration, if stated
   * @param contrast whether imaging is with contrast, if stated
   * @param addOns further services that are part of the same request, such as {@code iv_sedation}
   * @param injectate what an injection would inject, if stated
   * @param ur what utilization review decided, if stated
   * @param regions every body region the request covers, {@code region} first; never empty
   * @param acquisition for equipment, whether it is to be rented or bought, if stated
   * @param rentalDuration for a rental, how long, if stated (such as 28 days)
   * @param codes standard codes for the requested service (CPT, HCPCS, RxNorm), if given
   * @param imr the real IMR decision, if recorded; never used to decide the request
   * @param serviceDate the date the service is to be (or was) rendered, if stated
   * @param dispensedDate for a medication, the date it is to be (or was) dispensed, if stated
   * @param medication for a drug request, the drug in parts, if given
   */
  public Request {
    Checks.id(id);
    Checks.notNull(description, "description");
    Checks.notNull(service, "service");
    Checks.notNull(region, "region");
    Checks.notNull(date, "date");
    Checks.notNull(side, "side");
    levels = Checks.list(levels, "levels");
    Checks.notNull(approach, "approach");
    Checks.notNull(quantity, "quantity");
    Checks.notNull(unit, "unit");
    Checks.notNull(frequency, "frequency");
    Checks.notNull(contrast, "contrast");
    addOns = Checks.list(addOns, "addOns");
    Checks.notNull(injectate, "injectate");
    Checks.notNull(ur, "ur");
    regions = Checks.list(regions, "regions");
    Checks.notNull(acquisition, "acquisition");
    Checks.notNull(rentalDuration, "rentalDuration");
    codes = Checks.list(codes, "codes");
    Checks.notNull(imr, "imr");
    Checks.notNull(serviceDate, "serviceDate");
    Checks.notNull(dispensedDate, "dispensedDate");
    Checks.notNull(medication, "medication");
    if (regions.isEmpty()) {
      regions = List.of(region);
    }
    if (regions.get(0) != region) {
      throw new IllegalArgumentException("regions must start with region '" + region.id() + "'");
    }
    if (regions.stream().distinct().count() != regions.size()) {
      throw new IllegalArgumentException("regions must not repeat a region");
    }
    if (quantity.isPresent() && (quantity.get() < 1 || quantity.get() > Amount.MAX)) {
      throw new IllegalArgumentException(
          "quantity must be from 1 to " + Amount.MAX + ", was " + quantity.get());
    }
    if (unit.isPresent() && quantity.isEmpty()) {
      throw new IllegalArgumentException("a unit needs a quantity");
    }
    if (rentalDuration.isPresent() && !acquisition.equals(Optional.of(Acquisition.RENTAL))) {
      throw new IllegalArgumentException("a rental duration needs acquisition 'rental'");
    }
    if (rentalDuration.isPresent() && !rentalDuration.get().unit().isDuration()) {
      throw new IllegalArgumentException("a rental duration must be in days, weeks, months or years");
    }
  }

  /**
   * Creates a request for one region, in the service's natural unit, with no equipment terms.
   *
   * @param id the request id, unique within the case file
   * @param description the service as the request or the letter words it, for example {@code "MRI
   *     of the cervical spine without contrast and with IV sedation"}
   * @param service the main service requested
   * @param region the body region
   * @param date the date of the request for authorization, if stated (an exact day)
   * @param side the side, if stated; {@code bilateral} for both sides
   * @param levels the spinal levels, such as {@code ["L4-L5", "L5-S1"]}; empty when none are named
   * @param approach the injection technique, if stated
   * @param quantity the number of visits, injections, units or items requested, if stated
   * @param frequency the frequency and duration, if stated
   * @param contrast whether imaging is with contrast, if stated
   * @param addOns further services that are part of the same request, such as {@code iv_sedation}
   * @param injectate what an injection would inject, if stated
   * @param ur what utilization review decided, if stated
   */
  public Request(String id, String description, Service service, Region region,
      Optional<LocalDate> date, Optional<Side> side, List<String> levels,
      Optional<Approach> approach, Optional<Integer> quantity, Optional<Frequency> frequency,
      Optional<Contrast> contrast, List<Service> addOns, Optional<Injectate> injectate,
      Optional<UrDecision> ur) {
    this(id, description, service, region, date, side, levels, approach, quantity,
        Optional.empty(), frequency, contrast, addOns, injectate, ur, List.of(region),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * {@return the date the request is judged on: the request's own date, else the UR decision's
   * date, else
   * {@code asOf}, the date the case record runs to}
   * @param asOf the as of
   */
  public LocalDate decisionDate(LocalDate asOf) {
    return date.or(() -> ur.flatMap(UrDecision::date)).orElse(asOf);
  }

  /** {@return whether the request covers both sides} */
  public boolean isBilateral() {
    return side.equals(Optional.of(Side.BILATERAL));
  }

  /**
   * Returns a copy of this request for another service, with the same other details.
   *
   * @param other the other value
   * @return a request
   */
  public Request withService(Service other) {
    return new Request(id, description, other, region, date, side, levels, approach, quantity,
        unit, frequency, contrast, addOns, injectate, ur, regions, acquisition, rentalDuration,
        codes, imr, serviceDate, dispensedDate, medication);
  }

  /**
   * Returns a copy of this request with another quantity (of visits) and no frequency.
   *
   * @param visits the number of visits
   * @return a request
   */
  public Request withQuantity(int visits) {
    return new Request(id, description, service, region, date, side, levels, approach,
        Optional.of(visits), Optional.empty(), Optional.empty(), contrast, addOns, injectate, ur,
        regions, acquisition, rentalDuration, codes, imr, serviceDate, dispensedDate, medication);
  }
}
