package org.factdrill.study;

import java.time.Instant;
import java.util.Objects;

/**
 * One review as the scheduler made it: the card before and after, the rating, when. {@code before}
 * is kept so a rating changed on the feedback screen can be applied again to the same card.
 */
public record Review(Card before, Card after, Rating rating, Instant reviewedAt) {
  public Review {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
  }
}
