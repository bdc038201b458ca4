package org.imrengine.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A coded observation, kept generic in the way FHIR keeps Observation: a code from a vocabulary,
 * an optional value with its unit, when, and what it is about. New families can record what they
 * need (a pain score, a morphine-equivalent dose, a grip strength, a range of motion) without a new
 * record type. Immutable and thread-safe.
 *
 * @param id the item id
 * @param dateSpan when it was observed, if stated
 * @param text the observation as the record words it
 * @param from where it was read from
 * @param code what was observed, from the observation-code vocabulary, such as
 *     {@code pain_score}
 * @param value the value, if the observation has one
 * @param unit the value's unit as written in the vocabulary, such as {@code "mg_med_per_day"}, if
 *     the value has one
 * @param present for an observation without a value: whether what the code names was present
 * @param region the body region it is about, if any
 * @param side the side, if stated
 * @param about the id of another item of the file it is about (such as a medication), if any
 * @param codes standard codes (LOINC), if given
 */
public record Observation(String id, Optional<DateSpan> dateSpan, Optional<String> text,
    Provenance from, ObservationCode code, Optional<BigDecimal> value, Optional<String> unit,
    Optional<Boolean> present, Optional<Region> region, Optional<Side> side,
    Optional<String> about, List<StandardCode> codes) implements Item {
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");

  /**
   * Checks the components (the values must be consistent).
   *
   * @param id the item id
   * @param dateSpan when it was observed, if stated
   * @param text the observation as the record words it
   * @param from where it was read from
   * @param code what was observed, from the observation-code vocabulary, such as
   *     {@code pain_score}
   * @param value the value, if the observation has one
   * @param unit the value's unit as written in the vocabulary, such as {@code "mg_med_per_day"},
   *     if the value has one
   * @param present for an observation without a value: whether what the code names was present
   * @param region the body region it is about, if any
   * @param side the side, if stated
   * @param about the id of another item of the file it is about (such as a medication), if any
   * @param codes standard codes (LOINC), if given
   */
  public Observation {
    Checks.item(id, dateSpan, text, from);
    Checks.notNull(code, "code");
    Checks.notNull(value, "value");
    Checks.notNull(unit, "unit");
    Checks.notNull(present, "present");
    Checks.notNull(region, "region");
    Checks.notNull(side, "side");
    Checks.notNull(about, "about");
    codes = Checks.list(codes, "codes");
    if (unit.isPresent() && !ID.matcher(unit.get()).matches()) {
      throw new IllegalArgumentException("unit must be a lower_snake id, was '" + unit.get() + "'");
    }
    if (unit.isPresent() && value.isEmpty()) {
      throw new IllegalArgumentException("a unit needs a value");
    }
    if (value.isPresent() && present.isPresent()) {
      throw new IllegalArgumentException("an observation has a value or present, not both");
    }
    if (value.isPresent() && value.get().abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      throw new IllegalArgumentException("value must be within 1000000 of 0");
    }
  }
}
