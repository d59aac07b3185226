package org.factdrill.article;

import java.util.List;
import java.util.Optional;

/** A cleaned article: its headline when it had one, and its sentences with tokens and tags. */
public record Article(String headline, List<Sentence> sentences) {
  public Article {
    sentences = List.copyOf(sentences);
  }

  public Optional<String> headlineText() {
    return Optional.ofNullable(headline);
  }

  public List<String> sentenceTexts() {
    return sentences.stream().map(Sentence::text).toList();
  }

  public String text() {
    return String.join(" ", sentenceTexts());
  }
}
