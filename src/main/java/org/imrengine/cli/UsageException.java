package org.imrengine.cli;

import java.util.Objects;

/** A command line that cannot be run as written: exit code 2, with the usage of its command. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String command;

  /**
   * @param command the command whose usage to show, or the empty string for the general usage
   * @param message what is wrong, such as {@code "unknown option '--jsn'"}
   */
  UsageException(String command, String message) {
    super(message);
    this.command = Objects.requireNonNull(command, "command");
  }

  String command() {
    return command;
  }
}
