package org.imrengine.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A value of a vocabulary kept as data ({@code rules/vocabulary/}, see {@link Vocabulary}): its
 * id, what it is, the part it plays for the engine and its standard codes. Two values are equal
 * when they are of the same vocabulary and their ids are equal. Immutable and thread-safe.
 */
public abstract class VocabularyTerm implements Term {
  private final String id;
  private final String name;
  private final String description;
  private final Optional<Vocabulary.Role> role;
  private final List<StandardCode> codes;

  /**
   * Checks and keeps the parts every vocabulary value has.
   *
   * @param id the lower_snake id
   * @param description what it is, in one sentence
   * @param role the part it plays for the engine, if any
   * @param codes standard codes that name it
   * @throws IllegalArgumentException if the id is not lower_snake
   */
  protected VocabularyTerm(String id, String description, Optional<Vocabulary.Role> role, List<StandardCode> codes) {
    this.id = Vocabulary.checkId(id).intern();
    this.name = this.id.toUpperCase(Locale.ROOT);
    this.description = Objects.requireNonNull(description, "description");
    this.role = Objects.requireNonNull(role, "role");
    this.codes = List.copyOf(codes);
  }

  @Override
  public final String id() {
    return id;
  }

  /** {@return the id in upper case, as the enum constant it replaces was named} */
  @Override
  public final String name() {
    return name;
  }

  /** {@return what it is, in one sentence} */
  public final String description() {
    return description;
  }

  /** {@return the part it plays for the engine, if any} */
  public final Optional<Vocabulary.Role> role() {
    return role;
  }

  /** {@return the standard codes that name it; often none} */
  public final List<StandardCode> codes() {
    return codes;
  }

  /**
   * {@return whether it plays {@code role}}
   * @param role the role
   */
  public final boolean hasRole(Vocabulary.Role role) {
    return this.role.isPresent() && this.role.get() == role;
  }

  /** {@return whether it is the value for what the vocabulary does not name (role {@code unspecified})} */
  public final boolean isUnspecified() {
    return hasRole(Vocabulary.Role.UNSPECIFIED);
  }

  @Override
  public final boolean equals(Object o) {
    return o == this || o != null && o.getClass() == getClass() && ((VocabularyTerm) o).id.equals(id);
  }

  @Override
  public final int hashCode() {
    return id.hashCode();
  }

  /** {@return the id in upper case, as the enum constant it replaces printed} */
  @Override
  public final String toString() {
    return name;
  }
}
