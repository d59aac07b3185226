package org.factdrill.study;

import java.util.Objects;
import java.util.Optional;

/**
 * A learner's card as kept: the question it was made for (its id when last reviewed), the fact that
 * question tests when the bank said so, the bank, and the scheduler's state.
 */
public record StudyCard(String questionId, Optional<String> factId, String bankId, Card card) {
  public StudyCard {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(bankId, "bankId");
    Objects.requireNonNull(card, "card");
  }
}
