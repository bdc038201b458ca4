package org.imrengine.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.List;
import org.imrengine.model.VocabularyTerm;
import org.imrengine.model.Vocabulary;

/**
 * A guideline source, placed in the medical evidence search sequence (8 CCR 9792.21.1): the MTUS
 * first, then ACOEM or ODG, then other guidelines. The sources are data
 * ({@code rules/vocabulary/guidelines.yaml}, see {@link Vocabulary}); two are equal when their ids
 * are. Immutable and thread-safe.
 */
public final class Guideline extends VocabularyTerm {
  private final String title;
  private final Tier tier;

  /**
   * Creates a guideline source; {@link Vocabulary} compiles them from the vocabulary file.
   *
   * @param id the lower_snake id, such as {@code "mtus_acoem"}
   * @param title the guideline's name as IMR letters write it, such as {@code "MTUS ACOEM"}
   * @param tier where it stands in the medical evidence search sequence
   * @param description what the source is, in one sentence
   * @param role the part it plays for the engine, if any
   * @throws IllegalArgumentException if the id is not lower_snake
   */
  public Guideline(String id, String title, Tier tier, String description, Optional<Vocabulary.Role> role) {
    super(id, description, role, List.of());
    this.title = Objects.requireNonNull(title, "title");
    this.tier = Objects.requireNonNull(tier, "tier");
  }

  /**
   * The built-in guideline source with id {@code id}.
   *
   * @param id the id, such as {@code "odg"}
   * @return the guideline of the built-in vocabulary
   * @throws IllegalArgumentException naming the allowed ids when there is none
   */
  public static Guideline of(String id) {
    return Vocabulary.builtIn().guidelines().get(id);
  }

  /** {@return the guideline's name as IMR letters write it, such as {@code "MTUS ACOEM"}} */
  public String title() {
    return title;
  }

  /** {@return where this guideline stands in the medical evidence search sequence} */
  public Tier tier() {
    return tier;
  }

  /** {@return whether this guideline is part of the MTUS} */
  public boolean isMtus() {
    return tier == Tier.MTUS;
  }
}
