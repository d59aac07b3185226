package org.factdrill.study;

/** A review could not be committed (database locked, disk full, clock gone back): nothing of it was kept. */
public final class ReviewNotKept extends RuntimeException {
  public ReviewNotKept(String message, Throwable cause) {
    super(message, cause);
  }
}
