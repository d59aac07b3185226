package org.factdrill.quiz;

import java.util.List;
import java.util.Objects;
import org.factdrill.questions.Question;

/**
 * One question as it is put to one learner: the question, the bank it came from, and its options
 * in the order shown (choices for multiple choice and multi-select, "True"/"False" for true/false,
 * items for ordering, right-hand items for matching; empty for typed answers). The order is fixed
 * when the quiz is made, so a caller can impose its own (a per-student shuffle) and a resumed quiz
 * shows the same letters.
 */
public record QuizItem(Question question, String bankId, List<String> shown) {
  public QuizItem {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(bankId, "bankId");
    shown = List.copyOf(shown);
    if (!OptionOrder.sameOptions(question, shown)) {
      throw new IllegalArgumentException("shown options of " + question.id() + " are not the question's options: " + shown);
    }
  }

  /** The question with its options in their natural (bank) order. */
  public static QuizItem natural(Question question, String bankId) {
    return new QuizItem(question, bankId, OptionOrder.natural(question));
  }
}
