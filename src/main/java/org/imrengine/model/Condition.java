package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A patient condition such as claustrophobia or a cardiac pacemaker, documented present or absent.
 * Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan the date of the note, if stated
 * @param text the record's words
 * @param from where it was read from
 * @param kind which condition
 * @param present true when documented, false when the record rules it out
 * @param codes standard codes for the item, if given
 */
public record Condition(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, ConditionKind kind, boolean present,
    List<StandardCode> codes) implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan the date of the note, if stated
   * @param text the record's words
   * @param from where it was read from
   * @param kind which condition
   * @param present true when documented, false when the record rules it out
   * @param codes standard codes for the item, if given
   */
  public Condition {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(kind, "kind");
    codes = Checks.list(codes, "codes");
  }

  /**
   * Creates the item with an exact date (or none) and no standard codes.
   *
   * @param id the item id
   * @param date the date
   * @param text the record's words
   * @param from where it was read from
   * @param kind which condition
   * @param present true when documented, false when the record rules it out
   */
  public Condition(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      ConditionKind kind, boolean present) {
    this(id, Item.span(date), text, from, kind, present, List.of());
  }
}
