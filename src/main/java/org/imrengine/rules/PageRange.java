package org.imrengine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of guideline pages, such as 177-179, or a single page. Immutable and
 * thread-safe.
 *
 * @param first the first page
 * @param last the last page, not before {@code first}
 */
public record PageRange(int first, int last) {
  // "177-179", "46", "171-171"
  private static final Pattern RANGE = Pattern.compile("^\\s*(\\d+)\\s*(?:[-\u2013]\\s*(\\d+))?\\s*$");

  /**
   * Checks the components (the values must be consistent).
   *
   * @param first the first page
   * @param last the last page, not before {@code first}
   */
  public PageRange {
    if (first < 1) {
      throw new IllegalArgumentException("first page must be at least 1, was " + first);
    }
    if (last < first) {
      throw new IllegalArgumentException("last page " + last + " is before first page " + first);
    }
  }

  /**
   * {@return the range of pages {@code first} to {@code last}}
   * @param first the first page
   * @param last the last page, not before {@code first}
   */
  public static PageRange of(int first, int last) {
    return new PageRange(first, last);
  }

  /**
   * Parses {@code "177-179"} or {@code "46"}.
   *
   * @param text the text
   * @return a page range
   * @throws IllegalArgumentException if the text is not a page or a page range
   */
  public static PageRange parse(String text) {
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a page range '" + text + "' (expected 46 or 177-179)");
    }
    int first = Integer.parseInt(m.group(1));
    int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
    return new PageRange(first, last);
  }

  /**
   * {@return whether this range shares at least one page with {@code other}}
   * @param other the other value
   */
  public boolean overlaps(PageRange other) {
    return first <= other.last && other.first <= last;
  }

  /** {@code "177-179"}, or {@code "46"} for a single page. */
  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
