package org.factdrill.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clean-up real articles need before any analysis: typographic quotes made plain, missing
 * spaces after punctuation put back, hyphenation broken by a space joined again, one name written
 * two ways made one, and a headline on the first line told apart from the body. Pure: text in, text out.
 */
public final class CleanUp {
  private CleanUp() {}

  /** The body of an article as paragraphs, and its headline when the first line is one. */
  public record Cleaned(String headline, List<String> paragraphs) {
    public Cleaned {
      paragraphs = List.copyOf(paragraphs);
    }

    public String body() {
      return String.join("\n", paragraphs);
    }
  }

  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
  // "Libya,Russian" and "way,but": a comma glued to the next word (never "1,000").
  private static final Pattern GLUED_COMMA = Pattern.compile("(?<=[\\p{L}\\d)\\]\"'])([,;])(?=\\p{L}|\"\\p{L})");
  // "visit.During" but not "U.S.Senate" style initials: a lower-case word of 2+ letters before the dot.
  private static final Pattern GLUED_STOP = Pattern.compile("(?<![.\\p{L}'-])(\\p{L}{0,30}\\p{Ll}{2}[.?!])(?=\\p{Lu}\\p{Ll})");
  // "no- fly": a hyphen that lost the word after it to a space (not a dash between words: " - ").
  private static final Pattern BROKEN_HYPHEN = Pattern.compile("(?<=\\p{L})- (?!(?:and|or|to|nor)\\b)(?=\\p{Ll})");
  // A word split across lines by hyphenation: "interna-\ntional".
  private static final Pattern LINE_HYPHEN = Pattern.compile("(?<=\\p{Ll})-\\n(?=\\p{Ll})");
  private static final Pattern HYPHENATED_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)-(\\p{L}\\p{Ll}+)\\b");
  // "WASHINGTON — " or "WHITE HOUSE - " at the start of the body: a dateline, not part of a sentence.
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]{2,40}\\s+[—–-]{1,2}\\s+");

  public static Cleaned clean(String raw) {
    String text = normaliseCharacters(raw);
    if (text.contains("-\n")) text = LINE_HYPHEN.matcher(text).replaceAll("");
    var lines = new ArrayList<String>();
    for (String line : text.split("\n")) {
      String l = oneSpaces(line).strip();
      if (!l.isEmpty()) lines.add(l);
    }
    String headline = null;
    if (lines.size() > 1 && isHeadline(lines.get(0))) headline = lines.remove(0);
    var paragraphs = new ArrayList<String>();
    for (String l : lines) paragraphs.add(repairLine(l));
    if (!paragraphs.isEmpty()) paragraphs.set(0, DATELINE.matcher(paragraphs.get(0)).replaceFirst(""));
    paragraphs = new ArrayList<>(unifyNames(paragraphs));
    return new Cleaned(headline == null ? null : repairLine(headline), paragraphs);
  }

  /** Plain quotes and spaces: the tokenizer and the patterns expect ASCII punctuation. */
  static String normaliseCharacters(String raw) {
    var b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD' -> { }
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> b.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> b.append('"');
        case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\t' -> b.append(' ');
        case '\u2010', '\u2011' -> b.append('-');
        case '\u2026' -> b.append("...");
        case '\r' -> {
          if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') b.append('\n');
        }
        default -> {
          if (Character.isISOControl(c) && c != '\n') b.append(' ');
          else b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** A short first line without sentence-final punctuation is a headline. */
  static boolean isHeadline(String line) {
    String l = line.strip();
    if (l.isEmpty()) return false;
    char last = l.charAt(l.length() - 1);
    if (last == '.' || last == '"' || last == ',' || last == ';' || last == ':') return false;
    return l.split(" ").length <= 20;
  }

  // Each pattern below runs only where the text has what it needs to match at all (a comma before a
  // letter, a full stop before a letter, "- "); most lines have none, and scanning a line for them
  // is far cheaper than running the pattern over it.
  static String repairLine(String line) {
    String l = line;
    if (mayBeGlued(l, ",;")) l = GLUED_COMMA.matcher(l).replaceAll("$1 ");
    if (mayBeGlued(l, ".?!")) l = GLUED_STOP.matcher(l).replaceAll("$1 ");
    if (l.contains("- ")) l = BROKEN_HYPHEN.matcher(l).replaceAll("-");
    return oneSpaces(l).strip();
  }

  /** Whether one of {@code marks} is followed right away by a letter or a quote (what the glue patterns look ahead for). */
  private static boolean mayBeGlued(String l, String marks) {
    for (int i = 0; i + 1 < l.length(); i++) {
      if (marks.indexOf(l.charAt(i)) >= 0 && (l.charAt(i + 1) == '"' || Character.isLetter(l.codePointAt(i + 1)))) return true;
    }
    return false;
  }

  /** Runs of spaces and tabs as one space; a line with single spaces only is its own result. */
  private static String oneSpaces(String l) {
    boolean single = true;
    for (int i = 0; i < l.length() && single; i++) {
      char c = l.charAt(i);
      single = c != '\t' && c != '\u000B' && c != '\f' && !(c == ' ' && i + 1 < l.length() && l.charAt(i + 1) == ' ');
    }
    return single ? l : SPACES.matcher(l).replaceAll(" ");
  }

  /**
   * Whether the text has what {@link #HYPHENATED_NAME} needs: a capital, small letters, a hyphen and a
   * letter ("Ki-moon"); most texts have none. Texts with surrogate pairs are left to the pattern.
   */
  static boolean mayHoldHyphenatedName(String text) {
    for (int i = 0; i < text.length(); i++) if (Character.isSurrogate(text.charAt(i))) return true;
    for (int k = text.indexOf('-'); k >= 0; k = text.indexOf('-', k + 1)) {
      if (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1))) continue;
      int j = k - 1;
      if (j < 0 || Character.getType(text.charAt(j)) != Character.LOWERCASE_LETTER) continue;
      while (j >= 0 && Character.getType(text.charAt(j)) == Character.LOWERCASE_LETTER) j--;
      if (j >= 0 && Character.getType(text.charAt(j)) == Character.UPPERCASE_LETTER) return true;
    }
    return false;
  }

  /**
   * One name written two ways ("Ban Ki moon", "Ban Ki-moon"): where a hyphenated name appears, the
   * same name with a space instead of the hyphen is rewritten to the hyphenated form.
   */
  static List<String> unifyNames(List<String> paragraphs) {
    String all = String.join("\n", paragraphs);
    Map<Pattern, String> variants = new LinkedHashMap<>();
    Matcher m = HYPHENATED_NAME.matcher(mayHoldHyphenatedName(all) ? all : "");
    while (m.find()) {
      if (!all.contains(m.group(1) + " ")) continue; // the common case: no spaced variant, no pattern to build
      String spaced = Pattern.quote(m.group(1)) + " (?i:" + Pattern.quote(m.group(2)) + ")\\b";
      variants.putIfAbsent(Pattern.compile("\\b" + spaced), m.group());
    }
    if (variants.isEmpty()) return paragraphs;
    var out = new ArrayList<String>();
    for (String p : paragraphs) {
      for (var e : variants.entrySet()) p = e.getKey().matcher(p).replaceAll(Matcher.quoteReplacement(e.getValue()));
      out.add(p);
    }
    return out;
  }
}
