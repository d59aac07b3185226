package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.questions.Question;

/**
 * Kahoot text: one line, within Kahoot's limits (question 120 characters, answer 75), shortened
 * only where the meaning survives: dropping "according to the article", a true/false statement's
 * "True or false:" (its answers say it) or a trailing remark in parentheses, cutting a gap sentence to the clause around its gap, and
 * cutting a true statement (or a gap sentence asked as one) to its {@linkplain #openingParts opening parts}, each marked with "...". A
 * text that still does not fit is not cut anywhere else: the caller skips the question and says why.
 */
final class KahootText {
  private KahootText() {}

  static final int QUESTION_LIMIT = 120;
  static final int ANSWER_LIMIT = 75;
  /** A clause cut from a gap sentence keeps at least this many words besides the gap, or it says too little. */
  private static final int CLAUSE_WORDS = 4;

  // "In the text" needs its comma: without it the phrase may belong to the question ("In the text of ...").
  private static final Pattern LEADING_SOURCE = Pattern.compile(
      "^(according to the (article|text|report|story),?|(as reported in|as stated in|in) the (article|text|report|story),)\\s+",
      Pattern.CASE_INSENSITIVE);
  // Only "according to" at the end: "... in the article?" may be what the question asks about.
  private static final Pattern TRAILING_SOURCE = Pattern.compile(
      ",?\\s+(according to|as reported in|as stated in) the (article|text|report|story)(?=\\s*[?.!]?$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRUE_OR_FALSE = Pattern.compile("^true or false[:?]\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_PARENTHETICAL = Pattern.compile("\\s*\\([^()]*\\)(?=\\s*[?.!]?$)");
  /** A gap question: its instruction ("Complete the sentence:", "Complete what X said:"), then the sentence. */
  private static final Pattern GAP_INSTRUCTION = Pattern.compile("^(Complete [^:]{1,80}:\\s*)(.*)$", Pattern.DOTALL);
  /**
   * Where a clause or phrase may begin: after a comma, semicolon or dash, after a verb of saying, or
   * before a conjunction, a relative word or a preposition that opens a phrase of its own.
   */
  private static final Pattern CLAUSE_START = Pattern.compile(
      "(?<=[,;:]|\\s[–—-])\\s+"
          // what someone said, told or added begins a clause of its own
          + "|(?<=\\s(said|says|say|told|added|warned|argued|claimed|believes|believe|reported))\\s+"
          + "|\\s+(?=(and|but|or|so|that|which|who|whom|whose|when|where|while|after|before|because|although|if|unless|"
          + "whether|than|since|until|as|during|in light of|to|for|with|in|on|at|from|about|by|into|over|under|against)\\s)");

  /** One line, no control characters, single spaces (Kahoot shows a cell as one line of text). */
  static String clean(String s) {
    var out = new StringBuilder();
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  static Optional<String> fitQuestion(String prompt) {
    String q = clean(prompt);
    if (q.length() <= QUESTION_LIMIT) return Optional.of(q);
    var leading = LEADING_SOURCE.matcher(q);
    if (leading.find()) q = capitalise(q.substring(leading.end()));
    q = TRAILING_SOURCE.matcher(q).replaceFirst("");
    // the answers True and False say what a true/false statement's "True or false:" says
    if (q.length() > QUESTION_LIMIT) q = TRUE_OR_FALSE.matcher(q).replaceFirst("");
    if (q.length() > QUESTION_LIMIT) q = TRAILING_PARENTHETICAL.matcher(q).replaceFirst("");
    if (q.length() > QUESTION_LIMIT && q.contains(Question.GAP)) return clauseAroundGap(q);
    return q.length() <= QUESTION_LIMIT ? Optional.of(q) : Optional.empty();
  }

  static Optional<String> fitAnswer(String answer) {
    String a = clean(answer);
    if (a.length() > ANSWER_LIMIT) a = TRAILING_PARENTHETICAL.matcher(a).replaceFirst("");
    return a.length() <= ANSWER_LIMIT && !a.isEmpty() ? Optional.of(a) : Optional.empty();
  }

  /**
   * A gap sentence cut to the clauses around its gap: the widest run of whole clauses, the gap's
   * own among them, that fits with the instruction in front, and "..." where words were left out.
   * A quoted sentence keeps its quotation marks. Empty when even the gap's own clause does not fit,
   * or says too little on its own.
   */
  static Optional<String> clauseAroundGap(String prompt) {
    Matcher m = GAP_INSTRUCTION.matcher(prompt);
    String instruction = m.matches() ? m.group(1) : "";
    String sentence = m.matches() ? m.group(2) : prompt;
    String quote = "";
    if (sentence.length() > 2 && sentence.startsWith("\"") && sentence.endsWith("\"")) {
      quote = "\"";
      sentence = sentence.substring(1, sentence.length() - 1);
    }
    boolean openEllipsis = sentence.startsWith("...");
    boolean closeEllipsis = sentence.endsWith("...");
    sentence = sentence.replaceAll("^\\.\\.\\.\\s*|\\s*\\.\\.\\.$", "");

    List<String> clauses = clauses(sentence);
    int gap = -1;
    for (int i = 0; i < clauses.size() && gap < 0; i++) if (clauses.get(i).contains(Question.GAP)) gap = i;
    if (gap < 0) return Optional.empty();
    int from = gap;
    int to = gap + 1;
    String best = null;
    while (true) {
      String candidate = join(instruction, quote, clauses, from, to, openEllipsis, closeEllipsis);
      if (candidate.length() > QUESTION_LIMIT) break;
      if (words(clauses, from, to) > CLAUSE_WORDS) best = candidate;
      // Widen by the clause before the gap first (what leads up to it), else the one after.
      if (from > 0 && join(instruction, quote, clauses, from - 1, to, openEllipsis, closeEllipsis).length() <= QUESTION_LIMIT) {
        from--;
      } else if (to < clauses.size()) {
        to++;
      } else {
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A sentence cut at a {@linkplain #PART_END part's end} to its first parts, up to and past {@code mark},
   * that fit Kahoot's limit with {@code spare} characters to spare, and " ..." where words were
   * left out. Its opening is never cut, for a statement that lost its subject says nothing true or
   * false; nor is a phrase cut inside ("after a year in ..."). Empty when nothing so cut fits.
   */
  static Optional<String> openingParts(String sentence, String mark, int spare) {
    Matcher m = PART_END.matcher(sentence);
    String best = null;
    while (m.find()) {
      String part = sentence.substring(0, m.start());
      if (part.length() + " ...".length() > QUESTION_LIMIT - spare) break;
      // "a problem that before now ...", "a year in which ...": a part ends before its opener, never
      // on it or on a word that leads into it
      if (!part.contains(mark) || ENDS_LEADING_ON.matcher(part).find()) continue;
      // "... after a year ...": a phrase that ends its part leaves the part's own words behind it, else
      // the statement trails off inside the part it began
      if (m.group(3) != null && wordsSincePartBegan(part) < PART_WORDS) continue;
      best = part + " ...";
    }
    return Optional.ofNullable(best);
  }

  private static int wordsSincePartBegan(String part) {
    Matcher m = PART_BEGINS.matcher(part);
    int from = 0;
    while (m.find()) from = m.end();
    return part.substring(from).strip().split("\\s+").length;
  }

  /**
   * Where a part of a sentence ends: at a comma, semicolon, colon or dash, or before a word that
   * opens a relative or a time clause ("a problem that ...", "suspended after failing ..."), or
   * before a preposition of {@link #PHRASES}. Not before "until", "unless" or "if", whose clause a
   * statement cannot lose and stay true.
   */
  private static final String OPENERS = "that|which|who|whose|after|before|because|while|when|where";
  /**
   * Prepositions whose phrase a true statement can lose and stay true ("... will open a depot in Mombasa ..."
   * without "by the end of the year"). Not "of", which belongs to its noun, nor "than", "without" or
   * "except", whose phrase changes what the words before it say.
   */
  private static final String PHRASES = "in|on|at|for|to|with|from|during|by|into|over|across|amid|near|through|as well as";
  private static final Pattern PART_END = Pattern.compile(
      "\\s*([,;:]|\\s[–—-])\\s+|\\s+(?=(" + OPENERS + ")\\s)|\\s+(?=(" + PHRASES + ")\\s)");
  /** Where a part begins: after a comma, semicolon, colon or dash, or at an opener. */
  private static final Pattern PART_BEGINS = Pattern.compile("([,;:]|\\s[–—-])\\s+|\\b(?=(" + OPENERS + ")\\s)");
  /** Words a part keeps before a phrase is cut from its end: "who will run the new trains", not "after a year". */
  private static final int PART_WORDS = 4;
  private static final Pattern ENDS_LEADING_ON = Pattern.compile(
      "\\b(" + OPENERS + "|in|on|at|of|for|to|by|with|from|into|during|as|a|an|the|and|or|but)$", Pattern.CASE_INSENSITIVE);

  private static List<String> clauses(String sentence) {
    var out = new ArrayList<String>();
    Matcher m = CLAUSE_START.matcher(sentence);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) out.add(sentence.substring(start, m.start()));
      start = m.end();
    }
    out.add(sentence.substring(start));
    return out;
  }

  private static String join(String instruction, String quote, List<String> clauses, int from, int to,
      boolean openEllipsis, boolean closeEllipsis) {
    String body = String.join(" ", clauses.subList(from, to));
    boolean cutBefore = from > 0 || openEllipsis;
    boolean cutAfter = to < clauses.size() || closeEllipsis;
    if (cutAfter) body = body.replaceAll("[,;:]$", "");
    return instruction + quote + (cutBefore ? "... " : "") + body + (cutAfter ? " ..." : "") + quote;
  }

  private static int words(List<String> clauses, int from, int to) {
    int n = 0;
    for (String c : clauses.subList(from, to)) {
      for (String w : c.split("\\s+")) if (!w.isBlank() && !w.contains(Question.GAP)) n++;
    }
    return n;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
