package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A diagnostic study already done: imaging, electrodiagnostics or a test. Immutable and
 * thread-safe.
 *
 * @param id the item id
 * @param dateSpan when it was done, if stated
 * @param text its findings as the record words them
 * @param from where it was read from
 * @param service the kind of study, such as {@code mri} or {@code emg_ncv}
 * @param region the body region
 * @param result what it showed, if stated
 * @param level the level of the main finding, such as {@code "C4-5"}, if stated
 * @param radiculopathy whether it shows nerve root compromise or radiculopathy, if stated
 * @param side the side studied, if stated ({@code bilateral} for both)
 * @param codes standard codes for the item, if given
 */
public record Study(String id, Optional<DateSpan> dateSpan, Optional<String> text, Provenance from,
    Service service, Region region, Optional<StudyResult> result, Optional<String> level,
    Optional<Boolean> radiculopathy, Optional<Side> side, List<StandardCode> codes)
    implements Item {
  /**
   * Checks the components.
   *
   * @param id the item id
   * @param dateSpan when it was done, if stated
   * @param text its findings as the record words them
   * @param from where it was read from
   * @param service the kind of study, such as {@code mri} or {@code emg_ncv}
   * @param region the body region
   * @param result what it showed, if stated
   * @param level the level of the main finding, such as {@code "C4-5"}, if stated
   * @param radiculopathy whether it shows nerve root compromise or radiculopathy, if stated
   * @param side the side studied, if stated ({@code bilateral} for both)
   * @param codes standard codes for the item, if given
   */
  public Study {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(service, "service");
    Checks.notNull(region, "region");
    Checks.notNull(result, "result");
    Checks.notNull(level, "level");
    Checks.notNull(radiculopathy, "radiculopathy");
    Checks.notNull(side, "side");
    codes = Checks.list(codes, "codes");
  }

  /**
   * Creates a study with an exact date (or none), no side and no standard codes.
   *
   * @param id the item id
   * @param date the date
   * @param text its findings as the record words them
   * @param from where it was read from
   * @param service the kind of study, such as {@code mri} or {@code emg_ncv}
   * @param region the body region
   * @param result what it showed, if stated
   * @param level the level of the main finding, such as {@code "C4-5"}, if stated
   * @param radiculopathy whether it shows nerve root compromise or radiculopathy, if stated
   */
  public Study(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
      Service service, Region region, Optional<StudyResult> result, Optional<String> level,
      Optional<Boolean> radiculopathy) {
    this(id, Item.span(date), text, from, service, region, result, level, radiculopathy,
        Optional.empty(), List.of());
  }
}
