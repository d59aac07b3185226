package org.factdrill.questions;

import java.util.Objects;

/** Where a question's answer comes from: the index of a sentence in the article, and its text. */
public record Source(int sentence, String text) {
  public Source {
    if (sentence < 0) throw new IllegalArgumentException("source.sentence must be >= 0, was " + sentence);
    Objects.requireNonNull(text, "source.text");
    if (text.isBlank()) throw new IllegalArgumentException("source.text must not be blank");
  }
}
