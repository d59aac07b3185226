package org.factdrill.cli;

/** A command could not do its work (bad file, full disk...): reported in one line, exit code 1. */
public class CommandFailure extends RuntimeException {
  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
