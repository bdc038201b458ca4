package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A treatment the worker has had, or that the record says was not given or not completed.
 * Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan the date of the note that reports it, if stated
 * @param text the treatment as the record words it
 * @param from where it was read from
 * @param service what the treatment was
 * @param region the body region, if it was aimed at one
 * @param startSpan when it began, as precisely as the record says, if stated
 * @param endSpan when it ended, as precisely as the record says, if stated
 * @param weeks how many weeks it lasted, if stated (instead of, or as well as, start and end)
 * @param visits how many visits or injections it took, if stated
 * @param response how the worker responded, if stated
 * @param reliefPercent the percentage of pain relief it gave, if stated
 * @param reliefWeeks how many weeks the relief lasted, if stated
 * @param functionalImprovement whether it brought documented functional improvement, if stated
 * @param given false when the record says the treatment was not given ("no prior epidural");
 *     empty when the item does not say (an item of a treatment is read as given)
 * @param authorized true when the record says it was authorised, if stated
 * @param completed false when it was started or authorised but not completed, if stated
 * @param codes standard codes for the item, if given
 * @param side the side it was aimed at (a limb's treatment), if stated
 */
public record Treatment(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, Service service, Optional<Region> region, Optional<DateSpan> startSpan,
    Optional<DateSpan> endSpan, Optional<Integer> weeks, Optional<Integer> visits,
    Optional<Response> response, Optional<Integer> reliefPercent, Optional<Integer> reliefWeeks,
    Optional<Boolean> functionalImprovement, Optional<Boolean> given, Optional<Boolean> authorized,
    Optional<Boolean> completed, List<StandardCode> codes, Optional<Side> side) implements Item {
  /**
   * Checks the components (the values must be consistent).
   *
   * @param id the item id
   * @param dateSpan the date of the note that reports it, if stated
   * @param text the treatment as the record words it
   * @param from where it was read from
   * @param service what the treatment was
   * @param region the body region, if it was aimed at one
   * @param startSpan when it began, as precisely as the record says, if stated
   * @param endSpan when it ended, as precisely as the record says, if stated
   * @param weeks how many weeks it lasted, if stated (instead of, or as well as, start and end)
   * @param visits how many visits or injections it took, if stated
   * @param response how the worker responded, if stated
   * @param reliefPercent the percentage of pain relief it gave, if stated
   * @param reliefWeeks how many weeks the relief lasted, if stated
   * @param functionalImprovement whether it brought documented functional improvement, if stated
   * @param given false when the record says the treatment was not given ("no prior epidural");
   *     empty when the item does not say (an item of a treatment is read as given)
   * @param authorized true when the record says it was authorised, if stated
   * @param completed false when it was started or authorised but not completed, if stated
   * @param codes standard codes for the item, if given
   * @param side the side of a limb's treatment, if stated
   */
  public Treatment {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(service, "service");
    Checks.notNull(region, "region");
    Checks.notNull(startSpan, "startSpan");
    Checks.notNull(endSpan, "endSpan");
    Checks.notNull(weeks, "weeks");
    Checks.notNull(visits, "visits");
    Checks.notNull(response, "response");
    Checks.notNull(reliefPercent, "reliefPercent");
    Checks.notNull(reliefWeeks, "reliefWeeks");
    Checks.notNull(functionalImprovement, "functionalImprovement");
    Checks.notNull(given, "given");
    Checks.notNull(authorized, "authorized");
    Checks.notNull(completed, "completed");
    codes = Checks.list(codes, "codes");
    Checks.notNull(side, "side");
    if (given.equals(Optional.of(false)) && completed.equals(Optional.of(true))) {
      throw new IllegalArgumentException("a treatment not given cannot be completed");
    }
  }

  /**
   * A treatment that names no side (the form before treatments could name one).
   *
   * @param id the item id
   * @param dateSpan the date of the note that reports it, if stated
   * @param text the treatment as the record words it
   * @param from where it was read from
   * @param service what the treatment was
   * @param region the body region, if it was aimed at one
   * @param startSpan when it began, if stated
   * @param endSpan when it ended, if stated
   * @param weeks how many weeks it lasted, if stated
   * @param visits how many visits or injections it took, if stated
   * @param response how the worker responded, if stated
   * @param reliefPercent the percentage of pain relief it gave, if stated
   * @param reliefWeeks how many weeks the relief lasted, if stated
   * @param functionalImprovement whether it brought documented functional improvement, if stated
   * @param given false when the record says the treatment was not given
   * @param authorized true when the record says it was authorised, if stated
   * @param completed false when it was started or authorised but not completed, if stated
   * @param codes standard codes for the item, if given
   */
  public Treatment(String id, Optional<DateSpan> dateSpan, Optional<String> text,
      Provenance from, Service service, Optional<Region> region, Optional<DateSpan> startSpan,
      Optional<DateSpan> endSpan, Optional<Integer> weeks, Optional<Integer> visits,
      Optional<Response> response, Optional<Integer> reliefPercent, Optional<Integer> reliefWeeks,
      Optional<Boolean> functionalImprovement, Optional<Boolean> given, Optional<Boolean> authorized,
      Optional<Boolean> completed, List<StandardCode> codes) {
    this(id, dateSpan, text, from, service, region, startSpan, endSpan, weeks, visits, response,
        reliefPercent, reliefWeeks, functionalImprovement, given, authorized, completed, codes,
        Optional.empty());
  }

  /**
   * Creates a treatment with exact dates (or none), given as far as the record says.
   *
   * @param id the item id
   * @param date the date
   * @param text the treatment as the record words it
   * @param from where it was read from
   * @param service what the treatment was
   * @param region the body region
   * @param start the start
   * @param end the end
   * @param weeks how many weeks it lasted, if stated (instead of, or as well as, start and end)
   * @param visits the number of visits
   * @param response how the worker responded, if stated
   * @param reliefPercent the percentage of pain relief it gave, if stated
   * @param reliefWeeks how many weeks the relief lasted, if stated
   * @param functionalImprovement whether it brought documented functional improvement, if stated
   */
  public Treatment(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      Service service, Optional<Region> region, Optional<LocalDate> start, Optional<LocalDate> end,
      Optional<Integer> weeks, Optional<Integer> visits, Optional<Response> response,
      Optional<Integer> reliefPercent, Optional<Integer> reliefWeeks,
      Optional<Boolean> functionalImprovement) {
    this(id, Item.span(date), text, from, service, region, Item.span(start), Item.span(end), weeks,
        visits, response, reliefPercent, reliefWeeks, functionalImprovement, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());
  }

  /** {@return the exact day it began; empty when not stated or stated only as a span} */
  public Optional<LocalDate> start() {
    return startSpan.flatMap(DateSpan::exact);
  }

  /** {@return the exact day it ended; empty when not stated or stated only as a span} */
  public Optional<LocalDate> end() {
    return endSpan.flatMap(DateSpan::exact);
  }

  /** {@return whether the record documents that the treatment was not given} */
  public boolean isNotGiven() {
    return given.equals(Optional.of(false));
  }
}
