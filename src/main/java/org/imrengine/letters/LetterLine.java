package org.imrengine.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One non-blank line of a letter after the clean-up of PDF artefacts, with the number of the
 * original line it starts on.
 *
 * @param number the 1-based number of the line in the original text
 * @param text the trimmed text, never blank
 */
record LetterLine(int number, String text) {
  // "\r\n", "\n" or "\r"; not \R, which also breaks at the page break "\f" and would shift the
  // line numbers away from the ones an editor shows
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");

  /**
   * Splits {@code text} into lines in one pass: blank lines are dropped, each line is trimmed
   * (no-break spaces and page breaks count as spaces), and a line that ends in a hyphen directly after a letter
   * or digit is joined, without a space and keeping the hyphen, to the next line when that line
   * starts with a letter or digit ({@code "post-" + "traumatic"} gives {@code "post-traumatic"},
   * {@code "171-" + "171, 177-179"} gives {@code "171-171, 177-179"}). A joined line keeps the
   * number of its first part.
   */
  static List<LetterLine> clean(CharSequence text) {
    String[] raw = LINE_BREAK.split(text, -1);
    if (raw[0].startsWith("\uFEFF")) {
      raw[0] = raw[0].substring(1); // a byte order mark read as text
    }
    List<LetterLine> lines = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String trimmed = raw[i].replace('\u00A0', ' ').replace('\f', ' ').strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int last = lines.size() - 1;
      if (last >= 0 && isHyphenated(lines.get(last).text) && startsWord(trimmed)) {
        LetterLine previous = lines.get(last);
        lines.set(last, new LetterLine(previous.number, previous.text + trimmed));
      } else {
        lines.add(new LetterLine(i + 1, trimmed));
      }
    }
    return lines;
  }

  private static boolean isHyphenated(String line) {
    int n = line.length();
    return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetterOrDigit(line.charAt(n - 2));
  }

  private static boolean startsWord(String line) {
    return Character.isLetterOrDigit(line.charAt(0));
  }
}
