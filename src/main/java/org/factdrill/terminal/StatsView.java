package org.factdrill.terminal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.store.Stats;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** `factdrill stats` as text: a table per bank, a chart of quiz scores over time, the weakest kinds and questions. */
public final class StatsView {
  static final int CHART_ROWS = 5;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final int width;
  private final ZoneId zone;

  public StatsView(int width, ZoneId zone) {
    this.width = Math.max(20, width);
    this.zone = zone;
  }

  public List<AttributedString> render(Stats s) {
    var out = new ArrayList<AttributedString>();
    if (s.isEmpty()) {
      out.add(new AttributedString("No scores yet for " + s.user() + ". Take a quiz: factdrill quiz"));
      return out;
    }
    out.add(new AttributedString("Scores for " + s.user(), Styles.TITLE));
    out.add(AttributedString.EMPTY);
    out.add(new AttributedString("Banks", Styles.TITLE));
    for (Stats.BankLine b : s.banks()) {
      String name = b.title().isBlank() ? b.bankId() : b.title();
      out.addAll(Wrap.lines(new AttributedString("  " + name + " (" + b.bankId() + ")"), width, 4));
      out.addAll(Wrap.lines(new AttributedString("    " + b.quizzes() + (b.quizzes() == 1 ? " quiz, " : " quizzes, ") + b.answered()
          + (b.answered() == 1 ? " answer, " : " answers, ") + b.percent() + "% right, last " + DAY.format(b.last().atZone(zone))), width, 4));
    }
    out.add(AttributedString.EMPTY);
    out.addAll(chart(s.quizzes()));
    out.add(AttributedString.EMPTY);
    out.add(new AttributedString("Weakest kinds", Styles.TITLE));
    if (s.weakestKinds().isEmpty()) out.add(new AttributedString("  none missed"));
    for (Stats.KindLine k : s.weakestKinds()) {
      out.addAll(Wrap.lines(new AttributedString("  " + k.kind() + ": " + k.percent() + "% right (" + k.correct() + " of " + k.answered() + ")"), width, 4));
    }
    out.add(AttributedString.EMPTY);
    out.add(new AttributedString("Weakest questions", Styles.TITLE));
    if (s.weakestQuestions().isEmpty()) out.add(new AttributedString("  none missed"));
    for (Stats.QuestionLine q : s.weakestQuestions()) {
      out.addAll(Wrap.lines(new AttributedString("  " + q.prompt()), width, 4));
      out.addAll(Wrap.lines(new AttributedStringBuilder().append("    answer: ").styled(Styles.ANSWER, q.answer())
          .append(" · right " + q.correct() + " of " + q.answered()).toAttributedString(), width, 4));
    }
    return out;
  }

  /** One column per quiz (the latest that fit), height by percentage, axis 0–100%. */
  List<AttributedString> chart(List<Stats.QuizScore> quizzes) {
    var out = new ArrayList<AttributedString>();
    out.add(new AttributedString("Scores over time (% right per quiz, oldest first)", Styles.TITLE));
    int columnsFit = Math.max(1, (width - 6) / 2);
    List<Stats.QuizScore> shown = quizzes.size() > columnsFit ? quizzes.subList(quizzes.size() - columnsFit, quizzes.size()) : quizzes;
    String[] eighths = {" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    for (int row = CHART_ROWS; row >= 1; row--) {
      var line = new AttributedStringBuilder();
      line.append(row == CHART_ROWS ? "100%┤" : row == 1 ? "  0%┤" : "    │");
      for (Stats.QuizScore q : shown) {
        // Each row stands for 20 percentage points, split into eighths for a smoother top.
        double filled = q.percent() / 100.0 * CHART_ROWS - (row - 1);
        int e = (int) Math.round(Math.max(0, Math.min(1, filled)) * 8);
        if (row == 1 && e == 0) e = 1;
        line.styled(Styles.CHART, eighths[e]).append(" ");
      }
      out.add(line.toAttributedString().subSequence(0, line.length() - (shown.isEmpty() ? 0 : 1)));
    }
    var axis = new StringBuilder("    └");
    axis.append("─".repeat(shown.size() * 2));
    out.add(new AttributedString(axis.toString()));
    if (!shown.isEmpty()) {
      String first = DAY.format(shown.get(0).startedAt().atZone(zone));
      String last = DAY.format(shown.get(shown.size() - 1).startedAt().atZone(zone));
      out.addAll(Wrap.lines(new AttributedString("     " + first + (first.equals(last) ? "" : " … " + last) + " · " + shown.size()
          + (shown.size() == 1 ? " quiz" : " quizzes") + ", latest " + shown.get(shown.size() - 1).percent() + "%"
          + (quizzes.size() > shown.size() ? " (" + (quizzes.size() - shown.size()) + " older not shown)" : "")), width, 5));
    }
    return out;
  }
}
