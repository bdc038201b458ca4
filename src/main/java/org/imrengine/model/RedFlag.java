package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A red-flag condition that the record documents as present or as absent. Immutable and
 * thread-safe.
 *
 * @param id the item id
 * @param dateSpan the date of the note, if stated
 * @param text the record's words
 * @param from where it was read from
 * @param kind which red flag
 * @param present true when the record documents it, false when the record rules it out
 * @param region the body region, if it has one
 * @param codes standard codes for the item, if given
 */
public record RedFlag(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, RedFlagKind kind, boolean present, Optional<Region> region,
    List<StandardCode> codes) implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan the date of the note, if stated
   * @param text the record's words
   * @param from where it was read from
   * @param kind which red flag
   * @param present true when the record documents it, false when the record rules it out
   * @param region the body region, if it has one
   * @param codes standard codes for the item, if given
   */
  public RedFlag {
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
   * @param kind which red flag
   * @param present true when the record documents it, false when the record rules it out
   * @param region the body region
   */
  public RedFlag(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      RedFlagKind kind, boolean present, Optional<Region> region) {
    this(id, Item.span(date), text, from, kind, present, region, List.of());
  }
}
