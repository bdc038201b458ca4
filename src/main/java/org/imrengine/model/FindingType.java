package org.imrengine.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of an examination finding. The values are data ({@code rules/vocabulary/finding-types.yaml}, see {@link Vocabulary}); two are equal when
 * their ids are. Immutable and thread-safe.
 */
public final class FindingType implements Term {
  private final String id;
  private final String name;
  private final String description;
  private final Optional<Vocabulary.Role> role;
  private final List<StandardCode> codes;

  /**
   * Creates a value; {@link Vocabulary} compiles them from the vocabulary file.
   *
   * @param id the lower_snake id, such as {@code "provocative_test"}
   * @param description what it is, in one sentence
   * @param role the part it plays for the engine, if any
   * @param codes standard codes for this kind of finding
   * @throws IllegalArgumentException if the id is not lower_snake
   */
  public FindingType(String id, String description, Optional<Vocabulary.Role> role, List<StandardCode> codes) {
    this.id = Vocabulary.checkId(id).intern();
    this.name = this.id.toUpperCase(Locale.ROOT);
    this.description = Objects.requireNonNull(description, "description");
    this.role = Objects.requireNonNull(role, "role");
    this.codes = List.copyOf(codes);
  }

  /**
   * The built-in value with id {@code id}.
   *
   * @param id the id, such as {@code "provocative_test"}
   * @return the value of the built-in vocabulary
   * @throws IllegalArgumentException naming the allowed ids when there is none
   */
  public static FindingType of(String id) {
    return Vocabulary.builtIn().findingTypes().get(id);
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

  /** {@return standard codes for this kind of finding; often none} */
  public List<StandardCode> codes() {
    return codes;
  }

  /** {@return whether this is the value for what the vocabulary does not name} */
  public boolean isUnspecified() {
    return role.isPresent() && role.get() == Vocabulary.Role.UNSPECIFIED;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof FindingType && ((FindingType) o).id.equals(id);
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
