package org.imrengine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.imrengine.evaluation.Determination;
import org.imrengine.rationale.Rationale;

/**
 * Writes the document of {@link DeterminationJson#write} one determination at a time, for corpora
 * too large to hold: the bytes are the same as writing them all at once. Call {@link #add} for
 * each determination in order, then {@link #close}. A stream is not thread-safe, but the costly
 * part, {@link #render}, is: worker threads can render determinations while one thread adds them
 * in order.
 */
public final class DeterminationJsonStream implements AutoCloseable {
  // The document's frame as the shared generator lays it out: what comes before the first
  // determination, between two, and after the last (or after none).
  private static final String START;
  private static final String SEPARATOR = ",";
  private static final String END;
  private static final String END_EMPTY;

  static {
    String empty = frame(false);
    String one = frame(true);
    // one = START + "\n    0" + END; empty = START + END_EMPTY, where "0" is a placeholder element.
    int open = one.indexOf('[') + 1;
    START = one.substring(0, open);
    END = one.substring(one.lastIndexOf('0') + 1);
    END_EMPTY = empty.substring(open);
  }

  // Exactly one of the two: the stream writes text to a writer, or UTF-8 bytes to a stream.
  private final Writer out;
  private final OutputStream bytesOut;
  private boolean first = true;

  /**
   * A determination written as JSON, ready to be added to a stream: what {@link #render} returns.
   * It holds the UTF-8 bytes; a stream on a writer decodes them, a stream on bytes copies them.
   */
  public static final class Rendered {
    private final byte[] bytes;
    private final int start;
    private final int length;

    private Rendered(byte[] bytes, int start, int length) {
      this.bytes = bytes;
      this.start = start;
      this.length = length;
    }

    private String text() {
      return new String(bytes, start, length, StandardCharsets.UTF_8);
    }
  }

  /**
   * Starts the document <code>{"determinations": [</code> on {@code out}.
   *
   * @param out where to write
   */
  public DeterminationJsonStream(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
    this.bytesOut = null;
    write(START);
  }

  /**
   * Starts the document <code>{"determinations": [</code> on {@code out}, in UTF-8: the same bytes
   * as a stream on a writer that encodes UTF-8, without decoding and encoding each determination.
   *
   * @param out where to write
   */
  public DeterminationJsonStream(OutputStream out) {
    this.out = null;
    this.bytesOut = Objects.requireNonNull(out, "out");
    write(START);
  }

  /**
   * Writes {@code d} as an element of the document's list, without the list: a pure function of
   * its arguments, safe to call from any thread.
   *
   * @param d the determination
   * @param rationale its rationale
   * @return the determination's text, to pass to {@link #add(Rendered)}
   */
  public static Rendered render(Determination d, Rationale rationale) {
    Objects.requireNonNull(d, "d");
    Objects.requireNonNull(rationale, "rationale");
    // UTF-8 bytes, kept as they are: cheaper than appending the generator's chars to a StringWriter.
    Bytes bytes = new Bytes();
    try (JsonGenerator g = Json.generator(bytes)) {
      g.writeStartObject();
      g.writeFieldName("determinations");
      g.writeStartArray();
      g.flush();
      int start = bytes.size();
      DeterminationJson.determination(g, d, rationale);
      g.flush();
      return bytes.rendered(start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code d} with its {@code rationale}; the writer is flushed by {@link #close}.
   *
   * @param d the determination
   * @param rationale the rationale
   */
  public void add(Determination d, Rationale rationale) {
    add(render(d, rationale));
  }

  /**
   * Writes a determination rendered by {@link #render}; the writer is flushed by {@link #close}.
   *
   * @param rendered the rendered determination
   */
  public void add(Rendered rendered) {
    Objects.requireNonNull(rendered, "rendered");
    if (!first) {
      write(SEPARATOR);
    }
    first = false;
    try {
      if (bytesOut != null) {
        bytesOut.write(rendered.bytes, rendered.start, rendered.length);
      } else {
        out.write(rendered.text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes what has been written to the writer.
   */
  public void flush() {
    try {
      if (bytesOut != null) {
        bytesOut.flush();
      } else {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the document with its final newline and flushes; does not close the writer. */
  @Override
  public void close() {
    write(first ? END_EMPTY : END);
    flush();
  }

  private void write(String text) {
    try {
      if (bytesOut != null) {
        bytesOut.write(text.getBytes(StandardCharsets.UTF_8));
        return;
      }
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A byte buffer sized for a determination (about 20 KB), handed on without a copy. */
  private static final class Bytes extends java.io.ByteArrayOutputStream {
    Bytes() {
      super(32_768);
    }

    /** The bytes from {@code start} on; the buffer is not written to again. */
    Rendered rendered(int start) {
      return new Rendered(buf, start, count - start);
    }
  }

  /** The document with no determination, or with a placeholder 0 as its only one. */
  private static String frame(boolean withPlaceholder) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = Json.generator(text)) {
      g.writeStartObject();
      g.writeFieldName("determinations");
      g.writeStartArray();
      if (withPlaceholder) {
        g.writeNumber(0);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }
}
