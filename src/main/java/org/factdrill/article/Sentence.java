package org.factdrill.article;

import java.util.List;

/** A sentence of an article: its position (from 0), its text, its tokens with tags. */
public record Sentence(int index, int paragraph, String text, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The text of the sentence between two character offsets. */
  public String span(int start, int end) {
    return text.substring(start, end);
  }

  /** The text covered by tokens [from, to). */
  public String tokenSpan(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The index of the token starting at a character offset, or -1. */
  public int tokenAt(int charOffset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == charOffset) return i;
    }
    return -1;
  }

  /** The index of the first token that overlaps the character offset, or -1. */
  public int tokenCovering(int charOffset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > charOffset) return i;
    }
    return -1;
  }

  /** Whether the sentence quotes someone (opinions and speech, not reported facts). */
  public boolean isQuote() {
    return text.indexOf('"') >= 0;
  }
}
