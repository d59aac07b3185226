package org.factdrill.study;

import java.util.Objects;
import java.util.Optional;

/**
 * One question of a study session with the card it is studied on. {@code storedAs} is the question
 * id its card is kept under: another id than the question's when the card was matched by fact
 * after the bank was regenerated (its review then moves the card to the new id). Empty for a new card.
 */
public record StudyEntry(StudyQuestion question, Card card, Optional<String> storedAs) {
  public StudyEntry {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(storedAs, "storedAs");
  }

  public boolean isNew() {
    return card.isNew();
  }
}
