package org.imrengine.model;

import java.util.List;
import java.util.Optional;

/**
 * The clinical category of a diagnosis. Rules refer to categories, not to free diagnosis text; for example a physical therapy visit limit is chosen by category. The values are data ({@code rules/vocabulary/diagnosis-categories.yaml}, see {@link Vocabulary}); two are equal when
 * their ids are. Immutable and thread-safe.
 */
public final class DiagnosisCategory extends VocabularyTerm {

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
    super(id, description, role, codes);
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
}
