package org.imrengine;

/**
 * The base of the exceptions imr-engine throws for bad input: a case file, a rule file or a letter
 * that cannot be used. Messages name the place and the problem and never quote clinical text.
 */
public abstract class ImrException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with {@code message}.
   *
   * @param message what is wrong, naming the file and place
   */
  protected ImrException(String message) {
    super(message);
  }

  /**
   * An exception with {@code message}, caused by {@code cause}.
   *
   * @param message what is wrong, naming the file and place
   * @param cause the underlying failure
   */
  protected ImrException(String message, Throwable cause) {
    super(message, cause);
  }
}
