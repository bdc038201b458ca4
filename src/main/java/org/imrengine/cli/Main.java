package org.imrengine.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code java -jar imr-engine-cli.jar} entry point: runs {@link Cli} and exits with its code. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line {@code args} (see {@code --help}) and exits with its exit code.
   *
   * @param args the args
   */
  public static void main(String[] args) {
    // Progress only on a terminal: not when output is piped or redirected.
    // Standard output straight to its file descriptor with a 64 KB buffer: a corpus run writes
    // gigabytes, and System.out's 8 KB buffer behind a lock made that a syscall every 8 KB. Nothing
    // else writes to System.out (the library never prints); Cli.run flushes before returning.
    // A PrintStream, like System.out, never throws: output to a closed pipe is dropped, as before.
    OutputStream stdout = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    System.exit(new Cli(stdout, utf8(System.err), System.console() != null).run(args));
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
