package org.factdrill.facts;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;

/**
 * The article's own timeline: a relative date ("two days later", "the next day") placed against
 * the last day the article named before it ("On March 17 ... Two days later" is March 19). A year
 * the article does not give is never invented: "March 17" stays without one, and so does the day
 * reached from it.
 */
public final class Timeline {

  /** A date as a question shows it and as SUTime writes it ("XXXX-03-19"). */
  public record Day(String text, String normalized) {}

  private static final Pattern OFFSET = Pattern.compile("OFFSET P(-?\\d+)([DW])");
  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

  /** "sentence:start" of each relative date mention to the day it comes to. */
  private final Map<String, Day> resolved = new HashMap<>();
  private final Map<String, Integer> ends = new HashMap<>();
  /** "sentence:start" of each relative date mention to the sentence of the day it counts from. */
  private final Map<String, Integer> anchors = new HashMap<>();

  public Timeline(AnalysedArticle article) {
    Mention anchor = null;
    for (Sentence s : article.sentences()) {
      for (Mention m : s.mentions()) {
        if (!m.type().equals("DATE") || m.normalized() == null) continue;
        if (DAY.matcher(m.normalized()).matches()) {
          anchor = m;
          continue;
        }
        Matcher off = OFFSET.matcher(m.normalized());
        if (anchor == null || !off.matches()) continue;
        int days = Integer.parseInt(off.group(1)) * (off.group(2).equals("W") ? 7 : 1);
        Day day = shift(anchor, days);
        if (day != null) {
          resolved.put(m.sentence() + ":" + m.start(), day);
          ends.put(m.sentence() + ":" + m.start(), m.end());
          anchors.put(m.sentence() + ":" + m.start(), anchor.sentence());
        }
      }
    }
  }

  /** The day a relative date mention comes to, or null. */
  public Day of(Mention m) {
    return resolved.get(m.sentence() + ":" + m.start());
  }

  /** The day a relative date starting at token {@code start} of sentence {@code s} comes to, or null. */
  public Day at(int s, int start) {
    return resolved.get(s + ":" + start);
  }

  /** The sentence of the day a relative date mention counts from ("On March 17 ..." for "Two days later"), or -1. */
  public int anchorOf(Mention m) {
    return anchors.getOrDefault(m.sentence() + ":" + m.start(), -1);
  }

  /** Where that relative date ends (one past its last token). */
  public int endAt(int s, int start) {
    return ends.getOrDefault(s + ":" + start, start);
  }

  /** "March 17" shifted by two days, written the way the article wrote the anchor. */
  static Day shift(Mention anchor, int days) {
    Matcher m = DAY.matcher(anchor.normalized());
    if (!m.matches()) return null;
    boolean yearKnown = !m.group(1).equals("XXXX");
    // a leap year stands in for an unknown one, so that February 29 exists
    int year = yearKnown ? Integer.parseInt(m.group(1)) : 2000;
    LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).plusDays(days);
    if (!yearKnown && d.getYear() != 2000) return null; // across a year the article never names
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String anchorText = anchor.text().replaceFirst("(?i)^(on|the) ", "");
    boolean dayFirst = anchorText.matches("^\\d.*");
    String text = dayFirst ? d.getDayOfMonth() + " " + month : month + " " + d.getDayOfMonth();
    if (yearKnown && anchorText.matches(".*\\d{4}$")) text = text + (dayFirst ? " " : ", ") + d.getYear();
    String norm = (yearKnown ? String.format(Locale.ROOT, "%04d", d.getYear()) : "XXXX")
        + String.format(Locale.ROOT, "-%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    return new Day(text, norm);
  }
}
