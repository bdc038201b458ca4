package org.imrengine.letters;

import java.util.Objects;
import org.imrengine.ImrException;
import org.imrengine.model.Printable;

/**
 * A letter that cannot be parsed: a section header, a decision line or a decision's guideline or
 * rationale is missing or malformed. Like {@code DateTimeParseException}, it carries where the
 * problem is: {@link #lineNumber()}, the 1-based line of the original text. The message is
 * {@code line N: problem}, or {@code source: line N: problem} when the letter was read from a file,
 * for example {@code line 65: decision 'Discogram with CT Scan of the Cervical Spine: Upheld' has no
 * 'MAXIMUS guideline:' line}. Messages quote only structural lines (headers, decision lines,
 * guideline citations), never clinical narrative.
 */
public final class LetterParseException extends ImrException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the letter the problem is on. */
  private final int lineNumber;
  /** What is wrong, without the file and line. */
  private final String problem;

  LetterParseException(int lineNumber, String problem) {
    this("", lineNumber, problem);
  }

  private LetterParseException(String source, int lineNumber, String problem) {
    // The quoted lines of a letter may hold escape sequences: the problem is made printable.
    super((source.isEmpty() ? "" : source + ": ") + "line " + lineNumber + ": "
        + Printable.line(Objects.requireNonNull(problem, "problem")));
    this.lineNumber = lineNumber;
    this.problem = Printable.line(problem);
  }

  /** {@return the 1-based number of the line of the original text where the problem is} */
  public int lineNumber() {
    return lineNumber;
  }

  /** {@return what is wrong, without the source and line number} */
  public String problem() {
    return problem;
  }

  /** This exception with {@code source} (usually the file name) at the front of its message. */
  LetterParseException in(String source) {
    LetterParseException named = new LetterParseException(source, lineNumber, problem);
    named.setStackTrace(getStackTrace());
    return named;
  }
}
