package org.factdrill.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed or expected answer reduced to what grading compares: lower-case words without
 * diacritics or punctuation, and numbers as values (so "three-day", "3 days" and "600 000" read as
 * numbers). Spaces never matter ({@link #key()} joins the tokens), so "Ki moon" equals "Ki-moon".
 */
final class Phrase {

  /** One word or one number. A number keeps its value; {@code ordinal} marks "2nd" or "second". */
  record Token(String text, BigDecimal number, boolean ordinal) {
    boolean isNumber() {
      return number != null;
    }

    static Token word(String text) {
      return new Token(text, null, false);
    }

    static Token number(BigDecimal value, boolean ordinal) {
      BigDecimal v = value.stripTrailingZeros();
      return new Token(v.toPlainString(), v, ordinal);
    }

    /** Letters and digits that a typo could change; numbers count by their digits. */
    int length() {
      return text.length();
    }
  }

  private static final Pattern ACRONYM_DOTS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\.)+\\p{L}(?![\\p{L}\\p{N}])\\.?");
  private static final Pattern POSSESSIVE = Pattern.compile("(\\p{L})['’]s(?![\\p{L}\\p{N}])");
  private static final Pattern APOSTROPHE = Pattern.compile("(\\p{L})['’‘`](?=\\p{L})");
  // "600,000" and "600 000" are one number; a four-digit year before ("2011 300") is not a group.
  private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[, ]\\d{3})+(?![\\d])");
  // "1.5m", "600k", "3bn": the short scale words of headlines.
  private static final Pattern SCALE_SUFFIX = Pattern.compile("(\\d)(k|m|mn|bn|tn)(?![\\p{L}\\p{N}])");
  private static final Map<String, String> SCALE_WORDS = Map.of("k", "thousand", "m", "million", "mn", "million",
      "bn", "billion", "tn", "trillion");
  private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+|,\\d{1,2}(?!\\d))?(?:st|nd|rd|th)?(?![\\p{L}])|\\d+|\\p{L}+(?:-\\p{L}+)*");

  /** British spellings folded to one form, so "organisation" equals "organization". */
  private static final Map<String, String> SPELLING = Map.ofEntries(
      Map.entry("defence", "defense"), Map.entry("programme", "program"), Map.entry("centre", "center"),
      Map.entry("labour", "labor"), Map.entry("honour", "honor"), Map.entry("favour", "favor"),
      Map.entry("theatre", "theater"), Map.entry("kyiv", "kiev"), Map.entry("grey", "gray"));

  private final List<Token> tokens;

  private Phrase(List<Token> tokens) {
    this.tokens = Collections.unmodifiableList(tokens);
  }

  static Phrase of(String raw) {
    String s = fold(raw);
    var words = new ArrayList<String>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) words.add(m.group());
    return new Phrase(NumberWords.read(splitHyphens(words)));
  }

  static Phrase of(List<Token> tokens) {
    return new Phrase(new ArrayList<>(tokens));
  }

  /**
   * Lower case, no diacritics, acronym dots and possessives dropped, thousands groups joined;
   * punctuation other than hyphens inside words and decimal points becomes space.
   */
  static String fold(String raw) {
    String s = raw.replace('’', '\'').replace('‘', '\'');
    s = s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
        .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ı", "i");
    s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    s = s.replaceAll("[\\s\u00a0\u202f]+", " ");
    s = s.replace("%", " percent ").replace("&", " and ").replace("per cent", "percent");
    s = s.replace('‐', '-').replace('‑', '-').replace('–', '-').replace('—', ' ');
    s = replaceAll(ACRONYM_DOTS, s, g -> g.replace(".", ""));
    s = POSSESSIVE.matcher(s).replaceAll("$1");
    s = APOSTROPHE.matcher(s).replaceAll("$1");
    s = replaceAll(THOUSANDS, s, g -> g.replaceAll("[, ]", ""));
    Matcher m = SCALE_SUFFIX.matcher(s);
    var out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, m.group(1) + " " + SCALE_WORDS.get(m.group(2)));
    m.appendTail(out);
    return out.toString();
  }

  private static String replaceAll(Pattern p, String s, java.util.function.UnaryOperator<String> f) {
    Matcher m = p.matcher(s);
    var out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m.group())));
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A hyphenated word stays one word ("no-fly", "Ki-moon", "Secretary-General"), except where a
   * part is a number word ("three-day", "twenty-one"), which {@link NumberWords} must see.
   */
  private static List<String> splitHyphens(List<String> words) {
    var out = new ArrayList<String>();
    for (String w : words) {
      if (!w.contains("-")) {
        out.add(spelling(w));
        continue;
      }
      String[] parts = w.split("-");
      boolean numeric = false;
      for (String p : parts) numeric |= NumberWords.isNumberWord(p);
      if (numeric) {
        for (String p : parts) out.add(spelling(p));
      } else {
        out.add(spelling(String.join("", parts)));
      }
    }
    return out;
  }

  private static String spelling(String w) {
    String s = SPELLING.get(w);
    if (s != null) return s;
    if (w.endsWith("isation") || w.endsWith("isations")) return w.replace("isation", "ization");
    return w;
  }

  List<Token> tokens() {
    return tokens;
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }

  int size() {
    return tokens.size();
  }

  /** Without a leading "the", "a" or "an" ("the UN Security Council" is "UN Security Council"). */
  Phrase withoutArticle() {
    if (tokens.size() > 1 && Vocabulary.ARTICLES.contains(tokens.get(0).text()) && !tokens.get(0).isNumber()) {
      return new Phrase(new ArrayList<>(tokens.subList(1, tokens.size())));
    }
    return this;
  }

  Phrase drop(int leading) {
    return new Phrase(new ArrayList<>(tokens.subList(leading, tokens.size())));
  }

  /**
   * What two phrases must share to be the same answer: tokens joined without spaces (spaces do
   * not matter), numbers by value in brackets so that "1 2" and "12" stay apart. Leading article
   * dropped.
   */
  String key() {
    var sb = new StringBuilder();
    for (Token t : withoutArticle().tokens) sb.append(t.isNumber() ? "⟨" + t.text() + "⟩" : t.text());
    return sb.toString();
  }

  /** The numbers in order of appearance, by value. */
  List<BigDecimal> numbers() {
    var out = new ArrayList<BigDecimal>();
    for (Token t : tokens) if (t.isNumber()) out.add(t.number());
    return out;
  }

  boolean hasNumbers() {
    return tokens.stream().anyMatch(Token::isNumber);
  }

  List<String> words() {
    var out = new ArrayList<String>();
    for (Token t : tokens) if (!t.isNumber()) out.add(t.text());
    return out;
  }

  /** Letters and digits in the phrase, the length a typo threshold is measured against. */
  int letters() {
    int n = 0;
    for (Token t : withoutArticle().tokens) n += t.length();
    return n;
  }

  @Override
  public String toString() {
    var parts = new ArrayList<String>();
    for (Token t : tokens) parts.add(t.text());
    return String.join(" ", parts);
  }
}
