package org.imrengine.rules;

/** How a quantity fact is compared with a rule's threshold. */
public enum Comparison {
  /** At least the threshold ({@code min} in rule files). */
  MIN(">="),
  /** At most the threshold ({@code max}). */
  MAX("<="),
  /** More than the threshold ({@code above}). */
  ABOVE(">"),
  /** Less than the threshold ({@code below}). */
  BELOW("<");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** {@return the comparison as a symbol, such as {@code ">="}} */
  public String symbol() {
    return symbol;
  }

  /** {@return the comparison in words, such as {@code "at least"}} */
  public String words() {
    switch (this) {
      case MIN:
        return "at least";
      case MAX:
        return "at most";
      case ABOVE:
        return "more than";
      default:
        return "less than";
    }
  }

  /**
   * Compares a value with a threshold.
   *
   * @param value the value the case shows
   * @param threshold the rule's threshold
   * @return whether {@code value} compares with {@code threshold} this way
   */
  public boolean test(long value, long threshold) {
    switch (this) {
      case MIN:
        return value >= threshold;
      case MAX:
        return value <= threshold;
      case ABOVE:
        return value > threshold;
      default:
        return value < threshold;
    }
  }
}
