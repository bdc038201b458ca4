package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A service in the plan of care other than the requests in dispute, such as a fusion under
 * consideration. {@code present == false} records that the note says no such plan exists.
 * Immutable and thread-safe.
 *
 * @param id the item id
 * @param date the date of the note, if stated
 * @param text the record's words
 * @param from where it was read from
 * @param service the planned service
 * @param region the body region
 * @param present true when planned or under consideration, false when the record says it is not
 */
public record Plan(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
    Service service, Region region, boolean present) implements Item {
  public Plan {
    Checks.id(id);
    Checks.notNull(date, "date");
    Checks.notNull(text, "text");
    Checks.notNull(from, "from");
    Checks.notNull(service, "service");
    Checks.notNull(region, "region");
  }
}
