package org.factdrill.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole answer as a calendar date in the forms people type: "March 17", "17 March",
 * "March 17th", "Mar. 17", "the 17th of March", "Thursday, March 17, 2011", "3/17", "17/3",
 * "17.3.2011", "2011-03-17". A numeric date whose day could be the month ("4/3") has two readings.
 */
final class Dates {
  private Dates() {}

  /** A date as far as it is given: the month always, the day and year when written. */
  record Day(Integer year, int month, Integer day) {
    /**
     * Whether {@code given} names this date: same month, the same day when this one has a day,
     * and a year that does not contradict (either side may leave the year out).
     */
    boolean acceptsAsSame(Day given) {
      if (given.month != month) return false;
      if (day != null && !day.equals(given.day)) return false;
      return year == null || given.year == null || year.equals(given.year);
    }
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final Set<String> FILLER = Set.of("the", "of", "on", "in", "day", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{4}|\\d{2}))?\\.?");

  /** Every reading of the text as a date; empty when it is not (only) a date. */
  static List<Day> readings(String text) {
    String s = Phrase.fold(text).strip().replaceFirst("^(on|the|on the)\\s+", "");
    var out = new ArrayList<Day>();
    if (s.length() > 60) return out;
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      add(out, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      return out;
    }
    Matcher num = NUMERIC.matcher(s);
    if (num.matches()) {
      int a = Integer.parseInt(num.group(1));
      int b = Integer.parseInt(num.group(2));
      Integer year = num.group(3) == null ? null : year(num.group(3));
      add(out, year, a, b); // month first, as in "3/17"
      if (a != b) add(out, year, b, a); // day first, as in "17/3"
      return out;
    }
    return words(s);
  }

  /** Whether the text reads as a date at all. */
  static boolean isDate(String text) {
    return !readings(text).isEmpty();
  }

  private static List<Day> words(String s) {
    var out = new ArrayList<Day>();
    Integer month = null;
    Integer day = null;
    Integer year = null;
    for (Phrase.Token t : Phrase.of(s).tokens()) {
      if (!t.isNumber()) {
        Integer m = MONTHS.get(t.text());
        if (m != null && month == null) {
          month = m;
        } else if (!FILLER.contains(t.text())) {
          return out;
        }
        continue;
      }
      BigDecimal n = t.number();
      if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(9999)) > 0 || n.stripTrailingZeros().scale() > 0) return out;
      int v = n.intValue();
      if (v >= 1 && v <= 31 && day == null) {
        day = v;
      } else if (v >= 1000 && v <= 2999 && year == null && !t.ordinal()) {
        year = v;
      } else {
        return out;
      }
    }
    if (month != null) add(out, year, month, day);
    return out;
  }

  private static Integer year(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() == 2) y += y < 50 ? 2000 : 1900;
    return y;
  }

  private static void add(List<Day> out, Integer year, int month, Integer day) {
    if (month < 1 || month > 12) return;
    if (day != null && (day < 1 || day > DAYS_IN_MONTH[month - 1])) return;
    out.add(new Day(year, month, day));
  }
}
