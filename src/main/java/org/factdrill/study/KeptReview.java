package org.factdrill.study;

import java.util.Objects;

/** A review as kept in the learner's review log: its row id there, the question, and the review. */
public record KeptReview(long id, String questionId, Review review) {
  public KeptReview {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(review, "review");
  }
}
