package org.imrengine.facts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A case item cited in support of a fact: its id, its date if any, and a short summary (the
 * record's words where the case file gives them). Immutable and thread-safe.
 *
 * @param itemId the case item's id, or {@code "injuryDate"} / {@code "request"} for those fields
 * @param date the item's date, if it has one
 * @param summary what the item says
 */
public record Evidence(String itemId, Optional<LocalDate> date, String summary) {
  /**
   * Checks the components (no component may be null).
   *
   * @param itemId the case item's id, or {@code "injuryDate"} / {@code "request"} for those fields
   * @param date the item's date, if it has one
   * @param summary what the item says
   */
  public Evidence {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(summary, "summary");
  }
}
