package org.factdrill.facts;

import java.util.List;
import org.factdrill.nlp.Sentence;

/**
 * A sentence short and plain enough to be quoted whole (no quotation, no dangling "this" or
 * "but"), with the typed parts a gap can replace: names, dates, sums, shares and counts.
 */
public record ShortSentence(String id, int sentence, Sentence parse, int from, List<Slot> gaps) implements Fact {
  public ShortSentence {
    gaps = List.copyOf(gaps);
  }
}
