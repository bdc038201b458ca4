package org.imrengine.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a coded observation records, such as a disability score or a signed opioid agreement. The values are data ({@code rules/vocabulary/observation-codes.yaml}, see {@link Vocabulary}); two are equal when
 * their ids are. Immutable and thread-safe.
 */
public final class ObservationCode extends VocabularyTerm {
  private final boolean present;
  private final Optional<String> unit;

  /**
   * Creates a value; {@link Vocabulary} compiles them from the vocabulary file.
   *
   * @param id the lower_snake id, such as {@code "oswestry_disability_index"}
   * @param description what it is, in one sentence
   * @param role the part it plays for the engine, if any
   * @param codes standard codes (LOINC) for what is observed
   * @param present whether it is recorded with {@code present} (true or false) rather than a value
   * @param unit the unit its value is usually written in, such as {@code "percent"}, if the
   *     vocabulary names one (never for a code recorded with {@code present})
   * @throws IllegalArgumentException if the id is not lower_snake
   */
  public ObservationCode(String id, String description, Optional<Vocabulary.Role> role, List<StandardCode> codes,
      boolean present, Optional<String> unit) {
    super(id, description, role, codes);
    this.present = present;
    if (present && unit.isPresent()) {
      throw new IllegalArgumentException("a code recorded with present has no unit: " + id);
    }
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * The built-in value with id {@code id}.
   *
   * @param id the id, such as {@code "oswestry_disability_index"}
   * @return the value of the built-in vocabulary
   * @throws IllegalArgumentException naming the allowed ids when there is none
   */
  public static ObservationCode of(String id) {
    return Vocabulary.builtIn().observationCodes().get(id);
  }

  /** {@return whether it is recorded with {@code present} (true or false) rather than a value} */
  public boolean isPresent() {
    return present;
  }

  /** {@return the unit its value is usually written in, such as {@code "percent"}, if the vocabulary names one} */
  public Optional<String> unit() {
    return unit;
  }
}
