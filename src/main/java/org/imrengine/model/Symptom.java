package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A complaint the worker reports. Immutable and thread-safe.
 *
 * @param id the item id
 * @param date the date of the note that reports it, if stated
 * @param text the complaint as the record words it
 * @param from where it was read from
 * @param region the body region
 * @param side the side, if stated
 * @param onset when the symptom began, if stated
 * @param radiation whether it radiates, and whether dermatomally, if stated
 */
public record Symptom(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
    Region region, Optional<Side> side, Optional<LocalDate> onset, Optional<Radiation> radiation)
    implements Item {
  public Symptom {
    Checks.id(id);
    Checks.notNull(date, "date");
    Checks.notNull(text, "text");
    Checks.notNull(from, "from");
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
    Checks.notNull(onset, "onset");
    Checks.notNull(radiation, "radiation");
  }
}
