package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A diagnosis in the record. Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan when it was made, if stated
 * @param text the diagnosis as the record words it
 * @param from where it was read from
 * @param category its clinical category, which rules refer to
 * @param region the body region, if it has one
 * @param side the side, if stated
 * @param codes standard codes for the item, if given
 */
public record Diagnosis(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, DiagnosisCategory category, Optional<Region> region, Optional<Side> side,
    List<StandardCode> codes) implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan when it was made, if stated
   * @param text the diagnosis as the record words it
   * @param from where it was read from
   * @param category its clinical category, which rules refer to
   * @param region the body region, if it has one
   * @param side the side, if stated
   * @param codes standard codes for the item, if given
   */
  public Diagnosis {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(category, "category");
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
    codes = Checks.list(codes, "codes");
  }

  /**
   * Creates the item with an exact date (or none) and no standard codes.
   *
   * @param id the item id
   * @param date the date
   * @param text the diagnosis as the record words it
   * @param from where it was read from
   * @param category its clinical category, which rules refer to
   * @param region the body region
   * @param side the side, if stated
   */
  public Diagnosis(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      DiagnosisCategory category, Optional<Region> region, Optional<Side> side) {
    this(id, Item.span(date), text, from, category, region, side, List.of());
  }
}
