package org.factdrill.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdrill.grading.Answer;
import org.factdrill.grading.Verdict;
import org.factdrill.questions.Question;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;

/**
 * One student's attempt at a class quiz, in the terms of the quiz session that runs it: the
 * questions as this student sees them (their own option order), the session settings the class
 * settings call for (no hints in a class quiz), and the conversion of the session's responses into
 * the responses of a {@link StudentResult}.
 */
public final class ClassAttempt {
  private ClassAttempt() {}

  /** The note the quiz session gives a response whose time ran out. */
  static final String TIME_IS_UP = "time is up";

  /** The quiz's questions in order, each with the options in this student's order. */
  public static List<QuizItem> items(ClassQuiz quiz, Student student) {
    var items = new ArrayList<QuizItem>();
    for (Question q : quiz.questions()) items.add(new QuizItem(q, "class-" + quiz.code(), StudentShuffle.options(quiz, student, q)));
    return items;
  }

  public static QuizSettings sessionSettings(ClassSettings settings) {
    return new QuizSettings(
        settings.feedback() == ClassSettings.Feedback.AFTER_EACH ? QuizSettings.Feedback.AFTER_EACH : QuizSettings.Feedback.AT_END,
        settings.hasTimeLimit() ? Optional.of(java.time.Duration.ofSeconds(settings.timeLimitSeconds())) : Optional.empty(),
        false);
  }

  /** A session's response as a class result keeps it: the answer's content, the grade, when. */
  public static StudentResult.Response response(Response r) {
    Question q = r.item().question();
    boolean timedOut = TIME_IS_UP.equals(r.verdict().note());
    Answer answer = r.verdict().outcome() == Verdict.Outcome.SKIPPED ? new Answer.Skip() : GivenAnswer.decode(q, r.given());
    return new StudentResult.Response(q.id(), answer, r.given(), r.verdict(), Optional.of(r.answeredAt()), timedOut);
  }

  /** A response kept in the database, back as a session response, to take an attempt up again. */
  public static Response sessionResponse(int position, QuizItem item, StudentResult.Response kept, Instant startedAt) {
    return new Response(position, item, kept.given(), kept.verdict(), 0, kept.answeredAt().orElse(startedAt), java.time.Duration.ZERO);
  }

  /** The handed-in result: every question of the quiz, in order. */
  public static StudentResult result(ClassQuiz quiz, String quizDigest, String attemptId, Student student, Instant startedAt,
      Instant finishedAt, List<StudentResult.Response> responses) {
    var byQuestion = new ArrayList<StudentResult.Response>();
    for (Question q : quiz.questions()) {
      byQuestion.add(responses.stream().filter(r -> r.questionId().equals(q.id())).reduce((a, b) -> b)
          .orElse(StudentResult.Response.unanswered(q.id(), false)));
    }
    return new StudentResult(quiz.code(), quiz.title(), quizDigest, attemptId, student, startedAt, finishedAt, byQuestion);
  }
}
