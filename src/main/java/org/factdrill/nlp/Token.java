package org.factdrill.nlp;

/**
 * One token of a sentence as the language analysis read it: its text as written, its lemma, its
 * Penn Treebank part of speech (NNP, VBD, CD, ...), its fine-grained entity type ("O" for none:
 * PERSON, TITLE, COUNTRY, ORGANIZATION, DATE, MONEY, ...), the normalised value SUTime gave a date
 * or number (null for none), and where it sits in its sentence's text (character offsets).
 */
public record Token(String text, String lemma, String pos, String ner, String normalized, int begin, int end) implements java.io.Serializable {

  public boolean isEntity() {
    return !"O".equals(ner);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }
}
