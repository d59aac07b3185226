package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The order in which a printed or flash-card question shows items whose bank order is the answer
 * (ordering questions, the right side of matching questions). It is a fixed shuffle seeded by the
 * question id, so every export of the same question shows the same order, and it is never the
 * answer order itself.
 */
final class DisplayOrder {
  private DisplayOrder() {}

  static <T> List<T> of(String questionId, List<T> answerOrder) {
    var shown = new ArrayList<>(answerOrder);
    if (shown.size() < 2) return shown;
    java.util.Collections.shuffle(shown, new Random(seed(questionId)));
    if (shown.equals(answerOrder)) {
      // A shuffle may land on the answer; moving the first item to the end always breaks it.
      shown.add(shown.remove(0));
    }
    return shown;
  }

  /** A seed from the id's characters (String.hashCode is specified, so it is the same everywhere). */
  private static long seed(String questionId) {
    return questionId.hashCode();
  }
}
