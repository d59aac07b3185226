package org.factdrill.study;

import java.util.Objects;
import java.util.Optional;
import org.factdrill.quiz.QuizItem;

/**
 * A question that can be studied now (it is in a bank loaded), with the fact it tests when the bank
 * gives one. The order of a list of these is the order of importance for new questions.
 */
public record StudyQuestion(QuizItem item, Optional<String> factId) {
  public StudyQuestion {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(factId, "factId");
  }

  public String questionId() {
    return item.question().id();
  }

  public String bankId() {
    return item.bankId();
  }
}
