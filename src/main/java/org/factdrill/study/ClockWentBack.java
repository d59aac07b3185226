package org.factdrill.study;

import java.time.Instant;

/** A review dated before the card's last one: the clock went back (or FACTDRILL_NOW did). */
public final class ClockWentBack extends RuntimeException {
  private final Instant lastReview;

  public ClockWentBack(Instant now, Instant lastReview) {
    super("the time now (" + now + ") is before this question's last review (" + lastReview + ")");
    this.lastReview = lastReview;
  }

  public Instant lastReview() {
    return lastReview;
  }
}
