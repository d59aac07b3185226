package org.factdrill.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.article.Article;
import org.factdrill.article.Regex;
import org.factdrill.article.Sentence;

/**
 * Dates in an article, in reading order. Relative dates ("Two days later", "the next day") are
 * resolved against the last full date before them; without one they are left out rather than guessed.
 */
public final class DateFinder {
  private DateFinder() {}

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:-\\d{1,2})?\\b(?:,? ((?:19|20)\\d\\d)\\b)?");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?: ((?:19|20)\\d\\d)\\b)?");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + " ((?:19|20)\\d\\d)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|until|of|from|before|after|fiscal|the) ((?:19|20)\\d\\d)\\b(?![-\\d])");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(?i:(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (day|days|week|weeks) (later|earlier|after that|before that)"
          + "|the (next|following|previous) day|the day (after|before))\\b");

  private static final Map<String, Integer> SMALL = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
      "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);

  public static List<DateMention> find(Article article) {
    var out = new ArrayList<DateMention>();
    DateMention anchor = null;
    for (Sentence s : article.sentences()) {
      var found = new ArrayList<DateMention>();
      String t = s.text();
      // Most sentences hold no date: the cheap checks below are what each pattern needs to match at
      // all, so a sentence that fails one is not scanned by that pattern (it gets "", where none matches).
      boolean month = mayNameMonth(t);
      Matcher m = MONTH_DAY.matcher(month ? t : "");
      while (m.find()) {
        if (precededByDigit(t, m.start()) || Regex.matches(m.group(), ".*\\d-\\d.*")) continue; // a range: "June 8-9"
        found.add(absolute(s, m.start(), m.end(), m.group(), month(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3))));
      }
      m = DAY_MONTH.matcher(month ? t : "");
      while (m.find()) {
        if (overlaps(found, m.start(), m.end())) continue;
        found.add(absolute(s, m.start(), m.end(), m.group(), month(m.group(2)), Integer.parseInt(m.group(1)), year(m.group(3))));
      }
      m = MONTH_YEAR.matcher(month ? t : "");
      while (m.find()) {
        if (overlaps(found, m.start(), m.end())) continue;
        found.add(new DateMention(s.index(), m.start(), m.end(), m.group(), month(m.group(1)), DateMention.NONE,
            Integer.parseInt(m.group(2)), null, false));
      }
      m = YEAR.matcher(mayHoldYear(t) ? t : "");
      while (m.find()) {
        if (overlaps(found, m.start(1), m.end(1))) continue;
        found.add(new DateMention(s.index(), m.start(1), m.end(1), m.group(1), null, DateMention.NONE,
            Integer.parseInt(m.group(1)), null, false));
      }
      m = WEEKDAY.matcher(t.contains("day") ? t : "");
      while (m.find()) {
        found.add(new DateMention(s.index(), m.start(), m.end(), m.group(), null, DateMention.NONE, DateMention.NONE,
            DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), false));
      }
      m = RELATIVE.matcher(mayBeRelative(t) ? t : "");
      while (m.find()) found.add(new DateMention(s.index(), m.start(), m.end(), m.group(), null, 0, 0, null, true));
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      for (DateMention d : found) {
        if (d.relative()) {
          if (anchor == null) continue;
          DateMention resolved = resolve(d, anchor);
          if (resolved == null) continue;
          out.add(resolved);
          anchor = resolved;
        } else {
          out.add(d);
          if (d.hasDay()) anchor = d;
        }
      }
    }
    return out;
  }

  /** Every month pattern starts with "Jan", "Feb", ... "Dec" (the names and "Sept."). */
  static boolean mayNameMonth(String t) {
    for (int i = 0; i + 3 <= t.length(); i++) {
      if ("JFMASOND".indexOf(t.charAt(i)) >= 0 && MONTH_STARTS.contains(t.substring(i, i + 3))) return true;
    }
    return false;
  }

  private static final java.util.Set<String> MONTH_STARTS = java.util.Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** A year pattern needs four digits starting 19 or 20. */
  static boolean mayHoldYear(String t) {
    for (int i = 0; i + 4 <= t.length(); i++) {
      char a = t.charAt(i);
      char b = t.charAt(i + 1);
      if ((a == '1' && b == '9' || a == '2' && b == '0') && isDigit(t.charAt(i + 2)) && isDigit(t.charAt(i + 3))) return true;
    }
    return false;
  }

  /** \d in a pattern: an ASCII digit. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A relative date says "day" or "week", in any ASCII case (as the pattern reads it); c | 0x20 is the
   * lower case of an ASCII capital, so this may let through more than it must, never less.
   */
  static boolean mayBeRelative(String t) {
    for (int i = 0; i + 3 <= t.length(); i++) {
      char a = (char) (t.charAt(i) | 0x20);
      char b = (char) (t.charAt(i + 1) | 0x20);
      char c = (char) (t.charAt(i + 2) | 0x20);
      if (a == 'd' && b == 'a' && c == 'y' || a == 'w' && b == 'e' && c == 'e') return true;
    }
    return false;
  }

  private static boolean precededByDigit(String t, int start) {
    return start > 0 && Character.isDigit(t.charAt(start - 1));
  }

  private static boolean overlaps(List<DateMention> found, int start, int end) {
    for (DateMention d : found) if (start < d.end() && d.start() < end) return true;
    return false;
  }

  private static DateMention absolute(Sentence s, int start, int end, String text, Month month, int day, int year) {
    if (day < 1 || day > month.maxLength()) return new DateMention(s.index(), start, end, text, month, DateMention.NONE, year, null, false);
    return new DateMention(s.index(), start, end, text, month, day, year, null, false);
  }

  /** The date a relative phrase means, counted from the anchor; the year stays unknown unless the anchor knows it. */
  static DateMention resolve(DateMention relative, DateMention anchor) {
    Matcher m = RELATIVE.matcher(relative.text());
    if (!m.matches()) return null;
    int days;
    if (m.group(1) != null) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int count = SMALL.containsKey(n) ? SMALL.get(n) : Integer.parseInt(n);
      int unit = m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1;
      days = count * unit * (m.group(3).toLowerCase(Locale.ROOT).startsWith("later") || m.group(3).toLowerCase(Locale.ROOT).startsWith("after") ? 1 : -1);
    } else if (m.group(4) != null) {
      days = m.group(4).equalsIgnoreCase("previous") ? -1 : 1;
    } else {
      days = m.group(5).equalsIgnoreCase("before") ? -1 : 1;
    }
    // A year is needed for the arithmetic only; a leap year keeps February 29 valid.
    int arithmeticYear = anchor.year() == DateMention.NONE ? 2000 : anchor.year();
    LocalDate date = LocalDate.of(arithmeticYear, anchor.month(), anchor.day()).plusDays(days);
    int year = anchor.year() == DateMention.NONE ? DateMention.NONE : date.getYear();
    if (anchor.year() == DateMention.NONE && date.getYear() != arithmeticYear) return null; // across a year end we cannot name it
    return new DateMention(relative.sentence(), relative.start(), relative.end(), relative.text(), date.getMonth(),
        date.getDayOfMonth(), year, null, true);
  }

  static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month mo : Month.values()) {
      if (mo.name().toLowerCase(Locale.ROOT).startsWith(n)) return mo;
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static int year(String text) {
    return text == null ? DateMention.NONE : Integer.parseInt(text);
  }
}
