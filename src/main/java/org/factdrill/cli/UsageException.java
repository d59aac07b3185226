package org.factdrill.cli;

/** The command line asks for something impossible: reported in one line, exit code 2. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
