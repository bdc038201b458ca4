package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A diagnostic study already done: imaging, electrodiagnostics or a test. Immutable and
 * thread-safe.
 *
 * @param id the item id
 * @param date when it was done, if stated
 * @param text its findings as the record words them
 * @param from where it was read from
 * @param service the kind of study, such as {@code mri} or {@code emg_ncv}
 * @param region the body region
 * @param result what it showed, if stated
 * @param level the level of the main finding, such as {@code "C4-5"}, if stated
 * @param radiculopathy whether it shows nerve root compromise or radiculopathy, if stated
 */
public record Study(String id, Optional<LocalDate> date, Optional<String> text, Provenance from,
    Service service, Region region, Optional<StudyResult> result, Optional<String> level,
    Optional<Boolean> radiculopathy) implements Item {
  public Study {
    Checks.id(id);
    Checks.notNull(date, "date");
    Checks.notNull(text, "text");
    Checks.notNull(from, "from");
    Checks.notNull(service, "service");
    Checks.notNull(region, "region");
    Checks.notNull(result, "result");
    Checks.notNull(level, "level");
    Checks.notNull(radiculopathy, "radiculopathy");
  }
}
