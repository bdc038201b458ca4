package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A complaint the worker reports. Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan the date of the note that reports it, if stated
 * @param text the complaint as the record words it
 * @param from where it was read from
 * @param region the body region
 * @param side the side, if stated
 * @param onsetSpan when the symptom began, as precisely as the record says, if stated
 * @param radiation whether it radiates, and whether dermatomally, if stated
 * @param codes standard codes for the item, if given
 */
public record Symptom(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, Region region, Optional<Side> side, Optional<DateSpan> onsetSpan,
    Optional<Radiation> radiation, List<StandardCode> codes) implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan the date of the note that reports it, if stated
   * @param text the complaint as the record words it
   * @param from where it was read from
   * @param region the body region
   * @param side the side, if stated
   * @param onsetSpan when the symptom began, as precisely as the record says, if stated
   * @param radiation whether it radiates, and whether dermatomally, if stated
   * @param codes standard codes for the item, if given
   */
  public Symptom {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
    Checks.notNull(onsetSpan, "onsetSpan");
    Checks.notNull(radiation, "radiation");
    codes = Checks.list(codes, "codes");
  }

  /**
   * Creates the symptom with exact dates (or none) and no standard codes.
   *
   * @param id the item id
   * @param date the date
   * @param text the complaint as the record words it
   * @param from where it was read from
   * @param region the body region
   * @param side the side, if stated
   * @param onset the onset
   * @param radiation whether it radiates, and whether dermatomally, if stated
   */
  public Symptom(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      Region region, Optional<Side> side, Optional<LocalDate> onset, Optional<Radiation> radiation) {
    this(id, Item.span(date), text, from, region, side, Item.span(onset), radiation, List.of());
  }

  /** {@return the exact day the symptom began; empty when not stated or stated only as a span} */
  public Optional<LocalDate> onset() {
    return onsetSpan.flatMap(DateSpan::exact);
  }
}
