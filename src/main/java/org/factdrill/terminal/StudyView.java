package org.factdrill.terminal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdrill.study.StudySummary;
import org.jline.utils.AttributedString;

/** What study says around its questions: the plan at the start, the summary at the end, when the next review is. */
public final class StudyView {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private final int width;
  private final ZoneId zone;

  public StudyView(int width, ZoneId zone) {
    this.width = Math.max(10, width);
    this.zone = zone;
  }

  /** "Tue 8 Dec 09:10 (in 10 minutes)" */
  public String when(Instant at, Instant now) {
    return WHEN.withZone(zone).format(at) + " (" + relative(Duration.between(now, at)) + ")";
  }

  static String relative(Duration d) {
    if (d.isNegative() || d.isZero()) return "now";
    long minutes = (d.toSeconds() + 59) / 60;
    if (minutes < 60) return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
    long hours = Math.round(minutes / 60.0);
    if (hours < 36) return "in " + hours + (hours == 1 ? " hour" : " hours");
    long days = Math.round(minutes / 1440.0);
    return "in " + days + (days == 1 ? " day" : " days");
  }

  public List<AttributedString> summary(StudySummary s, boolean left, Instant now) {
    var lines = new ArrayList<AttributedString>();
    lines.add(AttributedString.EMPTY);
    lines.addAll(wrap((left ? "Study session left" : "Study session finished") + ": " + s.reviewed() + (s.reviewed() == 1 ? " review, " : " reviews, ")
        + s.fresh() + " new; " + s.right() + " of " + s.answered() + " right.", Styles.TITLE));
    if (left && s.answered() < s.planned()) {
      int waiting = s.planned() - s.answered();
      lines.addAll(wrap(waiting + " of today's questions " + (waiting == 1 ? "is" : "are") + " still waiting: factdrill study goes on. "
          + "Every answer given is saved.", Styles.HELP));
    }
    lines.addAll(wrap(nextReview(s.nextDue(), now), Styles.HEADER));
    return lines;
  }

  public String nextReview(Optional<Instant> next, Instant now) {
    return next.map(at -> "Next review: " + when(at, now) + ".").orElse("No reviews scheduled.");
  }

  private List<AttributedString> wrap(String text, org.jline.utils.AttributedStyle style) {
    return Wrap.lines(new AttributedString(text, style), width, 2);
  }
}
