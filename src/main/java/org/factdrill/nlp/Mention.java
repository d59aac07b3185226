package org.factdrill.nlp;

/**
 * A run of tokens [start, end) of one sentence that names one thing of one entity type, with the
 * normalised value of a date or number (null for none), and its text as written.
 */
public record Mention(int sentence, int start, int end, String type, String text, String normalized) implements java.io.Serializable {
  public boolean overlaps(int from, int to) {
    return start < to && from < end;
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
