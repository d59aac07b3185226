package org.factdrill.study;

import java.time.Instant;

/** One review from the log, for stats: the card's state before it, the rating, when, and the recall FSRS predicted then. */
public record PastReview(CardState stateBefore, Rating rating, Instant at, double predictedRecall) {}
