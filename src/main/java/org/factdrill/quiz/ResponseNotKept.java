package org.factdrill.quiz;

/**
 * A sink could not keep a response (database locked, disk full...). The session does not count
 * the response, so the learner can answer again or leave; the message says why, in one line.
 */
public class ResponseNotKept extends RuntimeException {
  public ResponseNotKept(String message, Throwable cause) {
    super(message, cause);
  }
}
