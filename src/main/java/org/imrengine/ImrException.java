package org.imrengine;

/**
 * The base of the exceptions imr-engine throws for bad input: a case file, a rule file or a letter
 * that cannot be used. Messages name the place and the problem and never quote clinical text.
 */
public abstract class ImrException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ImrException(String message) {
    super(message);
  }

  protected ImrException(String message, Throwable cause) {
    super(message, cause);
  }
}
