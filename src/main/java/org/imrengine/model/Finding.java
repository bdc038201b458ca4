package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An examination finding. A finding with result {@link FindingResult#NORMAL} documents the absence
 * of the abnormality. Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan the examination date, if stated
 * @param text the finding as the record words it
 * @param from where it was read from
 * @param type what was examined
 * @param region the body region
 * @param side the side, if stated
 * @param result abnormal (positive) or normal (negative)
 * @param level the dermatome, myotome or root level the finding follows, such as {@code "C6"}, if
 *     the record identifies one
 * @param twitchResponse for a trigger point: whether a twitch response was elicited, if stated
 * @param referredPain for a trigger point: whether palpation referred pain, if stated
 * @param codes standard codes for the item, if given
 */
public record Finding(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, FindingType type, Region region, Optional<Side> side, FindingResult result,
    Optional<String> level, Optional<Boolean> twitchResponse, Optional<Boolean> referredPain,
    List<StandardCode> codes)
    implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan the examination date, if stated
   * @param text the finding as the record words it
   * @param from where it was read from
   * @param type what was examined
   * @param region the body region
   * @param side the side, if stated
   * @param result abnormal (positive) or normal (negative)
   * @param level the dermatome, myotome or root level the finding follows, such as {@code "C6"},
   *     if the record identifies one
   * @param twitchResponse for a trigger point: whether a twitch response was elicited, if stated
   * @param referredPain for a trigger point: whether palpation referred pain, if stated
   * @param codes standard codes for the item, if given
   */
  public Finding {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(type, "type");
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
    Checks.notNull(result, "result");
    Checks.notNull(level, "level");
    Checks.notNull(twitchResponse, "twitchResponse");
    Checks.notNull(referredPain, "referredPain");
    codes = Checks.list(codes, "codes");
  }

  /**
   * Creates the item with an exact date (or none) and no standard codes.
   *
   * @param id the item id
   * @param date the date
   * @param text the finding as the record words it
   * @param from where it was read from
   * @param type the enum type
   * @param region the body region
   * @param side the side, if stated
   * @param result abnormal (positive) or normal (negative)
   * @param level the dermatome, myotome or root level the finding follows, such as {@code "C6"}, if
   *     the record identifies one
   * @param twitchResponse for a trigger point: whether a twitch response was elicited, if stated
   * @param referredPain for a trigger point: whether palpation referred pain, if stated
   */
  public Finding(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      FindingType type, Region region, Optional<Side> side, FindingResult result,
      Optional<String> level, Optional<Boolean> twitchResponse, Optional<Boolean> referredPain) {
    this(id, Item.span(date), text, from, type, region, side, result, level, twitchResponse,
        referredPain, List.of());
  }
}
