package org.factdrill.quiz;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a quiz is run: when feedback is shown, an optional time limit per question, and whether
 * hints may be asked for. A self-study quiz uses {@link #selfStudy()}; a class quiz sets its own.
 */
public record QuizSettings(Feedback feedback, Optional<Duration> timeLimit, boolean hintsAllowed) {

  /** When the learner learns whether an answer was right. */
  public enum Feedback {
    /** Right or wrong, the correct answer and the source sentence after every answer. */
    AFTER_EACH,
    /** Nothing until the summary at the end (exam conditions). */
    AT_END
  }

  public QuizSettings {
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(timeLimit, "timeLimit");
    timeLimit.ifPresent(limit -> {
      if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("timeLimit must be positive, was " + limit);
    });
  }

  public static QuizSettings selfStudy() {
    return new QuizSettings(Feedback.AFTER_EACH, Optional.empty(), true);
  }

  public QuizSettings withFeedback(Feedback f) {
    return new QuizSettings(f, timeLimit, hintsAllowed);
  }

  public QuizSettings withTimeLimit(Duration limit) {
    return new QuizSettings(feedback, Optional.ofNullable(limit), hintsAllowed);
  }

  public QuizSettings withHintsAllowed(boolean allowed) {
    return new QuizSettings(feedback, timeLimit, allowed);
  }
}
