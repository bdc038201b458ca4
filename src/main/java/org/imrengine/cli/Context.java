package org.imrengine.cli;

import java.io.PrintWriter;

/**
 * What every command of one {@link Cli} shares: the writers, and whether to show the progress of a
 * corpus run on the error writer.
 *
 * @param out where results go
 * @param err where errors and progress go
 * @param progress whether to show progress (on a terminal only)
 */
record Context(PrintWriter out, PrintWriter err, boolean progress) {
  CorpusCommands corpus() {
    return new CorpusCommands(out, err, progress);
  }
}
