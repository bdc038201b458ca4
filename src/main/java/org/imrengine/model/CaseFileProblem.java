package org.imrengine.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem of a case file: a stable code, the JSON path of the offending value and a message.
 * The message never quotes clinical text; it names fields, ids, numbers and vocabulary values only.
 *
 * @param code what kind of problem it is; its {@link Code#id()} is stable across releases
 * @param path the JSON path, such as {@code $.requests[0].service}; {@code $} for the whole file
 * @param message what is wrong, lower-case, without the file and path
 * @serial exclude (serializable only so that {@link CaseFileException} is; its serialized form is
 *     its three components and not part of the API)
 */
public record CaseFileProblem(Code code, String path, String message) implements Serializable {
  /**
   * Checks the components (no component may be null).
   *
   * @param code what kind of problem it is; its {@link Code#id()} is stable across releases
   * @param path the JSON path, such as {@code $.requests[0].service}; {@code $} for the whole file
   * @param message what is wrong, lower-case, without the file and path
   */
  public CaseFileProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    // Paths name fields and messages quote values of the file: neither may act on a terminal.
    path = Printable.line(path);
    message = Printable.line(message);
  }

  /** The kinds of problem, written in reports as their lower_snake {@link #id()}. */
  public enum Code {
    /** The text is not JSON, is empty, repeats a key or has content after the case object. */
    MALFORMED_JSON,
    /** A field the format does not know. */
    UNKNOWN_FIELD,
    /** A required field is left out (or a required list is empty). */
    MISSING_FIELD,
    /** A value of the wrong JSON type: a string for a number, an object for a list, null. */
    WRONG_TYPE,
    /** A string outside its vocabulary. */
    UNKNOWN_VALUE,
    /** A value of the right type that the format does not allow: blank, out of bounds, malformed. */
    BAD_VALUE,
    /** A date that is not a date: the wrong form, or a day that does not exist. */
    BAD_DATE,
    /** Dates whose bounds make their order impossible, such as an end before its start. */
    DATE_ORDER,
    /** An id used twice in one file. */
    DUPLICATE_ID,
    /** An id that refers to no item of the file. */
    UNKNOWN_REFERENCE,
    /** Values that cannot all be true, such as a quantity outside its frequency. */
    INCONSISTENT,
    // hardening
    /** The file is larger, nests deeper or has a longer number than the reader's documented limits. */
    TOO_LARGE;

    /** {@return the stable id, for example {@code "unknown_field"}} */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code path: message}, the form used in {@link CaseFileException}'s message. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
