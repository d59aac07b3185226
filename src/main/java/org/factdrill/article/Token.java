package org.factdrill.article;

/**
 * One token of a sentence: its text, where it sits in the sentence (character offsets), its
 * universal part-of-speech tag (PROPN, NOUN, VERB, AUX, ADP, NUM, ...).
 */
public record Token(String text, int start, int end, String tag) {
  public boolean is(String tagName) {
    return tag.equals(tagName);
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  public boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
  }
}
