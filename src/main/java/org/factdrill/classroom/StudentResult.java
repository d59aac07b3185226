package org.factdrill.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdrill.grading.Answer;
import org.factdrill.grading.Verdict;

/**
 * One student's attempt at a class quiz, handed in: one {@link Response} per question of the quiz,
 * in the quiz's order (a question not answered, or whose time ran out, is a skipped response).
 */
public record StudentResult(
    String quizCode,
    String quizTitle,
    String quizDigest,
    String attemptId,
    Student student,
    Instant startedAt,
    Instant finishedAt,
    List<Response> responses) {

  /**
   * What the student gave for one question: the answer in terms of content (the chosen option
   * texts, never screen letters, which differ between students), how it was shown ("b) March 19"),
   * the grade, and when it was given (empty when never answered).
   */
  public record Response(
      String questionId, Answer answer, String given, Verdict verdict, Optional<Instant> answeredAt, boolean timedOut) {
    public Response {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(answer, "answer");
      given = given == null ? "" : given;
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(answeredAt, "answeredAt");
    }

    public boolean isCorrect() {
      return verdict.isCorrect();
    }

    public double score() {
      return verdict.score();
    }

    /** A question left without an answer: never reached, skipped, or out of time. */
    public static Response unanswered(String questionId, boolean timedOut) {
      return new Response(questionId, new Answer.Skip(), "", Verdict.skipped(), Optional.empty(), timedOut);
    }
  }

  public StudentResult {
    Objects.requireNonNull(quizCode, "quizCode");
    Objects.requireNonNull(quizTitle, "quizTitle");
    Objects.requireNonNull(quizDigest, "quizDigest");
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    responses = List.copyOf(responses);
  }

  public double score() {
    double sum = 0;
    for (Response r : responses) sum += r.score();
    return sum;
  }

  public double maxScore() {
    return responses.size();
  }

  /** Score as a percentage of the maximum, 0 for an empty attempt. */
  public double percent() {
    return responses.isEmpty() ? 0 : 100 * score() / maxScore();
  }

  public int correctCount() {
    return (int) responses.stream().filter(Response::isCorrect).count();
  }

  public Optional<Response> response(String questionId) {
    return responses.stream().filter(r -> r.questionId().equals(questionId)).findFirst();
  }
}
