package org.imrengine.concordance;

import java.util.Objects;
import java.util.Optional;

/**
 * The agreement statistics of a {@link Confusion} matrix, each with its counts. A statistic whose
 * denominator is zero is undefined (empty, or a {@link Ratio} of 0 of 0): with no real overturns
 * there is no overturn recall, and when both raters put every request in the same single class
 * Cohen's kappa is 0/0. Immutable and thread-safe.
 *
 * @param decided the requests the statistics are over
 * @param agreement the requests where engine and reviewer agree, of all
 * @param overturnRecall the real overturns the engine overturned too, of the real overturns
 * @param overturnPrecision the engine's overturns the reviewer made too, of the engine's overturns
 * @param upheldRecall the real upholds the engine upheld too, of the real upholds (specificity)
 * @param balancedAccuracy the mean of overturn recall and upheld recall; empty unless both are
 *     defined (the corpus has both real classes)
 * @param kappa Cohen's kappa: agreement beyond what the two raters' own rates of overturning give
 *     by chance, {@code (po - pe) / (1 - pe)}; empty when nothing was decided or {@code pe = 1}
 */
public record Statistics(long decided, Ratio agreement, Ratio overturnRecall,
    Ratio overturnPrecision, Ratio upheldRecall, Optional<Double> balancedAccuracy,
    Optional<Double> kappa) {
  /**
   * Checks the components (no component may be null).
   *
   * @param decided the requests the statistics are over
   * @param agreement the requests where engine and reviewer agree, of all
   * @param overturnRecall the real overturns the engine overturned too, of the real overturns
   * @param overturnPrecision the engine's overturns the reviewer made too, of the engine's
   *     overturns
   * @param upheldRecall the real upholds the engine upheld too, of the real upholds (specificity)
   * @param balancedAccuracy the mean of overturn recall and upheld recall; empty unless both are
   *     defined (the corpus has both real classes)
   * @param kappa Cohen's kappa: agreement beyond what the two raters' own rates of overturning
   *     give by chance, {@code (po - pe) / (1 - pe)}; empty when nothing was decided or {@code pe
   *     = 1}
   */
  public Statistics {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(overturnRecall, "overturnRecall");
    Objects.requireNonNull(overturnPrecision, "overturnPrecision");
    Objects.requireNonNull(upheldRecall, "upheldRecall");
    Objects.requireNonNull(balancedAccuracy, "balancedAccuracy");
    Objects.requireNonNull(kappa, "kappa");
  }

  /**
   * {@return the statistics of {@code m}}
   * @param m the m
   */
  public static Statistics of(Confusion m) {
    long n = m.total();
    Ratio agreement = new Ratio(m.bothOverturned() + m.bothUpheld(), n);
    Ratio recall = new Ratio(m.bothOverturned(), m.realOverturned());
    Ratio precision = new Ratio(m.bothOverturned(), m.engineOverturned());
    Ratio specificity = new Ratio(m.bothUpheld(), m.realUpheld());
    Optional<Double> balanced = recall.value().isPresent() && specificity.value().isPresent()
        ? Optional.of((recall.value().get() + specificity.value().get()) / 2)
        : Optional.empty();
    return new Statistics(n, agreement, recall, precision, specificity, balanced, kappa(m));
  }

  private static Optional<Double> kappa(Confusion m) {
    long n = m.total();
    if (n == 0) {
      return Optional.empty();
    }
    double nn = (double) n * n;
    double observed = (double) (m.bothOverturned() + m.bothUpheld()) / n;
    double chance = ((double) m.engineOverturned() * m.realOverturned()
        + (double) m.engineUpheld() * m.realUpheld()) / nn;
    if (chance >= 1) {
      return Optional.empty();
    }
    return Optional.of((observed - chance) / (1 - chance));
  }

  /**
   * {@link #balancedAccuracy} with three decimals, or {@code "n/a"}.
   *
   * @return a string
   */
  public String balancedAccuracyText() {
    return Ratio.format(balancedAccuracy);
  }

  /**
   * {@link #kappa} with three decimals, or {@code "n/a"}.
   *
   * @return a string
   */
  public String kappaText() {
    return Ratio.format(kappa);
  }
}
