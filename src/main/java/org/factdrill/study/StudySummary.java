package org.factdrill.study;

import java.time.Instant;
import java.util.Optional;

/**
 * The end of a study session: reviews and new questions answered, how many right, of how many
 * planned, and when the next card falls due.
 */
public record StudySummary(int reviewed, int fresh, int right, int planned, Optional<Instant> nextDue) {
  public int answered() {
    return reviewed + fresh;
  }
}
