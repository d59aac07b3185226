package org.factdrill.study;

/** Where a card is in FSRS's life cycle. */
public enum CardState {
  /** Never reviewed. */
  NEW,
  /** Seen, still on its first short (minutes) steps. */
  LEARNING,
  /** Graduated: next seen after days. */
  REVIEW,
  /** Forgotten after graduating, back on short steps. */
  RELEARNING
}
