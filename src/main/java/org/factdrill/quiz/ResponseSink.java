package org.factdrill.quiz;

/**
 * Told of every response the moment it is given, so that it can be kept (the score store, a class
 * quiz's result file) before the next question is shown. A sink that cannot keep a response throws
 * {@link ResponseNotKept}; the session then does not count it, and the screen can say why.
 */
public interface ResponseSink {
  void responded(QuizSession session, Response response);

  /** The last question has been answered. */
  default void finished(QuizSession session) {}
}
