package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A treatment the worker has had. Immutable and thread-safe.
 *
 * @param id the item id
 * @param date the date of the note that reports it, if stated
 * @param text the treatment as the record words it
 * @param from where it was read from
 * @param service what the treatment was
 * @param region the body region, if it was aimed at one
 * @param start when it began, if stated
 * @param end when it ended, if stated
 * @param weeks how many weeks it lasted, if stated (instead of, or as well as, start and end)
 * @param visits how many visits or injections it took, if stated
 * @param response how the worker responded, if stated
 * @param reliefPercent the percentage of pain relief it gave, if stated
 * @param reliefWeeks how many weeks the relief lasted, if stated
 * @param functionalImprovement whether it brought documented functional improvement, if stated
 */
public record Treatment(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
    Service service, Optional<Region> region, Optional<LocalDate> start, Optional<LocalDate> end,
    Optional<Integer> weeks, Optional<Integer> visits, Optional<Response> response,
    Optional<Integer> reliefPercent, Optional<Integer> reliefWeeks,
    Optional<Boolean> functionalImprovement) implements Item {
  public Treatment {
    Checks.id(id);
    Checks.notNull(date, "date");
    Checks.notNull(text, "text");
    Checks.notNull(from, "from");
    Checks.notNull(service, "service");
    Checks.notNull(region, "region");
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    Checks.notNull(weeks, "weeks");
    Checks.notNull(visits, "visits");
    Checks.notNull(response, "response");
    Checks.notNull(reliefPercent, "reliefPercent");
    Checks.notNull(reliefWeeks, "reliefWeeks");
    Checks.notNull(functionalImprovement, "functionalImprovement");
  }
}
