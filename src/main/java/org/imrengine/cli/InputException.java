package org.imrengine.cli;

/**
 * An input the command cannot use: a missing or unreadable file, an invalid case file, rule
 * directory or letter. Exit code 1. The message names the file as the user gave it, then the
 * problem; it never quotes clinical text.
 */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  /** An input problem whose details are in {@code cause}, such as a {@code RuleLoadException}. */
  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
