package org.imrengine.model;

/**
 * Makes text from a case file safe to show on a terminal: control characters (escape, bell,
 * carriage return, the C1 controls, delete) and the bidirectional overrides are written as
 * {@code \\u001b}-style escapes, so case text can neither move the cursor, recolour or retitle the
 * terminal, nor make one line look like another. Stateless and thread-safe.
 */
public final class Printable {
  private Printable() {}

  /**
   * {@return {@code text} with every unsafe character escaped, line breaks included (for one-line
   * text)}
   *
   * @param text the text to make safe
   */
  public static String line(String text) {
    return escape(text, false);
  }

  /**
   * {@return {@code text} with every unsafe character escaped except {@code \n} (for multi-line
   * text)}
   *
   * @param text the text to make safe
   */
  public static String lines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepNewlines) {
    int first = firstUnsafe(text, keepNewlines);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c, keepNewlines)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text, boolean keepNewlines) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i), keepNewlines)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unsafe(char c, boolean keepNewlines) {
    if (c == '\n') {
      return !keepNewlines;
    }
    if (c == '\t') {
      return false;
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
  }
}
