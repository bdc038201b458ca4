package org.imrengine.facts.legacy;

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
