package org.imrengine.model;

import java.util.List;
import java.util.Optional;

/**
 * An examination the record describes only globally, such as "examination consistent with
 * radiculopathy", rather than finding by finding. Rules and the rationale can treat it apart from
 * itemised {@link Finding}s. Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan the examination date, if stated
 * @param text the statement as the record words it
 * @param from where it was read from
 * @param region the body region examined
 * @param side the side, if stated
 * @param consistentWith the diagnosis category the examiner says the findings are consistent with,
 *     if stated
 * @param normal true when the statement is that the examination was normal, false when abnormal,
 *     empty when the statement says neither
 * @param codes standard codes for the item, if given
 */
public record ExamSummary(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, Region region, Optional<Side> side, Optional<DiagnosisCategory> consistentWith,
    Optional<Boolean> normal, List<StandardCode> codes) implements Item {
  /**
   * Checks the components (the values must be consistent).
   *
   * @param id the item id
   * @param dateSpan the examination date, if stated
   * @param text the statement as the record words it
   * @param from where it was read from
   * @param region the body region examined
   * @param side the side, if stated
   * @param consistentWith the diagnosis category the examiner says the findings are consistent
   *     with, if stated
   * @param normal true when the statement is that the examination was normal, false when abnormal,
   *     empty when the statement says neither
   * @param codes standard codes for the item, if given
   */
  public ExamSummary {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
    Checks.notNull(consistentWith, "consistentWith");
    Checks.notNull(normal, "normal");
    codes = Checks.list(codes, "codes");
    if (normal.equals(Optional.of(true)) && consistentWith.isPresent()) {
      throw new IllegalArgumentException("a normal examination is not consistent with a diagnosis");
    }
  }
}
