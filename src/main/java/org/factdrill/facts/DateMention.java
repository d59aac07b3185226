package org.factdrill.facts;

import java.time.DayOfWeek;
import java.time.Month;

/**
 * A date in the article: an absolute one ("March 17", "Feb. 8", "June 2009"), a relative one
 * resolved against the article's own timeline ("Two days later" after "On March 17" is March 19),
 * or a day of the week. The year is known only when the article gives it: it is never invented.
 */
public record DateMention(int sentence, int start, int end, String text, Month month, int day, int year,
    DayOfWeek weekday, boolean relative) {

  public static final int NONE = 0;

  public boolean hasDay() {
    return month != null && day != NONE;
  }

  public boolean isWeekday() {
    return weekday != null && month == null;
  }

  public boolean isYearOnly() {
    return month == null && weekday == null && year != NONE;
  }

  /** "March 17", "March 17, 2011", "June 2009", "2012", "Wednesday". */
  public String label() {
    if (isWeekday()) return name(weekday.name());
    if (month == null) return Integer.toString(year);
    String m = name(month.name());
    if (day == NONE) return year == NONE ? m : m + " " + year;
    return m + " " + day + (year == NONE ? "" : ", " + year);
  }

  /** A sortable key for the timeline: year (0 when unknown), month, day. */
  public int sortKey() {
    return year * 10000 + (month == null ? 0 : month.getValue() * 100) + day;
  }

  static String name(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
