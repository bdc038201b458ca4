package org.imrengine.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What every command of one {@link Cli} shares: the writers, and whether to show the progress of a
 * corpus run on the error writer.
 *
 * @param out where results go
 * @param err where errors and progress go
 * @param progress whether to show progress (on a terminal only)
 * @param bytes the UTF-8 byte stream {@code out} writes to, when there is one: a corpus's JSON is
 *     written to it directly (after {@code out} is flushed), without decoding and encoding it
 */
record Context(PrintWriter out, PrintWriter err, boolean progress, Optional<OutputStream> bytes) {
  CorpusCommands corpus() {
    return new CorpusCommands(out, err, progress, bytes);
  }
}
