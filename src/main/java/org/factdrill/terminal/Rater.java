package org.factdrill.terminal;

/**
 * What study adds to the feedback screen: the rating the answer earned and a way to change it
 * (keys 1–4 on the terminal, :again ... :easy in plain mode). The quiz has none.
 */
public interface Rater {
  /** One line: the rating, why, when the question comes back, and how to change it (keys, or commands when plain). */
  String describe(boolean plain);

  /** Changes the last answer's rating to {@code grade} (1–4); the line to show, saying what happened. */
  String change(int grade);
}
