package org.imrengine.model;

import java.util.Objects;
import org.imrengine.ImrException;

/**
 * A case file that cannot be read: malformed JSON, an unknown or missing field, a value outside its
 * vocabulary, or dates that cannot all be true. The message is {@code file: path: problem}, for
 * example {@code case.json: $.requests[0].service: unknown value 'mri_scan' (expected one of ...)}.
 */
public final class CaseFileException extends ImrException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the file name (or another name for the source)
   * @param path the JSON path of the offending value, such as {@code $.requests[0].service}
   * @param problem what is wrong with it
   */
  public CaseFileException(String file, String path, String problem) {
    super(file + ": " + path + ": " + problem);
    this.file = Objects.requireNonNull(file, "file");
    this.path = Objects.requireNonNull(path, "path");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The file (or source name) that was being read. */
  public String file() {
    return file;
  }

  /** The JSON path of the problem, such as {@code $.findings[2].result}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the file and path. */
  public String problem() {
    return problem;
  }
}
