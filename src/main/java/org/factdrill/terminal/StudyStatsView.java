package org.factdrill.terminal;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.study.CardState;
import org.factdrill.study.StudyStats;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** The study part of `factdrill stats`: a bar per day of the forecast, true retention against the target, cards by state. */
public final class StudyStatsView {
  private final int width;

  public StudyStatsView(int width) {
    this.width = Math.max(30, width);
  }

  public List<AttributedString> render(StudyStats s) {
    var out = new ArrayList<AttributedString>();
    out.add(new AttributedString("Study", Styles.TITLE));
    if (s.isEmpty()) {
      out.add(new AttributedString("  Nothing studied yet. Start: factdrill study"));
      return out;
    }
    out.add(new AttributedString("  Due in the next days", Styles.TITLE));
    int most = s.forecast().stream().mapToInt(Integer::intValue).max().orElse(0);
    int room = Math.max(5, width - 22);
    for (int i = 0; i < s.forecast().size(); i++) {
      String day = i == 0 ? "today" : i == 1 ? "tomorrow" : s.today().plusDays(i).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          + " " + s.today().plusDays(i).getDayOfMonth();
      int n = s.forecast().get(i);
      int bar = most == 0 ? 0 : (int) Math.ceil((double) room * n / most);
      out.add(new AttributedStringBuilder().append(String.format(Locale.ROOT, "  %-9s %4d ", day, n))
          .styled(Styles.CHART, "█".repeat(bar)).toAttributedString());
    }
    StudyStats.Retention r = s.retention();
    String retention = r.reviews() == 0
        ? "  Retention: no reviews of learned questions yet (target " + percent(r.target()) + ")."
        : "  Retention: " + percent(r.rate()) + " of " + r.reviews() + (r.reviews() == 1 ? " review" : " reviews")
            + " recalled (target " + percent(r.target()) + "; FSRS predicted " + percent(r.predicted()) + ").";
    out.addAll(Wrap.lines(new AttributedString(retention), width, 4));
    var states = new StringBuilder("  Cards: ");
    s.unstudied().ifPresent(n -> states.append(n).append(" new, "));
    states.append(s.states().get(CardState.LEARNING)).append(" learning, ")
        .append(s.states().get(CardState.REVIEW)).append(" review, ")
        .append(s.states().get(CardState.RELEARNING)).append(" relearning.");
    out.addAll(Wrap.lines(new AttributedString(states.toString()), width, 4));
    return out;
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
