package org.imrengine.model;

import java.util.List;
import java.util.Optional;

/**
 * A surgery the worker has had, so that post-operative status can be a fact. Immutable and
 * thread-safe.
 *
 * @param id the item id
 * @param dateSpan when it was done, as precisely as the record says, if stated
 * @param text the surgery as the record words it
 * @param from where it was read from
 * @param kind what surgery it was: a service of kind {@link Service.Kind#SURGERY}
 * @param region the body region
 * @param side the side, if stated
 * @param levels the spinal levels operated on, such as {@code ["L4-L5"]}; empty when none named
 * @param codes standard codes for the item, if given
 */
public record Surgery(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, Service kind, Region region, Optional<Side> side, List<String> levels,
    List<StandardCode> codes) implements Item {
  /**
   * Checks the components (the values must be consistent).
   *
   * @param id the item id
   * @param dateSpan when it was done, as precisely as the record says, if stated
   * @param text the surgery as the record words it
   * @param from where it was read from
   * @param kind what surgery it was: a service of kind {@link Service.Kind#SURGERY}
   * @param region the body region
   * @param side the side, if stated
   * @param levels the spinal levels operated on, such as {@code ["L4-L5"]}; empty when none named
   * @param codes standard codes for the item, if given
   */
  public Surgery {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(kind, "kind");
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
    levels = Checks.list(levels, "levels");
    codes = Checks.list(codes, "codes");
    if (kind.kind() != Service.Kind.SURGERY) {
      throw new IllegalArgumentException("'" + kind.id() + "' is not a surgery");
    }
  }

}
