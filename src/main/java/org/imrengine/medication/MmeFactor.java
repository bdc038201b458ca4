package org.imrengine.medication;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a daily dose of one opioid converts to morphine milligram equivalents: a fixed factor per
 * mg (oxycodone 1.5), a factor per mcg/hr of a patch (fentanyl 2.4), or factors by total daily
 * dose (methadone). Immutable and thread-safe.
 *
 * @param factor the fixed factor, when there are no tiers
 * @param perMcgPerHour whether the factor applies to a patch's mcg/hr rather than to mg a day
 * @param tiers the factors by daily dose in mg, in increasing order; empty for a fixed factor
 * @param source the id of the factor table it comes from (the {@code sources} of the vocabulary)
 */
public record MmeFactor(Optional<BigDecimal> factor, boolean perMcgPerHour, List<Tier> tiers, String source) {
  /**
   * A factor for daily doses up to and including {@code upTo} mg (and above the previous tier).
   *
   * @param upTo the largest daily dose in mg the factor covers
   * @param factor the factor
   */
  public record Tier(BigDecimal upTo, BigDecimal factor) {
    /**
     * Checks the components (neither may be null).
     *
     * @param upTo the largest daily dose in mg the factor covers
     * @param factor the factor
     */
    public Tier {
      Objects.requireNonNull(upTo, "upTo");
      Objects.requireNonNull(factor, "factor");
    }
  }

  /**
   * Checks the components (none may be null; the factor is either fixed or by tiers, not both) and
   * copies the tiers.
   *
   * @param factor the fixed factor, when there are no tiers
   * @param perMcgPerHour whether the factor applies to a patch's mcg/hr rather than to mg a day
   * @param tiers the factors by daily dose in mg, in increasing order; empty for a fixed factor
   * @param source the id of the factor table it comes from (the {@code sources} of the vocabulary)
   */
  public MmeFactor {
    Objects.requireNonNull(factor, "factor");
    tiers = List.copyOf(tiers);
    Objects.requireNonNull(source, "source");
    if (factor.isPresent() == !tiers.isEmpty()) {
      throw new IllegalArgumentException("an MME factor is either fixed or by tiers");
    }
  }

  /**
   * The factor for a daily dose of {@code dailyAmount} (mg, or mcg/hr for a patch); empty above
   * the last tier, where the table gives none.
   *
   * @param dailyAmount the daily dose, in mg (or mcg/hr for a patch)
   * @return the factor, if the table gives one for that dose
   */
  public Optional<BigDecimal> factorFor(BigDecimal dailyAmount) {
    if (factor.isPresent()) {
      return factor;
    }
    for (Tier t : tiers) {
      if (dailyAmount.compareTo(t.upTo()) <= 0) {
        return Optional.of(t.factor());
      }
    }
    return Optional.empty();
  }
}
