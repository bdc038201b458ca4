package org.imrengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
}
