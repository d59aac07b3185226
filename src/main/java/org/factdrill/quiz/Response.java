package org.factdrill.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.factdrill.grading.Verdict;

/**
 * What happened at one question of one quiz: what the learner gave (in words of the content, e.g.
 * the choice's text, never a screen letter), its verdict, the hints used, when it was given and
 * how long it took from the question being shown.
 */
public record Response(int position, QuizItem item, String given, Verdict verdict, int hintsUsed, Instant answeredAt, Duration took) {
  public Response {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(took, "took");
    if (position < 0) throw new IllegalArgumentException("position must be >= 0, was " + position);
    if (hintsUsed < 0) throw new IllegalArgumentException("hintsUsed must be >= 0, was " + hintsUsed);
    if (took.isNegative()) took = Duration.ZERO;
  }

  public boolean isCorrect() {
    return verdict.isCorrect();
  }

  /** Given after the time limit (or not given before it): counted wrong whatever it was. */
  public boolean isLate() {
    return verdict.outcome() == Verdict.Outcome.WRONG && QuizSession.TIME_UP.equals(verdict.note());
  }

  public boolean isSkipped() {
    return verdict.outcome() == Verdict.Outcome.SKIPPED;
  }
}
