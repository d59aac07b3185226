package org.factdrill.study;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scheduler knows of one question for one learner: its memory state (stability in days,
 * difficulty 1–10), when it is next due, and the counts FSRS keeps. Immutable; a review makes a
 * new card. The fields are those of ts-fsrs's card, so reference vectors compare one to one.
 *
 * @param learningStep which short-term step a learning or relearning card is on
 * @param elapsedDays whole days between the last two reviews (as ts-fsrs counts them)
 * @param scheduledDays the interval the last review chose, in days (0 on a short-term step)
 */
public record Card(CardState state, Instant due, double stability, double difficulty, int elapsedDays, int scheduledDays,
    int reps, int lapses, int learningStep, Optional<Instant> lastReview) {

  public Card {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(lastReview, "lastReview");
    if (!Double.isFinite(stability) || stability < 0) throw new IllegalArgumentException("stability must be finite and >= 0, was " + stability);
    if (!Double.isFinite(difficulty) || difficulty < 0 || difficulty > 10) {
      throw new IllegalArgumentException("difficulty must be within 0..10, was " + difficulty);
    }
    if (reps < 0 || lapses < 0 || learningStep < 0 || scheduledDays < 0 || elapsedDays < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    if (state != CardState.NEW && (lastReview.isEmpty() || stability <= 0 || difficulty < 1)) {
      throw new IllegalArgumentException("a " + state + " card needs a last review, a stability > 0 and a difficulty >= 1");
    }
  }

  /** A question never studied, due from {@code now}. */
  public static Card fresh(Instant now) {
    return new Card(CardState.NEW, now, 0, 0, 0, 0, 0, 0, 0, Optional.empty());
  }

  public boolean isNew() {
    return state == CardState.NEW;
  }

  public boolean isDue(Instant now) {
    return !due.isAfter(now);
  }
}
