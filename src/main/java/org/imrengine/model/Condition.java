package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A patient condition such as claustrophobia or a cardiac pacemaker, documented present or absent.
 * Immutable and thread-safe.
 *
 * @param id the item id
 * @param date the date of the note, if stated
 * @param text the record's words
 * @param from where it was read from
 * @param kind which condition
 * @param present true when documented, false when the record rules it out
 */
public record Condition(String id, Optional<LocalDate> date, Optional<String> text,
    Provenance from, ConditionKind kind, boolean present) implements Item {
  public Condition {
    Checks.id(id);
    Checks.notNull(date, "date");
    Checks.notNull(text, "text");
    Checks.notNull(from, "from");
    Checks.notNull(kind, "kind");
  }
}
