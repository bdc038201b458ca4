package org.imrengine.model;

import java.util.List;
import java.util.Objects;
import org.imrengine.ImrException;

/**
 * A case file that cannot be read: malformed JSON, unknown or missing fields, values outside their
 * vocabulary or bounds, or dates that cannot all be true. The reader reports every problem of the
 * file at once, in file order; {@link #problems()} lists them.
 *
 * <p>The message has one line per problem, each {@code file: path: problem}, for example
 * {@code case.json: $.requests[0].service: unknown value 'mri_scan' (expected one of ...)}. The
 * first line is the first problem, so {@link #path()} and {@link #problem()} describe it.
 */
public final class CaseFileException extends ImrException {
  private static final long serialVersionUID = 1L;

  /** The file, as named by the caller. */
  private final String file;
  /** Every problem of the file, in file order. */
  private final List<CaseFileProblem> problems;

  /**
   * Creates the exception for a single problem of code {@link CaseFileProblem.Code#BAD_VALUE}.
   *
   * @param file the file name (or another name for the source)
   * @param path the JSON path of the offending value, such as {@code $.requests[0].service}
   * @param problem what is wrong with it
   */
  public CaseFileException(String file, String path, String problem) {
    this(file, List.of(new CaseFileProblem(CaseFileProblem.Code.BAD_VALUE, path, problem)));
  }

  /**
   * Creates the exception for the problems of one file.
   *
   * @param file the file name (or another name for the source)
   * @param problems the problems, at least one, in the order they are to be reported
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CaseFileException(String file, List<CaseFileProblem> problems) {
    super(message(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  private static String message(String file, List<CaseFileProblem> problems) {
    Objects.requireNonNull(file, "file");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a case file exception needs at least one problem");
    }
    StringBuilder out = new StringBuilder();
    for (CaseFileProblem p : problems) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(file).append(": ").append(p);
    }
    return out.toString();
  }

  /** {@return the file (or source name) that was being read} */
  public String file() {
    return file;
  }

  /** {@return every problem found, in file order; never empty} */
  public List<CaseFileProblem> problems() {
    return problems;
  }

  /** {@return the JSON path of the first problem, such as {@code $.findings[2].result}} */
  public String path() {
    return problems.get(0).path();
  }

  /** {@return what is wrong at the first problem, without the file and path} */
  public String problem() {
    return problems.get(0).message();
  }

  /** {@return the code of the first problem} */
  public CaseFileProblem.Code code() {
    return problems.get(0).code();
  }
}
