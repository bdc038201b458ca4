package org.imrengine.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule file says about one criterion or limit, besides its logic. Immutable and thread-safe.
 *
 * @param id the id, unique within its rule, such as {@code "conservative_care_4_weeks"}
 * @param text what the criterion requires, as a phrase the rationale can use ("at least 4 weeks of
 *     conservative care that failed to improve symptoms")
 * @param advice what documentation would satisfy it, if the file gives it ("document ...")
 * @param basis where the criterion comes from (a guideline section, the letters that state it)
 * @param unconfirmed whether its threshold is marked [U] in the guideline brief: not confirmed
 *     against a public copy of the guideline
 * @param source the rule file and line the criterion or limit is written at (for a criterion
 *     reached by {@code ref}, the shared criterion's own place)
 */
public record Wording(String id, String text, Optional<String> advice, String basis,
    boolean unconfirmed, Location source) {
  /**
   * Checks the components (no component may be null).
   *
   * @param id the id, unique within its rule, such as {@code "conservative_care_4_weeks"}
   * @param text what the criterion requires, as a phrase the rationale can use ("at least 4 weeks
   *     of conservative care that failed to improve symptoms")
   * @param advice what documentation would satisfy it, if the file gives it ("document ...")
   * @param basis where the criterion comes from (a guideline section, the letters that state it)
   * @param unconfirmed whether its threshold is marked [U] in the guideline brief: not confirmed
   *     against a public copy of the guideline
   * @param source the rule file and line the criterion or limit is written at (for a criterion
   *     reached by {@code ref}, the shared criterion's own place)
   */
  public Wording {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(source, "source");
  }

  /**
   * A wording written nowhere in particular ({@link Location#UNKNOWN}).
   *
   * @param id the id, unique within its rule, such as {@code "conservative_care_4_weeks"}
   * @param text what the criterion requires, as a phrase the rationale can use ("at least 4 weeks
   *     of conservative care that failed to improve symptoms")
   * @param advice what documentation would satisfy it, if the file gives it ("document ...")
   * @param basis where the criterion comes from (a guideline section, the letters that state it)
   * @param unconfirmed whether its threshold is marked [U] in the guideline brief: not confirmed
   *     against a public copy of the guideline
   */
  public Wording(String id, String text, Optional<String> advice, String basis, boolean unconfirmed) {
    this(id, text, advice, basis, unconfirmed, Location.UNKNOWN);
  }
}
