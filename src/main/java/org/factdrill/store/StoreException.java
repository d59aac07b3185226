package org.factdrill.store;

/** The score database cannot be used (read-only, locked, not a database...): the message says why, in one line. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
