package org.imrengine.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
    System.exit(new Cli(utf8(System.out), utf8(System.err), System.console() != null).run(args));
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
