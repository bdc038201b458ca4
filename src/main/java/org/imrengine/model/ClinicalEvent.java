package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A change in the clinical course (a new injury, a flare-up, a progressive deficit), documented as
 * having happened or as not having happened. Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan when it happened or was noted, if stated
 * @param text the record's words
 * @param from where it was read from
 * @param kind which change
 * @param present true when the record documents it, false when the record says there was none
 * @param region the body region, if it has one
 * @param codes standard codes for the item, if given
 */
public record ClinicalEvent(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, EventKind kind, boolean present, Optional<Region> region,
    List<StandardCode> codes) implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan when it happened or was noted, if stated
   * @param text the record's words
   * @param from where it was read from
   * @param kind which change
   * @param present true when the record documents it, false when the record says there was none
   * @param region the body region, if it has one
   * @param codes standard codes for the item, if given
   */
  public ClinicalEvent {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(kind, "kind");
    Checks.notNull(region, "region");
    codes = Checks.list(codes, "codes");
  }

  /**
   * Creates the item with an exact date (or none) and no standard codes.
   *
   * @param id the item id
   * @param date the date
   * @param text the record's words
   * @param from where it was read from
   * @param kind which change
   * @param present true when the record documents it, false when the record says there was none
   * @param region the body region
   */
  public ClinicalEvent(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      EventKind kind, boolean present, Optional<Region> region) {
    this(id, Item.span(date), text, from, kind, present, region, List.of());
  }
}
