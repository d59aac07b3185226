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

  /** A wrong answer with something to say about it ("ambiguous date: ..."). */
  public static Verdict wrong(String note) {
    return new Verdict(Outcome.WRONG, 0, note);
  }

  /** Accepted with a small typo; the note shows the form it was taken for: "almost: Medvedev". */
  public static Verdict almost(String correctForm) {
    return new Verdict(Outcome.ALMOST, 1, "almost: " + correctForm);
  }

  /** Not all right, with credit for the part that is ("2 of 3 pairs right"). */
  public static Verdict partial(double score, String note) {
    return new Verdict(Outcome.WRONG, score, note);
  }

  public static Verdict skipped() {
    return new Verdict(Outcome.SKIPPED, 0, "");
  }

  public boolean isCorrect() {
    return outcome == Outcome.CORRECT || outcome == Outcome.ALMOST;
  }
}
