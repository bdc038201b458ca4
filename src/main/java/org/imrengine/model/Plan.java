package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A service in the plan of care other than the requests in dispute, such as a fusion under
 * consideration. {@code present == false} records that the note says no such plan exists.
 * Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan the date of the note, if stated
 * @param text the record's words
 * @param from where it was read from
 * @param service the planned service
 * @param region the body region
 * @param present true when planned or under consideration, false when the record says it is not
 * @param codes standard codes for the item, if given
 * @param side the side of the planned procedure (a limb's), if stated
 */
public record Plan(String id, Optional<DateSpan> dateSpan, Optional<String> text, Provenance from,
    Service service, Region region, boolean present,
    List<StandardCode> codes, Optional<Side> side) implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan the date of the note, if stated
   * @param text the record's words
   * @param from where it was read from
   * @param service the planned service
   * @param region the body region
   * @param present true when planned or under consideration, false when the record says it is not
   * @param codes standard codes for the item, if given
   * @param side the side of a limb's procedure, if stated
   */
  public Plan {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(service, "service");
    Checks.notNull(region, "region");
    codes = Checks.list(codes, "codes");
    Checks.notNull(side, "side");
  }

  /**
   * Creates a plan that names no side (the form before plans could name one).
   *
   * @param id the item id
   * @param dateSpan the date of the note, if stated
   * @param text the record's words
   * @param from where it was read from
   * @param service the planned service
   * @param region the body region
   * @param present true when planned or under consideration, false when the record says it is not
   * @param codes standard codes for the item, if given
   */
  public Plan(String id, Optional<DateSpan> dateSpan, Optional<String> text, Provenance from,
      Service service, Region region, boolean present, List<StandardCode> codes) {
    this(id, dateSpan, text, from, service, region, present, codes, Optional.empty());
  }

  /**
   * Creates the item with an exact date (or none) and no standard codes.
   *
   * @param id the item id
   * @param date the date
   * @param text the record's words
   * @param from where it was read from
   * @param service the planned service
   * @param region the body region
   * @param present true when planned or under consideration, false when the record says it is not
   */
  public Plan(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      Service service, Region region, boolean present) {
    this(id, Item.span(date), text, from, service, region, present, List.of());
  }
}
