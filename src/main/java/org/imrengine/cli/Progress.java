package org.imrengine.cli;

import java.io.PrintWriter;

/**
 * A one-line progress count on the error writer, rewritten in place with {@code "\r"}, for a
 * terminal only: {@link #none()} prints nothing, which is what output piped to a file gets.
 * Not thread-safe; the corpus runner calls it from one thread.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private int done;
  private long lastShown;
  private int width;

  private Progress(PrintWriter err, String label, int total) {
    this.err = err;
    this.label = label;
    this.total = total;
  }

  /** Progress that shows nothing. */
  static Progress none() {
    return new Progress(null, "", 0);
  }

  /** Progress of {@code total} files shown on {@code err} as {@code "label: 120 of 10000 files"}. */
  static Progress on(PrintWriter err, String label, int total) {
    return new Progress(err, label, total);
  }

  /** One more file done; shown at most five times a second, and at the last file. */
  void step() {
    done++;
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (done == total || now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      String line = label + ": " + done + " of " + total + " files";
      width = Math.max(width, line.length());
      err.print("\r" + line);
      err.flush();
    }
  }

  /** Erases the progress line, before a message or at the end. */
  void clear() {
    if (err != null && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
