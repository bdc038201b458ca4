package org.imrengine.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the spinal segments a list of levels names: "L4-L5" is one, "L4-S1" is two. */
final class SpinalLevels {
  // "C5-C6", "C5-6", "L5-S1", "L4"
  private static final Pattern LEVEL = Pattern.compile("^([CTLS])(\\d{1,2})(?:-([CTLS])?(\\d{1,2}))?$");

  private SpinalLevels() {}

  static long count(List<String> levels) {
    long total = 0;
    for (String level : levels) {
      total += segments(level);
    }
    return total;
  }

  /**
   * Whether two levels concern the same disc: segments touch when they share a disc ({@code L4-S1}
   * and {@code L5-S1}, not {@code C5-C6} and {@code C6-C7}); a root touches the discs above and
   * below its vertebra ({@code L5} touches {@code L4-L5} and {@code L5-S1}); {@code L4-5} is
   * {@code L4-L5}. A level that is not a spinal level touches only itself.
   */
  static boolean touch(String a, String b) {
    int[] x = discs(a);
    int[] y = discs(b);
    if (x == null || y == null) {
      return a.trim().equalsIgnoreCase(b.trim());
    }
    return x[0] <= y[1] && y[0] <= x[1];
  }

  /** The first and last disc a level concerns (disc n lies below vertebra n), or null. */
  private static int[] discs(String level) {
    Matcher m = LEVEL.matcher(level.trim().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    int from = ordinal(m.group(1), Integer.parseInt(m.group(2)));
    if (m.group(4) == null) {
      return new int[] {from - 1, from};
    }
    String toRegion = m.group(3) == null ? m.group(1) : m.group(3);
    int to = ordinal(toRegion, Integer.parseInt(m.group(4)));
    int low = Math.min(from, to);
    int high = Math.max(from, to);
    return new int[] {low, Math.max(low, high - 1)};
  }

  private static long segments(String level) {
    Matcher m = LEVEL.matcher(level);
    if (!m.matches() || m.group(4) == null) {
      return 1;
    }
    int from = ordinal(m.group(1), Integer.parseInt(m.group(2)));
    String toRegion = m.group(3) == null ? m.group(1) : m.group(3);
    int to = ordinal(toRegion, Integer.parseInt(m.group(4)));
    return Math.max(1, to - from);
  }

  /** Position of a vertebra counted from C1: C1-C7, T1-T12, L1-L5, then the sacrum. */
  private static int ordinal(String region, int number) {
    switch (region) {
      case "C":
        return number;
      case "T":
        return 7 + number;
      case "L":
        return 19 + number;
      default:
        return 24 + number;
    }
  }
}
