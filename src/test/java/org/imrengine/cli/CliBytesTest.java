package org.imrengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command line on a byte stream (as {@code java -jar} runs it: a corpus's JSON goes to the stream
 * as bytes) prints exactly what a command line on a writer prints, in UTF-8.
 */
final class CliBytesTest {

  @ParameterizedTest
  @ValueSource(strings = {"evaluate --json samples/cases samples/written", "evaluate samples/cases",
      "evaluate --json samples/cases/002_e0d4c6ef2efc9dc5.json", "samples"})
  void aByteStreamGetsTheWritersOutputInUtf8(String command) {
    String[] args = command.split(" ");
    StringWriter text = new StringWriter();
    int viaWriter = new Cli(new PrintWriter(text), new PrintWriter(new StringWriter())).run(args);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int viaBytes = new Cli(bytes, new PrintWriter(new StringWriter()), false).run(args);
    assertThat(viaBytes).isEqualTo(viaWriter).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString()).isNotEmpty();
  }

  /** A failure inside a command (here, output that cannot be written) is one line, not a stack trace. */
  @Test
  void aFailureInsideACommandIsOneLineOnEitherOutput() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        throw new IllegalStateException("the disk is full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    OutputStream brokenBytes = new OutputStream() {
      @Override
      public void write(int b) {
        throw new IllegalStateException("the disk is full");
      }
    };
    StringWriter err = new StringWriter();
    assertThat(new Cli(new PrintWriter(broken), new PrintWriter(err)).run("evaluate", "--json", "samples/cases"))
        .isEqualTo(Cli.FAILURE);
    StringWriter errBytes = new StringWriter();
    assertThat(new Cli(brokenBytes, new PrintWriter(errBytes), false).run("evaluate", "--json", "samples/cases"))
        .isEqualTo(Cli.FAILURE);
    for (String e : new String[] {err.toString(), errBytes.toString()}) {
      assertThat(e).isEqualTo("imr-engine: internal error (IllegalStateException: the disk is full); please report it\n");
    }
  }
}
