package org.factdrill.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdrill.grading.Answer;

/**
 * A student's attempt as handed in: who, when, and what they answered to each question, in terms
 * of content (the chosen option texts, never screen letters). It holds no grade: the teacher's
 * report grades the answers against the key ({@link Marking}), whatever a file might claim.
 */
public record HandedIn(
    String quizCode, String quizTitle, String paperDigest, String attemptId, Student student, Instant startedAt,
    Instant finishedAt, List<Given> responses) {

  /** One answer: the question, the answer (a skip when none), when it was given, and whether its time had run out. */
  public record Given(String questionId, Answer answer, Optional<Instant> answeredAt, boolean timedOut) {
    public Given {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(answeredAt, "answeredAt");
    }
  }

  public HandedIn {
    Objects.requireNonNull(quizCode, "quizCode");
    Objects.requireNonNull(quizTitle, "quizTitle");
    Objects.requireNonNull(paperDigest, "paperDigest");
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    responses = List.copyOf(responses);
  }
}
