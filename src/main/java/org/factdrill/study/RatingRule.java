package org.factdrill.study;

import java.time.Duration;
import java.util.Map;
import org.factdrill.grading.Verdict;
import org.factdrill.questions.QuestionType;
import org.factdrill.quiz.Response;

/**
 * The rating an answer earns: wrong or skipped is Again; right after a hint, or with a forgiven
 * typo, Hard; right, Good; right within the quick time for its type, Easy. The learner may change it.
 */
public final class RatingRule {
  private RatingRule() {}

  /**
   * Under these, a right answer counts as easy. Reading the question is part of the time, so types
   * that ask for more (ticking, ordering, typing) get longer.
   */
  static final Map<QuestionType, Duration> QUICK = Map.of(
      QuestionType.TRUE_FALSE, Duration.ofSeconds(6),
      QuestionType.MULTIPLE_CHOICE, Duration.ofSeconds(8),
      QuestionType.SHORT_ANSWER, Duration.ofSeconds(12),
      QuestionType.MULTI_SELECT, Duration.ofSeconds(20),
      QuestionType.ORDERING, Duration.ofSeconds(25),
      QuestionType.MATCHING, Duration.ofSeconds(25));

  public static Rating of(Response r) {
    Verdict.Outcome outcome = r.verdict().outcome();
    if (outcome == Verdict.Outcome.WRONG || outcome == Verdict.Outcome.SKIPPED) return Rating.AGAIN;
    if (outcome == Verdict.Outcome.ALMOST || r.hintsUsed() > 0) return Rating.HARD;
    return r.took().compareTo(quick(r.item().question().type())) < 0 ? Rating.EASY : Rating.GOOD;
  }

  public static Duration quick(QuestionType type) {
    return QUICK.get(type);
  }

  /** Why the rating is what it is, in a few words for the feedback screen. */
  public static String reason(Response r, Rating rating) {
    return switch (rating) {
      case AGAIN -> r.isSkipped() ? "skipped" : "wrong";
      case HARD -> r.verdict().outcome() == Verdict.Outcome.ALMOST ? "right with a typo" : "right after a hint";
      case GOOD -> "right";
      case EASY -> "right in under " + quick(r.item().question().type()).toSeconds() + "s";
    };
  }
}
