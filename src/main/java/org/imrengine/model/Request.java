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
 * @param region the body region
 * @param date the date of the request for authorization, if stated
 * @param side the side, if stated
 * @param levels the spinal levels, such as {@code ["L4-L5", "L5-S1"]}; empty when none are named
 * @param approach the injection technique, if stated
 * @param quantity the number of visits, injections or units requested, if stated
 * @param frequency the visit frequency and duration, if stated
 * @param contrast whether imaging is with contrast, if stated
 * @param addOns further services that are part of the same request, such as {@code iv_sedation}
 * @param injectate what an injection would inject, if stated
 * @param ur what utilization review decided, if stated
 * @param imr the real IMR decision, if recorded; never used to decide the request
 */
public record Request(String id, String description, Service service, Region region,
    Optional<LocalDate> date, Optional<Side> side, List<String> levels,
    Optional<Approach> approach, Optional<Integer> quantity, Optional<Frequency> frequency,
    Optional<Contrast> contrast, List<Service> addOns, Optional<Injectate> injectate,
    Optional<UrDecision> ur, Optional<ImrDecision> imr) {
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
    Checks.notNull(frequency, "frequency");
    Checks.notNull(contrast, "contrast");
    addOns = Checks.list(addOns, "addOns");
    Checks.notNull(injectate, "injectate");
    Checks.notNull(ur, "ur");
    Checks.notNull(imr, "imr");
  }

  /** A request without a recorded IMR decision. */
  public Request(String id, String description, Service service, Region region,
      Optional<LocalDate> date, Optional<Side> side, List<String> levels,
      Optional<Approach> approach, Optional<Integer> quantity, Optional<Frequency> frequency,
      Optional<Contrast> contrast, List<Service> addOns, Optional<Injectate> injectate,
      Optional<UrDecision> ur) {
    this(id, description, service, region, date, side, levels, approach, quantity, frequency,
        contrast, addOns, injectate, ur, Optional.empty());
  }

  /**
   * The date the request is judged on: the request's own date, else the UR decision's date, else
   * {@code asOf}, the date the case record runs to.
   */
  public LocalDate decisionDate(LocalDate asOf) {
    return date.or(() -> ur.flatMap(UrDecision::date)).orElse(asOf);
  }

  /** Returns a copy of this request for another service, with the same other details. */
  public Request withService(Service other) {
    return new Request(id, description, other, region, date, side, levels, approach, quantity,
        frequency, contrast, addOns, injectate, ur, imr);
  }

  /** Returns a copy of this request with another quantity and no frequency. */
  public Request withQuantity(int visits) {
    return new Request(id, description, service, region, date, side, levels, approach,
        Optional.of(visits), Optional.empty(), contrast, addOns, injectate, ur, imr);
  }
}
