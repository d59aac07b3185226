package org.factdrill.grading;

import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How far a typed answer is from a correct form, and how far is still a typo.
 *
 * <p>The threshold grows with the length of the word (letters and digits, spaces not counted):
 *
 * <ul>
 *   <li>up to 4 letters: no edit. One letter in a short word is a quarter of it and usually makes
 *       another word or name: Iran/Iraq, Mali/Bali, Oman/Omar, June/July, UN/US, Ban/Bam.
 *   <li>5 to 8 letters: one edit ("Medvedv", "Lavrob", "Britian").
 *   <li>9 to 14 letters: two edits.
 *   <li>15 letters or more: three edits.
 * </ul>
 *
 * That keeps an accepted slip at or under about one letter in five, the rate at which the
 * intended word is still obvious to a reader; each word of a several-word answer must also be
 * within its own threshold, so two slips cannot pile up in one short word.
 *
 * <p>An edit is an insertion, deletion or substitution (Commons Text Levenshtein), or a swap of
 * two neighbouring letters, which is the commonest typing slip and which plain Levenshtein would
 * count as two.
 */
final class Typos {
  private Typos() {}

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  /** The most edits accepted as a typo in a word or answer of this many letters. */
  static int allowedEdits(int letters) {
    if (letters <= 4) return 0;
    if (letters <= 8) return 1;
    if (letters <= 14) return 2;
    return 3;
  }

  /** Edits between two strings, a swap of neighbouring letters counting as one. */
  static int distance(String a, String b) {
    if (a.equals(b)) return 0;
    int d = LEVENSHTEIN.apply(a, b);
    if (d < 2) return d;
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
    if (i + 1 < a.length() && i + 1 < b.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)) {
      char[] c = a.toCharArray();
      c[i] = a.charAt(i + 1);
      c[i + 1] = a.charAt(i);
      d = Math.min(d, 1 + LEVENSHTEIN.apply(new String(c), b));
    }
    return d;
  }

  /**
   * Edits from {@code given} to the correct {@code form} if the difference is a typo, else -1.
   * Numbers must be the same numbers (1973 is never 1974); with the same number of words, each
   * word is compared with its counterpart and must be within its own threshold (so a word of four
   * letters or fewer must be exact); with a different number of words (a space dropped or added)
   * the answer is compared as a whole, and only when neither side has a short word a slip could
   * change, add or drop.
   */
  static int typoEdits(Phrase given, Phrase form) {
    Phrase g = given.withoutArticle();
    Phrase f = form.withoutArticle();
    if (!g.numbers().equals(f.numbers())) return -1;
    int letters = f.letters();
    int allowed = allowedEdits(letters);
    if (allowed == 0) return -1;
    List<Phrase.Token> gt = g.tokens();
    List<Phrase.Token> ft = f.tokens();
    if (gt.size() == ft.size()) {
      int total = 0;
      for (int i = 0; i < ft.size(); i++) {
        Phrase.Token a = gt.get(i);
        Phrase.Token b = ft.get(i);
        if (a.isNumber() != b.isNumber()) return -1;
        if (b.isNumber()) {
          if (a.number().compareTo(b.number()) != 0) return -1;
          continue;
        }
        if (Math.abs(a.length() - b.length()) > allowedEdits(b.length())) return -1;
        int d = distance(a.text(), b.text());
        if (d > allowedEdits(b.length())) return -1;
        total += d;
      }
      return total <= allowed ? total : -1;
    }
    // A word added or left out is not a typo when it is short enough to change the meaning ("US").
    for (Phrase.Token t : ft) if (!t.isNumber() && t.length() <= 4) return -1;
    for (Phrase.Token t : gt) if (!t.isNumber() && t.length() <= 4) return -1;
    String gk = g.key();
    String fk = f.key();
    if (Math.abs(gk.length() - fk.length()) > allowed) return -1;
    int d = distance(gk, fk);
    return d <= allowed ? d : -1;
  }

  /** Edits between two phrases as wholes, to compare a typed answer's nearness to rivals. */
  static int nearness(Phrase given, Phrase other) {
    String a = given.key();
    String b = other.key();
    // A long typed answer is far from every short form; no need to run the full comparison.
    if (Math.abs(a.length() - b.length()) > 8) return Math.abs(a.length() - b.length());
    return distance(a, b);
  }
}
