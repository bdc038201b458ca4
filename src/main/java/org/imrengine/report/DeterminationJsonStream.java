package org.imrengine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.imrengine.evaluation.Determination;
import org.imrengine.rationale.Rationale;

/**
 * Writes the document of {@link DeterminationJson#write} one determination at a time, for corpora
 * too large to hold: the bytes are the same as writing them all at once. Call {@link #add} for
 * each determination in order, then {@link #close}. Not thread-safe.
 */
public final class DeterminationJsonStream implements AutoCloseable {
  private final Writer out;
  private final JsonGenerator generator;

  /**
   * Starts the document <code>{"determinations": [</code> on {@code out}.
   *
   * @param out where to write
   */
  public DeterminationJsonStream(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
    try {
      generator = Json.generator(out);
      generator.writeStartObject();
      generator.writeFieldName("determinations");
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code d} with its {@code rationale}, and flushes.
   *
   * @param d the determination
   * @param rationale the rationale
   */
  public void add(Determination d, Rationale rationale) {
    try {
      Json.write(generator, DeterminationJson.determination(d, rationale));
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the document with its final newline and flushes; does not close the writer. */
  @Override
  public void close() {
    try {
      generator.writeEndArray();
      generator.writeEndObject();
      generator.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
