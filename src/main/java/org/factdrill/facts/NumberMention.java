package org.factdrill.facts;

/**
 * A number with what it counts: "three-day" (visit), "second" (term), "600,000" (Rohingya), a vote of
 * "423-3", a document number "Resolution 1973". {@code counts} is the noun phrase it counts or
 * qualifies, as written; {@code value} the number (for a vote, the votes for).
 */
public record NumberMention(int sentence, int start, int end, String text, Shape shape, double value, String counts) {

  /** How the number is written: distractors keep the same shape. */
  public enum Shape {
    /** "three-day", "60-day", "four-star". */
    COMPOUND,
    /** "second", "sixth". */
    ORDINAL,
    /** "600,000", "39", "1.8 million", "eleven". */
    CARDINAL,
    /** "423-3". */
    VOTE,
    /** "Resolution 1973", "H.Con.Res. 90". */
    DOCUMENT,
    /** "19-year-old". */
    AGE
  }
}
