package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A change in the clinical course (a new injury, a flare-up, a progressive deficit), documented as
 * having happened or as not having happened. Immutable and thread-safe.
 *
 * @param id the item id
 * @param date when it happened or was noted, if stated
 * @param text the record's words
 * @param from where it was read from
 * @param kind which change
 * @param present true when the record documents it, false when the record says there was none
 * @param region the body region, if it has one
 */
public record ClinicalEvent(String id, Optional<LocalDate> date, Optional<String> text,
    Provenance from, EventKind kind, boolean present, Optional<Region> region) implements Item {
  public ClinicalEvent {
    Checks.id(id);
    Checks.notNull(date, "date");
    Checks.notNull(text, "text");
    Checks.notNull(from, "from");
    Checks.notNull(kind, "kind");
    Checks.notNull(region, "region");
  }
}
