package org.factdrill.terminal;

/** How a quiz screen ended: every question answered, or the learner left (answers kept, resumable). */
public enum QuizEnd {
  FINISHED,
  LEFT
}
