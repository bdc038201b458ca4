package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A diagnosis in the record. Immutable and thread-safe.
 *
 * @param id the item id
 * @param date when it was made, if stated
 * @param text the diagnosis as the record words it
 * @param from where it was read from
 * @param category its clinical category, which rules refer to
 * @param region the body region, if it has one
 * @param side the side, if stated
 */
public record Diagnosis(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
    DiagnosisCategory category, Optional<Region> region, Optional<Side> side) implements Item {
  public Diagnosis {
    Checks.id(id);
    Checks.notNull(date, "date");
    Checks.notNull(text, "text");
    Checks.notNull(from, "from");
    Checks.notNull(category, "category");
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
  }
}
