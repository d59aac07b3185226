package org.factdrill.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.grading.Answer;
import org.factdrill.grading.Grader;
import org.factdrill.grading.Verdict;
import org.factdrill.questions.Question;
import org.factdrill.quiz.Answers;

/**
 * Grades a handed-in attempt against the key with the quiz's own grader. The result must answer
 * every question of the quiz exactly once (a skip is an answer): a result that leaves questions
 * out, repeats one, or names a question the quiz does not have is not graded at all, because
 * grading only what is there would turn one right answer out of five into 1/1.
 */
public final class Marking {
  private Marking() {}

  /** Why an attempt cannot be graded. */
  public static final class NotGradable extends Exception {
    public NotGradable(String reason) {
      super(reason);
    }
  }

  public static StudentResult mark(ClassQuiz quiz, HandedIn attempt) throws NotGradable {
    Map<String, HandedIn.Given> byQuestion = new HashMap<>();
    for (HandedIn.Given g : attempt.responses()) {
      if (quiz.question(g.questionId()).isEmpty()) throw new NotGradable("answers question " + g.questionId() + ", which quiz " + quiz.code() + " does not have");
      if (byQuestion.putIfAbsent(g.questionId(), g) != null) throw new NotGradable("answers question " + g.questionId() + " more than once");
    }
    if (byQuestion.size() != quiz.questions().size()) {
      throw new NotGradable("answers " + byQuestion.size() + " of the quiz's " + quiz.questions().size()
          + " questions; a result holds an answer (or a skip) for every question");
    }
    var responses = new ArrayList<StudentResult.Response>();
    for (Question q : quiz.questions()) {
      HandedIn.Given g = byQuestion.get(q.id());
      responses.add(new StudentResult.Response(q.id(), g.answer(), Answers.describe(g.answer()), verdict(q, g), g.answeredAt(), g.timedOut()));
    }
    return new StudentResult(attempt.quizCode(), quiz.title(), attempt.paperDigest(), attempt.attemptId(), attempt.student(),
        attempt.startedAt(), attempt.finishedAt(), responses);
  }

  /** As the quiz session grades: a skip scores nothing, an answer after the time limit is wrong. */
  static Verdict verdict(Question q, HandedIn.Given g) {
    if (g.answer() instanceof Answer.Skip) return g.timedOut() ? new Verdict(Verdict.Outcome.WRONG, 0, "time is up") : Verdict.skipped();
    if (g.timedOut()) return new Verdict(Verdict.Outcome.WRONG, 0, "time is up");
    return Grader.grade(q, g.answer());
  }

  public static List<StudentResult> markAll(ClassQuiz quiz, List<HandedIn> attempts) throws NotGradable {
    var out = new ArrayList<StudentResult>();
    for (HandedIn h : attempts) out.add(mark(quiz, h));
    return out;
  }
}
