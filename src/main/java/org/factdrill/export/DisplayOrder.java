package org.factdrill.export;

import java.util.List;
import java.util.Random;
import org.factdrill.quiz.OptionOrder;

/**
 * The order in which a printed or flash-card question shows items whose bank order is the answer
 * (ordering questions, the right side of matching questions): {@link OptionOrder#mixed}, seeded by
 * the question id, so every export of the same question shows the same order, and it is never the
 * answer order itself.
 */
final class DisplayOrder {
  private DisplayOrder() {}

  static <T> List<T> of(String questionId, List<T> answerOrder) {
    // String.hashCode is specified, so the seed is the same everywhere.
    return OptionOrder.mixed(answerOrder, new Random(questionId.hashCode()));
  }
}
