package org.factdrill.grading;

/**
 * The grade of one answer: the outcome, the score in [0, 1], and a note to show with it (such as
 * "almost: Medvedev" for an accepted typo), empty when there is nothing to add.
 */
public record Verdict(Outcome outcome, double score, String note) {

  public enum Outcome {
    CORRECT,
    /** Accepted, with a small typo shown to the learner. */
    ALMOST,
    WRONG,
    SKIPPED
  }

  public Verdict {
    if (score < 0 || score > 1) throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    note = note == null ? "" : note;
  }

  public static Verdict correct() {
    return new Verdict(Outcome.CORRECT, 1, "");
  }

  public static Verdict wrong() {
    return new Verdict(Outcome.WRONG, 0, "");
  }

  public static Verdict skipped() {
    return new Verdict(Outcome.SKIPPED, 0, "");
  }

  public boolean isCorrect() {
    return outcome == Outcome.CORRECT || outcome == Outcome.ALMOST;
  }
}
