package org.factdrill.study;

import java.time.Duration;
import java.time.Instant;
import org.factdrill.grading.Verdict;

/**
 * Where a study session's reviews go, each committed before the call returns (the review store).
 * The card reviewed is the one kept at that moment, not the session's copy: a review made meanwhile
 * in another window is built upon, never overwritten.
 */
public interface ReviewKeeper {
  /** Reviews the entry's card with {@code rating} at {@code at}; throws {@link ReviewNotKept} when it cannot. */
  KeptReview keep(StudyEntry entry, Rating rating, Instant at, Verdict.Outcome outcome, Duration took);

  /** Replaces the rating of the review just kept (the card is reviewed again from where it was before it). */
  KeptReview change(KeptReview kept, Rating rating);
}
