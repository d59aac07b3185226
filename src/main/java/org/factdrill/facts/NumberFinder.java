package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.article.Article;
import org.factdrill.article.Regex;
import org.factdrill.article.Sentence;
import org.factdrill.article.Token;

/** Numbers with what they count, votes, and document numbers; dates and times are left to {@link DateFinder}. */
public final class NumberFinder {
  private NumberFinder() {}

  static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty");
  static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
  private static final Map<String, Double> SCALE = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred))";
  private static final Pattern COMPOUND = Pattern.compile("\\b" + NUM + "-(?!year-old)([a-z]+)\\b(?!-)");
  private static final Pattern AGE = Pattern.compile("\\b" + NUM + "-year-old\\b");
  private static final Pattern VOTE = Pattern.compile("(?<![\\d,.-])(\\d{1,3})-(\\d{1,3})(?![\\d-])");
  private static final Pattern DOCUMENT = Pattern.compile(
      "\\b(Resolution|H\\.Con\\.Res\\.|H\\.Res\\.|S\\.Res\\.|H\\.R\\.|S\\.|Article|Bill|Decree|Executive Order|Amendment|Protocol) ?(\\d{1,5})\\b");
  private static final Pattern CARDINAL = Pattern.compile(
      "(?<![\\w$.,/-])" + NUM + "(?: (million|billion|trillion|thousand|hundred))?(?![\\w,-]|\\.\\d)");
  private static final Pattern ORDINAL = Pattern.compile(
      "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_OR_MONEY_AFTER = Pattern.compile("^ ?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|percent|%|o'clock)");

  public static List<NumberMention> find(Article article, List<DateMention> dates) {
    var out = new ArrayList<NumberMention>();
    for (Sentence s : article.sentences()) {
      var found = new ArrayList<NumberMention>();
      String t = s.text();
      var taken = new ArrayList<int[]>();
      for (DateMention d : dates) if (d.sentence() == s.index()) taken.add(new int[] {d.start(), d.end()});
      // The cheap checks are what each pattern needs to match at all; a sentence that fails one is
      // not scanned by that pattern (it gets "", where none matches).
      boolean digits = hasDigit(t);
      Matcher m = DOCUMENT.matcher(digits ? t : "");
      while (m.find()) {
        add(found, taken, new NumberMention(s.index(), m.start(), m.end(), m.group(), NumberMention.Shape.DOCUMENT,
            Double.parseDouble(m.group(2)), m.group(1)));
      }
      m = AGE.matcher(t.contains("-year-old") ? t : "");
      while (m.find()) {
        add(found, taken, new NumberMention(s.index(), m.start(), m.end(), m.group(), NumberMention.Shape.AGE,
            value(m.group(1)), nounAfter(s, m.end())));
      }
      m = COMPOUND.matcher(t.indexOf('-') >= 0 ? t : "");
      while (m.find()) {
        String counted = nounAfter(s, m.end());
        if (counted.isEmpty()) continue;
        add(found, taken, new NumberMention(s.index(), m.start(), m.end(), m.group(), NumberMention.Shape.COMPOUND,
            value(m.group(1)), m.group(2) + " " + counted));
      }
      m = VOTE.matcher(digits && t.indexOf('-') >= 0 ? t : "");
      while (m.find()) {
        String around = t.substring(Math.max(0, m.start() - 40), Math.min(t.length(), m.end() + 40)).toLowerCase(Locale.ROOT);
        if (!around.contains("vote") && !around.contains("passed") && !around.contains("passing")) continue;
        add(found, taken, new NumberMention(s.index(), m.start(), m.end(), m.group(), NumberMention.Shape.VOTE,
            Double.parseDouble(m.group(1)), "vote"));
      }
      String lower = t.toLowerCase(Locale.ROOT);
      m = ORDINAL.matcher(containsAny(lower, ORDINAL_WORDS) ? t : "");
      while (m.find()) {
        String counted = nounAfter(s, m.end());
        if (counted.isEmpty()) continue;
        add(found, taken, new NumberMention(s.index(), m.start(), m.end(), m.group(), NumberMention.Shape.ORDINAL,
            ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)), counted));
      }
      m = CARDINAL.matcher(digits || containsAny(lower, CARDINAL_WORDS) ? t : "");
      while (m.find()) {
        if (TIME_OR_MONEY_AFTER.matcher(t.substring(m.end())).find()) continue;
        if (m.start() > 0 && t.charAt(m.start() - 1) == '$') continue;
        String counted = nounAfter(s, m.end());
        if (counted.isEmpty() || Regex.matches(counted, "(?i)(a\\.m\\.|p\\.m\\.|percent|of|times?)")) continue;
        double v = value(m.group(1)) * (m.group(2) == null ? 1 : SCALE.get(m.group(2)));
        if (v >= 1900 && v <= 2100 && Regex.matches(m.group(1), "\\d{4}")) continue; // a year
        add(found, taken, new NumberMention(s.index(), m.start(), m.end(), m.group(), NumberMention.Shape.CARDINAL, v, counted));
      }
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      out.addAll(found);
    }
    return out;
  }

  // The words of ORDINAL and of CARDINAL's NUM: the ASCII case those patterns ignore, lower-cased, shows them.
  private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth");
  private static final List<String> CARDINAL_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred");

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) if (text.contains(w)) return true;
    return false;
  }

  /** \d in a pattern: an ASCII digit. */
  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= '0' && t.charAt(i) <= '9') return true;
    return false;
  }

  private static void add(List<NumberMention> found, List<int[]> taken, NumberMention n) {
    for (int[] span : taken) if (n.start() < span[1] && span[0] < n.end()) return;
    taken.add(new int[] {n.start(), n.end()});
    found.add(n);
  }

  /**
   * The noun phrase a number counts: the words after it up to and including the first noun
   * ("undocumented young people", "Rohingya", "senators"); empty when a noun does not follow.
   */
  static String nounAfter(Sentence s, int offset) {
    int i = s.tokenCovering(offset);
    if (i < 0) return "";
    if (s.tokens().get(i).start() < offset) i++;
    int start = -1;
    for (int j = i; j < s.tokens().size() && j < i + 5; j++) {
      Token tok = s.tokens().get(j);
      if (tok.is("ADJ") || tok.is("VERB") && tok.text().endsWith("ed") && j + 1 < s.tokens().size()) {
        if (start < 0) start = j;
        continue;
      }
      if (tok.is("NOUN") || tok.is("PROPN")) {
        if (start < 0) start = j;
        int end = j;
        // "young people", "House Republicans", "immigration reform proposals": take the whole noun run
        while (end + 1 < s.tokens().size() && (s.tokens().get(end + 1).is("NOUN") || s.tokens().get(end + 1).is("PROPN"))
            && end + 1 < i + 6) {
          end++;
        }
        return s.tokenSpan(start, end + 1);
      }
      break;
    }
    return "";
  }

  static double value(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace(",", "");
    int w = NUMBER_WORDS.indexOf(t);
    if (w >= 0) return w;
    return switch (t) {
      case "thirty" -> 30;
      case "forty" -> 40;
      case "fifty" -> 50;
      case "sixty" -> 60;
      case "hundred" -> 100;
      default -> Double.parseDouble(t);
    };
  }
}
