package org.factdrill.study;

import java.util.Optional;

/** How well a question was recalled at a review, in FSRS's four grades. */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4);

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /** FSRS's number for the rating: Again 1 ... Easy 4 (also the key that chooses it). */
  public int grade() {
    return grade;
  }

  public static Optional<Rating> ofGrade(int grade) {
    for (Rating r : values()) if (r.grade == grade) return Optional.of(r);
    return Optional.empty();
  }

  /** "Again", "Hard"... as the screens say it. */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
