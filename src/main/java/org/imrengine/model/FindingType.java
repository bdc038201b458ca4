package org.imrengine.model;

import java.util.List;
import java.util.Optional;

/**
 * The kind of an examination finding. The values are data ({@code rules/vocabulary/finding-types.yaml}, see {@link Vocabulary}); two are equal when
 * their ids are. Immutable and thread-safe.
 */
public final class FindingType extends VocabularyTerm {

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
    super(id, description, role, codes);
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
}
