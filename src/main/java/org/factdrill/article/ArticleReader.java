package org.factdrill.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Article text to {@link Article}: clean-up, then sentences, tokens and parts of speech with
 * OpenNLP, with the repairs its English models need on news text (abbreviations such as "Sen." and
 * "Feb." do not end a sentence; "'s" is its own token; "no-fly" and "three-day" are one token).
 */
public final class ArticleReader {
  private ArticleReader() {}

  /** Words that take a full stop without ending a sentence. */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr",
      "no", "vs", "prof", "rev", "maj", "adm", "cmdr", "gens", "sens", "u.s", "u.n", "u.k", "a.m", "p.m",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co",
      "ltd", "dept", "est", "fig", "approx", "h.con.res", "h.res", "s.res", "h.r", "d.c", "n", "s");

  public static Article read(String raw) {
    CleanUp.Cleaned cleaned = CleanUp.clean(raw);
    Nlp nlp = Nlp.get();
    var sentenceTexts = new ArrayList<String>();
    var paragraphOf = new ArrayList<Integer>();
    int paragraph = 0;
    for (String p : cleaned.paragraphs()) {
      for (String s : splitSentences(nlp, p)) {
        sentenceTexts.add(s);
        paragraphOf.add(paragraph);
      }
      paragraph++;
    }
    var sentences = new ArrayList<Sentence>();
    for (int i = 0; i < sentenceTexts.size(); i++) {
      sentences.add(analyse(nlp, i, paragraphOf.get(i), sentenceTexts.get(i)));
    }
    return new Article(cleaned.headline(), sentences);
  }

  static List<String> splitSentences(Nlp nlp, String paragraph) {
    var out = new ArrayList<String>();
    String pending = null;
    for (Span s : nlp.sentences(paragraph)) {
      String text = paragraph.substring(s.getStart(), s.getEnd()).strip();
      if (text.isEmpty()) continue;
      if (pending != null && continuesSentence(pending, text)) {
        pending = pending + " " + text;
      } else {
        if (pending != null) out.add(pending);
        pending = text;
      }
    }
    if (pending != null) out.add(pending);
    return out;
  }

  /** The detector split after an abbreviation, or before a lower-case word: undo it. */
  static boolean continuesSentence(String previous, String next) {
    char first = next.charAt(0);
    if (Character.isLowerCase(first) || Character.isDigit(first) && Regex.matches(previous, ".*\\b(?i:No|Res|Nos)\\.$")) return true;
    if (Character.isDigit(first) && Regex.matches(previous, ".*\\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.$")) return true;
    if (Regex.matches(previous, ".*\\b[ap]\\.m\\.$")
        && Regex.matches(next, "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|GMT|UTC|local)\\b.*")) {
      return true;
    }
    int space = previous.lastIndexOf(' ');
    String lastWord = previous.substring(space + 1);
    if (!lastWord.endsWith(".")) return false;
    String word = lastWord.substring(0, lastWord.length() - 1).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true; // an initial, "John F."
    return ABBREVIATIONS.contains(word) && !word.equals("u.s") && !word.equals("a.m") && !word.equals("p.m");
  }

  static Sentence analyse(Nlp nlp, int index, int paragraph, String text) {
    List<int[]> spans = repairTokens(text, nlp.tokens(text));
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
    String[] tags = nlp.tags(words);
    var tokens = new ArrayList<Token>(words.length);
    for (int i = 0; i < words.length; i++) tokens.add(new Token(words[i], spans.get(i)[0], spans.get(i)[1], tags[i]));
    return new Sentence(index, paragraph, text, tokens);
  }

  static List<int[]> repairTokens(String text, Span[] raw) {
    var spans = new ArrayList<int[]>();
    for (Span s : raw) {
      int start = s.getStart();
      int end = s.getEnd();
      String t = text.substring(start, end);
      // "Russia's" -> "Russia" + "'s": the possessive is a token of its own for the tagger.
      if (t.length() > 2 && t.endsWith("'s") && Character.isLetter(t.charAt(t.length() - 3))) {
        spans.add(new int[] {start, end - 2});
        spans.add(new int[] {end - 2, end});
      } else {
        spans.add(new int[] {start, end});
      }
    }
    var merged = new ArrayList<int[]>();
    for (int[] s : spans) {
      if (!merged.isEmpty()) {
        int[] prev = merged.get(merged.size() - 1);
        String prevText = text.substring(prev[0], prev[1]);
        String cur = text.substring(s[0], s[1]);
        boolean adjacent = prev[1] == s[0];
        boolean joinHyphen = adjacent && (cur.startsWith("-") || prevText.endsWith("-")) && !prevText.equals("-")
            && !(cur.equals("-") && s[1] < text.length() && text.charAt(s[1]) == ' ');
        boolean joinAbbreviation = adjacent && cur.equals(".")
            && (ABBREVIATIONS.contains(prevText.toLowerCase(Locale.ROOT)) || Regex.matches(prevText, "\\p{Lu}"))
            && !(s[1] == text.length() && !ABBREVIATIONS.contains(prevText.toLowerCase(Locale.ROOT)));
        boolean joinDotted = adjacent && (cur.startsWith(".") && cur.length() > 1 && Character.isLetter(cur.charAt(1)));
        boolean joinAfterHyphen = adjacent && prevText.endsWith("-") && prevText.length() > 1;
        if (joinHyphen || joinAbbreviation || joinDotted || joinAfterHyphen) {
          prev[1] = s[1];
          continue;
        }
      }
      merged.add(new int[] {s[0], s[1]});
    }
    return merged;
  }
}
