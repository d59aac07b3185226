package org.factdrill.store;

import java.time.Instant;
import java.util.List;

/** What `factdrill stats` shows for one user, read from the score database. */
public record Stats(String user, List<BankLine> banks, List<QuizScore> quizzes, List<KindLine> weakestKinds, List<QuestionLine> weakestQuestions) {

  public Stats {
    banks = List.copyOf(banks);
    quizzes = List.copyOf(quizzes);
    weakestKinds = List.copyOf(weakestKinds);
    weakestQuestions = List.copyOf(weakestQuestions);
  }

  /** One bank: quizzes that asked from it, responses, correct responses, last answered. */
  public record BankLine(String bankId, String title, int quizzes, int answered, int correct, Instant last) {
    public int percent() {
      return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
    }
  }

  /** One quiz's score, in the order taken: the points of the chart. */
  public record QuizScore(String quizId, String title, Instant startedAt, int answered, int questions, double score, boolean finished) {
    public int percent() {
      return answered == 0 ? 0 : (int) Math.round(100.0 * score / answered);
    }
  }

  public record KindLine(String kind, int answered, int correct) {
    public int percent() {
      return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
    }
  }

  /** A question answered wrongly at least once: how often asked, how often right, the answer. */
  public record QuestionLine(String questionId, String prompt, String answer, int answered, int correct) {
    public int percent() {
      return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
    }
  }

  public boolean isEmpty() {
    return quizzes.isEmpty();
  }
}
