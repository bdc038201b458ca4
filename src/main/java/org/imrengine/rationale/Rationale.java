package org.imrengine.rationale;

import java.util.Objects;
import java.util.Optional;

/**
 * A letter-style decision rationale, in three paragraphs and an optional fourth. Immutable and
 * thread-safe.
 *
 * @param requires what the guideline requires
 * @param findings what this case shows and lacks, citing dated evidence
 * @param conclusion the conclusion: medically necessary or not
 * @param advice what would change the outcome, when there is something to say
 */
public record Rationale(String requires, String findings, String conclusion, Optional<String> advice) {
  /**
   * Checks the components (no component may be null).
   *
   * @param requires what the guideline requires
   * @param findings what this case shows and lacks, citing dated evidence
   * @param conclusion the conclusion: medically necessary or not
   * @param advice what would change the outcome, when there is something to say
   */
  public Rationale {
    Objects.requireNonNull(requires, "requires");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(conclusion, "conclusion");
    Objects.requireNonNull(advice, "advice");
  }

  /** {@return the rationale without the advice paragraph, paragraphs separated by blank lines} */
  public String text() {
    return join(requires, findings, conclusion);
  }

  /** {@return the rationale with the advice paragraph, when there is one} */
  public String textWithAdvice() {
    return advice.map(a -> join(requires, findings, conclusion, a)).orElse(text());
  }

  private static String join(String... paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      if (p.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(p);
    }
    return out.toString();
  }
}
