package org.imrengine.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The clinical category of a diagnosis. Rules refer to categories, not to free diagnosis text; for example a physical therapy visit limit is chosen by category. The values are data ({@code rules/vocabulary/diagnosis-categories.yaml}, see {@link Vocabulary}); two are equal when
 * their ids are. Immutable and thread-safe.
 */
public final class DiagnosisCategory implements Term {
  private final String id;
  private final String name;
  private final String description;
  private final Optional<Vocabulary.Role> role;
  private final List<StandardCode> codes;

  /**
   * Creates a value; {@link Vocabulary} compiles them from the vocabulary file.
   *
   * @param id the lower_snake id, such as {@code "radiculopathy"}
   * @param description what it is, in one sentence
   * @param role the part it plays for the engine, if any
   * @param codes the ICD-10-CM code prefixes that fall in this category
   * @throws IllegalArgumentException if the id is not lower_snake
   */
  public DiagnosisCategory(String id, String description, Optional<Vocabulary.Role> role, List<StandardCode> codes) {
    this.id = Vocabulary.checkId(id).intern();
    this.name = this.id.toUpperCase(Locale.ROOT);
    this.description = Objects.requireNonNull(description, "description");
    this.role = Objects.requireNonNull(role, "role");
    this.codes = List.copyOf(codes);
  }

  /**
   * The built-in value with id {@code id}.
   *
   * @param id the id, such as {@code "radiculopathy"}
   * @return the value of the built-in vocabulary
   * @throws IllegalArgumentException naming the allowed ids when there is none
   */
  public static DiagnosisCategory of(String id) {
    return Vocabulary.builtIn().diagnosisCategories().get(id);
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

  /** {@return the ICD-10-CM code prefixes that fall in this category; often none} */
  public List<StandardCode> codes() {
    return codes;
  }

  /** {@return whether this is the value for what the vocabulary does not name} */
  public boolean isUnspecified() {
    return role.isPresent() && role.get() == Vocabulary.Role.UNSPECIFIED;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof DiagnosisCategory && ((DiagnosisCategory) o).id.equals(id);
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
