package org.imrengine.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a coded observation records, such as a disability score or a signed opioid agreement. The values are data ({@code rules/vocabulary/observation-codes.yaml}, see {@link Vocabulary}); two are equal when
 * their ids are. Immutable and thread-safe.
 */
public final class ObservationCode implements Term {
  private final String id;
  private final String name;
  private final String description;
  private final Optional<Vocabulary.Role> role;
  private final List<StandardCode> codes;
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
    this.present = present;
    if (present && unit.isPresent()) {
      throw new IllegalArgumentException("a code recorded with present has no unit: " + id);
    }
    this.unit = Objects.requireNonNull(unit, "unit");
    this.id = Vocabulary.checkId(id).intern();
    this.name = this.id.toUpperCase(Locale.ROOT);
    this.description = Objects.requireNonNull(description, "description");
    this.role = Objects.requireNonNull(role, "role");
    this.codes = List.copyOf(codes);
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

  @Override
  public String id() {
    return id;
  }

  /** {@return the id in upper case, as the constant was once named} */
  @Override
  public String name() {
    return name;
  }

  /** {@return what it is, in one sentence} */
  public String description() {
    return description;
  }

  /** {@return the part it plays for the engine, if any} */
  public Optional<Vocabulary.Role> role() {
    return role;
  }

  /** {@return standard codes (LOINC) for what is observed; often none} */
  public List<StandardCode> codes() {
    return codes;
  }

  /** {@return whether it is recorded with {@code present} (true or false) rather than a value} */
  public boolean isPresent() {
    return present;
  }

  /** {@return the unit its value is usually written in, such as {@code "percent"}, if the vocabulary names one} */
  public Optional<String> unit() {
    return unit;
  }

  /** {@return whether this is the value for what the vocabulary does not name} */
  public boolean isUnspecified() {
    return role.isPresent() && role.get() == Vocabulary.Role.UNSPECIFIED;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ObservationCode && ((ObservationCode) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** {@return the id in upper case, as the enum constant it replaces printed} */
  @Override
  public String toString() {
    return name;
  }
}
