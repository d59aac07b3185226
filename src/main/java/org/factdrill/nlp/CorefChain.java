package org.factdrill.nlp;

import java.util.List;

/**
 * The mentions that coreference found to be one thing (a person named once, then "he", "the
 * minister"), with the representative mention: the one that best says what it is.
 */
public record CorefChain(Mention representative, List<Mention> mentions) implements java.io.Serializable {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
