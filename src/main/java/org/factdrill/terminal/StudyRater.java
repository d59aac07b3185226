package org.factdrill.terminal;

import java.time.Duration;
import org.factdrill.study.KeptReview;
import org.factdrill.study.Rating;
import org.factdrill.study.ReviewNotKept;
import org.factdrill.study.StudySession;

/** Study's line on the feedback screen: the rating the answer earned, when the question is back, and changing it. */
public final class StudyRater implements Rater {
  private final StudySession study;

  public StudyRater(StudySession study) {
    this.study = study;
  }

  @Override
  public String describe(boolean plain) {
    KeptReview k = study.lastReview().orElseThrow();
    return "Rated " + k.review().rating().label() + " (" + study.lastReason() + "): back " + backIn(k) + ". "
        + (plain ? "To change it, type :again, :hard, :good or :easy at the next prompt."
            : "Keys 1 Again · 2 Hard · 3 Good · 4 Easy change it.");
  }

  @Override
  public String change(int grade) {
    Rating rating = Rating.ofGrade(grade).orElseThrow(() -> new IllegalArgumentException("grade must be 1-4, was " + grade));
    try {
      KeptReview k = study.rerate(rating);
      return "Rating changed to " + k.review().rating().label() + ": back " + backIn(k) + ".";
    } catch (ReviewNotKept e) {
      return "Rating not changed: " + e.getMessage() + ".";
    }
  }

  /** "in 10 minutes", "in 3 days": from the review to the card's next due time. */
  static String backIn(KeptReview k) {
    Duration d = Duration.between(k.review().reviewedAt(), k.review().after().due());
    long minutes = d.toMinutes();
    if (minutes < 60) return "in " + plural(Math.max(1, minutes), "minute");
    if (minutes < 24 * 60) return "in " + plural(Math.round(minutes / 60.0), "hour");
    long days = Math.round(minutes / 1440.0);
    if (days < 60) return "in " + plural(days, "day");
    if (days < 730) return "in " + plural(Math.round(days / 30.4), "month");
    return "in " + plural(Math.round(days / 365.0), "year");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
