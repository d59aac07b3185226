package org.factdrill.nlp;

import java.util.List;

/**
 * An article after language analysis: its headline (analysed as a sentence of its own, or null),
 * its body sentences in order, and the coreference chains that link their mentions.
 */
public record AnalysedArticle(Sentence headline, List<Sentence> sentences, List<CorefChain> chains) implements java.io.Serializable {
  public AnalysedArticle {
    sentences = List.copyOf(sentences);
    chains = List.copyOf(chains);
  }

  /** The chain a mention of sentence {@code s} covering token {@code token} belongs to, or null. */
  public CorefChain chainAt(int s, int token) {
    for (CorefChain c : chains) {
      for (Mention m : c.mentions()) {
        if (m.sentence() == s && m.covers(token)) return c;
      }
    }
    return null;
  }
}
