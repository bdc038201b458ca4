package org.imrengine.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.model.Term;
import org.imrengine.model.Vocabulary;

/**
 * A guideline source, placed in the medical evidence search sequence (8 CCR 9792.21.1): the MTUS
 * first, then ACOEM or ODG, then other guidelines. The sources are data
 * ({@code rules/vocabulary/guidelines.yaml}, see {@link Vocabulary}); two are equal when their ids
 * are. Immutable and thread-safe.
 */
public final class Guideline implements Term {
  private final String id;
  private final String name;
  private final String title;
  private final Tier tier;
  private final String description;
  private final Optional<Vocabulary.Role> role;

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
    this.id = Vocabulary.checkId(id).intern();
    this.name = this.id.toUpperCase(Locale.ROOT);
    this.title = Objects.requireNonNull(title, "title");
    this.tier = Objects.requireNonNull(tier, "tier");
    this.description = Objects.requireNonNull(description, "description");
    this.role = Objects.requireNonNull(role, "role");
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

  @Override
  public String id() {
    return id;
  }

  /** {@return the id in upper case, as the constant was once named} */
  @Override
  public String name() {
    return name;
  }

  /** {@return the guideline's name as IMR letters write it, such as {@code "MTUS ACOEM"}} */
  public String title() {
    return title;
  }

  /** {@return where this guideline stands in the medical evidence search sequence} */
  public Tier tier() {
    return tier;
  }

  /** {@return what the source is, in one sentence} */
  public String description() {
    return description;
  }

  /** {@return the part it plays for the engine, if any} */
  public Optional<Vocabulary.Role> role() {
    return role;
  }

  /** {@return whether this guideline is part of the MTUS} */
  public boolean isMtus() {
    return tier == Tier.MTUS;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Guideline && ((Guideline) o).id.equals(id);
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
