package org.imrengine.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One drug of a medication with its strength: a component of a combination product (hydrocodone
 * 10 mg of Norco 10/325) or an ingredient of a compound (lidocaine 5%). Immutable and thread-safe.
 *
 * @param drug the drug id of the vocabulary ({@code rules/drugs.yaml}), such as {@code "lidocaine"}
 * @param strength its strength or concentration, if stated
 */
public record Ingredient(String drug, Optional<Strength> strength) {
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");

  /**
   * Checks the components (neither may be null; the drug id must be lower_snake).
   *
   * @param drug the drug id of the vocabulary ({@code rules/drugs.yaml}), such as {@code "lidocaine"}
   * @param strength its strength or concentration, if stated
   */
  public Ingredient {
    Checks.notNull(drug, "drug");
    Checks.notNull(strength, "strength");
    if (!ID.matcher(drug).matches()) {
      throw new IllegalArgumentException("a drug id is lower_snake, was '" + drug + "'");
    }
  }
}
