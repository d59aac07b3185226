package org.factdrill.terminal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdrill.grading.Verdict;
import org.factdrill.questions.Matching;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.factdrill.quiz.Hint;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.QuizSummary;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.SourceHighlight;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What the quiz screens show, as styled lines at a given width: header, question, feedback,
 * source, hints, help and summary. The same text serves plain mode (styles dropped, marks in
 * words) and the interactive screens (styles kept), so both flows say the same things.
 */
public final class QuizView {
  /** How a self-study quiz left early is taken up again. */
  public static final String GO_ON_WITH_RESUME = "factdrill quiz --resume goes on";
  /** How a class quiz left early is taken up again: the student runs the same take command. */
  public static final String GO_ON_WITH_SAME_COMMAND = "the same command goes on";

  private final boolean plain;
  private final int width;
  private final String goOn;

  /** @param plain no styles and no drawing characters: for pipes, screen readers, TERM=dumb, NO_COLOR */
  public QuizView(boolean plain, int width) {
    this(plain, width, GO_ON_WITH_RESUME);
  }

  /** @param goOn how a learner who leaves carries on, e.g. {@link #GO_ON_WITH_SAME_COMMAND} */
  public QuizView(boolean plain, int width, String goOn) {
    this.plain = plain;
    this.width = Math.max(10, width);
    this.goOn = goOn;
  }


  public int width() {
    return width;
  }

  /** The state of an interactive question: where the cursor is, what is ticked, the items as moved. */
  public record Selection(int cursor, Set<Integer> ticked, List<String> order, int grabbed) {
    public static final Selection NONE = new Selection(-1, Set.of(), List.of(), -1);
  }

  public List<AttributedString> header(QuizSession s) {
    return header(s, Math.min(s.position() + 1, s.size()));
  }

  /** The header while question {@code shownPosition} (1-based) is on screen, e.g. its feedback. */
  public List<AttributedString> header(QuizSession s, int shownPosition) {
    return header(s, shownPosition, Optional.empty());
  }

  /** The header of an open question, with the time left to answer it when the quiz has a limit. */
  public List<AttributedString> header(QuizSession s, int shownPosition, Optional<Duration> timeLeft) {
    var lines = new ArrayList<AttributedString>();
    String score = s.settings().feedback() == QuizSettings.Feedback.AT_END
        ? s.position() + " answered"
        : "score " + formatScore(s.score()) + "/" + s.position();
    lines.addAll(wrap(new AttributedString(s.title(), Styles.TITLE), 2));
    String limit = s.settings().timeLimit().map(d -> " · " + duration(d) + " per question").orElse("");
    lines.addAll(wrap(new AttributedString("Question " + shownPosition + " of " + s.size() + " · " + score + limit, Styles.HEADER), 2));
    if (!plain) lines.add(progressBar(s.position(), s.size()));
    timeLeft.ifPresent(left -> lines.addAll(wrap(new AttributedString(left.isZero()
        ? "Time is up: an answer now counts as wrong."
        : "Time left: " + duration(left.plusMillis(999)), left.toSeconds() < 10 ? Styles.WRONG : Styles.HEADER), 2)));
    return lines;
  }

  AttributedString progressBar(int done, int total) {
    String pct = " " + (total == 0 ? 0 : 100 * done / total) + "%";
    int bar = Math.max(1, width - pct.length() - 2);
    int full = total == 0 ? 0 : (int) Math.round((double) bar * done / total);
    var b = new AttributedStringBuilder();
    b.append("[");
    b.styled(Styles.PROGRESS_DONE, "█".repeat(full));
    b.styled(Styles.PROGRESS_LEFT, "░".repeat(bar - full));
    b.append("]");
    if (width >= bar + 2 + pct.length()) b.append(pct);
    return b.toAttributedString();
  }

  public List<AttributedString> question(QuizSession s, Selection sel) {
    QuizItem item = s.current();
    Question q = item.question();
    var lines = new ArrayList<AttributedString>();
    lines.add(AttributedString.EMPTY);
    lines.addAll(wrap(new AttributedString(q.prompt(), Styles.PROMPT), 0));
    List<String> shown = sel.order().isEmpty() ? item.shown() : sel.order();
    Set<Integer> removed = s.removedOptions();
    switch (q.type()) {
      case MULTIPLE_CHOICE, TRUE_FALSE, MULTI_SELECT -> {
        boolean boxes = q.type() == QuestionType.MULTI_SELECT;
        for (int i = 0; i < shown.size(); i++) {
          var b = new AttributedStringBuilder();
          boolean here = i == sel.cursor();
          b.append(plain ? "  " : here ? "❯ " : "  ");
          if (boxes && !plain) b.append(sel.ticked().contains(i) ? "[x] " : "[ ] ");
          b.styled(Styles.OPTION_KEY, letter(i) + ") ");
          if (removed.contains(i)) {
            b.styled(Styles.REMOVED, shown.get(i));
            if (plain) b.append(" (removed by a hint)");
          } else {
            b.styled(here ? Styles.SELECTED : Styles.PLAIN, shown.get(i));
          }
          lines.addAll(wrap(b.toAttributedString(), plain ? 5 : boxes ? 9 : 5));
        }
      }
      case ORDERING -> {
        for (int i = 0; i < shown.size(); i++) {
          var b = new AttributedStringBuilder();
          boolean here = i == sel.cursor();
          b.append(plain ? "  " : i == sel.grabbed() ? "↕ " : here ? "❯ " : "  ");
          b.styled(Styles.OPTION_KEY, (i + 1) + ". ");
          b.styled(here ? Styles.SELECTED : Styles.PLAIN, shown.get(i));
          lines.addAll(wrap(b.toAttributedString(), 5));
        }
      }
      case MATCHING -> {
        Matching m = (Matching) q;
        for (int i = 0; i < m.lefts().size(); i++) {
          var b = new AttributedStringBuilder();
          b.append("  ");
          b.styled(Styles.OPTION_KEY, (i + 1) + ". ");
          b.append(m.lefts().get(i));
          lines.addAll(wrap(b.toAttributedString(), 5));
        }
        lines.add(new AttributedString(plain ? "  with:" : "  with", Styles.HELP));
        for (int i = 0; i < shown.size(); i++) {
          var b = new AttributedStringBuilder();
          b.append("  ");
          b.styled(Styles.OPTION_KEY, letter(i) + ") ");
          b.append(shown.get(i));
          lines.addAll(wrap(b.toAttributedString(), 5));
        }
      }
      case SHORT_ANSWER -> { }
    }
    return lines;
  }

  /** One line saying how to answer this question in this mode (and, in plain mode, the commands). */
  public List<AttributedString> howToAnswer(QuizItem item, boolean hintsAllowed) {
    int n = item.shown().size();
    String text = switch (item.question().type()) {
      case MULTIPLE_CHOICE, TRUE_FALSE -> plain
          ? "Answer with a letter (a–" + letter(n - 1) + "), a number or the text."
          : "↑/↓ and Enter; or type a letter (a–" + letter(n - 1) + "), a number or the answer, and Enter.";
      case MULTI_SELECT -> plain
          ? "Choose all that apply, e.g. \"a c\"."
          : "Choose all that apply: ↑/↓, Space ticks, Enter answers; or type the letters.";
      case ORDERING -> plain
          ? "Put them in order, e.g. \"2 1 3\"."
          : "Type the order (e.g. \"2 1 3\") and Enter; or Space picks an item up, ↑/↓ move it.";
      case MATCHING -> "Pair them, e.g. \"1b 2a\".";
      case SHORT_ANSWER -> "Type your answer.";
    };
    String commands = (hintsAllowed ? " :hint" : "") + " :skip :source :quit, ? for help";
    return wrap(new AttributedString(text + (plain ? commands : "  ? help"), Styles.HELP), 2);
  }

  public List<AttributedString> feedback(Response r) {
    var lines = new ArrayList<AttributedString>();
    Verdict v = r.verdict();
    String answer = answerText(r.item());
    var b = new AttributedStringBuilder();
    if (r.isLate()) {
      // Said apart from a plain "wrong": the answer may have been right, only too late.
      if (r.given().isBlank()) {
        b.styled(Styles.WRONG, plain ? "Time is up." : "⌛ Time is up").append(plain ? " The answer: " : " — the answer: ").styled(Styles.ANSWER, answer);
      } else {
        b.styled(Styles.WRONG, plain ? "Too late." : "⌛ Too late").append((plain ? " You gave " : " — you gave ") + clip(r.given(), 200)
            + " after the time limit, so it counts as wrong" + (plain ? ". The answer: " : "; the answer: ")).styled(Styles.ANSWER, answer);
      }
      lines.addAll(wrap(b.toAttributedString(), 2));
      lines.addAll(source(r.item().question()));
      return lines;
    }
    switch (v.outcome()) {
      case CORRECT -> b.styled(Styles.CORRECT, plain ? "Correct." : "✓ Correct");
      case ALMOST -> b.styled(Styles.ALMOST, (plain ? "Accepted" : "≈ Accepted") + (v.note().isEmpty() ? "" : " (" + v.note() + ")")
          + (plain ? "." : "")).append(plain ? " The answer: " : " — the answer: ").styled(Styles.ANSWER, answer);
      case WRONG -> b.styled(Styles.WRONG, plain ? "Wrong." : "✗ Wrong").append(plain ? " The answer: " : " — the answer: ").styled(Styles.ANSWER, answer);
      case SKIPPED -> b.styled(Styles.SKIPPED, plain ? "Skipped." : "→ Skipped").append(plain ? " The answer: " : " — the answer: ").styled(Styles.ANSWER, answer);
    }
    lines.addAll(wrap(b.toAttributedString(), 2));
    if (!v.note().isEmpty() && v.outcome() != Verdict.Outcome.ALMOST) lines.addAll(wrap(new AttributedString("  (" + v.note() + ")", Styles.HELP), 4));
    if (!r.isCorrect() && !r.given().isBlank()) {
      lines.addAll(wrap(new AttributedString("  You gave: " + clip(r.given(), 200), Styles.HELP), 4));
    }
    lines.addAll(source(r.item().question()));
    return lines;
  }

  /** After an answer under AT_END feedback: only that it was kept. */
  public AttributedString answerKept() {
    return new AttributedString("Answer saved.", Styles.HELP);
  }

  public List<AttributedString> source(Question q) {
    String text = q.source().text();
    var b = new AttributedStringBuilder();
    b.append("Source: ");
    int at = 0;
    for (SourceHighlight.Span span : SourceHighlight.spans(q)) {
      b.styled(Styles.SOURCE, text.substring(at, span.start()));
      if (plain) b.append("*").append(text, span.start(), span.end()).append("*");
      else b.styled(Styles.SOURCE_ANSWER, text.substring(span.start(), span.end()));
      at = span.end();
    }
    b.styled(Styles.SOURCE, text.substring(at));
    return wrap(b.toAttributedString(), 2);
  }

  public List<AttributedString> hint(Hint h) {
    return wrap(new AttributedString("Hint: " + h.text(), Styles.HINT), 2);
  }

  public List<AttributedString> message(String text, AttributedStyle style) {
    return wrap(new AttributedString(text, style), 2);
  }

  public List<AttributedString> help(boolean hintsAllowed) {
    var lines = new ArrayList<AttributedString>();
    var h = new ArrayList<String>();
    if (!plain) {
      h.add("↑/↓ move, Enter answers; a letter, a number or the answer typed, then Enter, answers too");
      h.add("Space ticks a box (choose all that apply) or picks up an item to move (order)");
    }
    if (hintsAllowed) h.add(":hint   a hint (first letter, or wrong choices removed)");
    h.add(":skip   skip this question");
    h.add(":source the sentence the question comes from (shown once you have answered)");
    h.add(":quit   leave; your answers are saved (" + (plain ? "end of input" : "Ctrl-D") + " too); " + goOn);
    h.add("?       this help");
    for (String line : h) lines.addAll(wrap(new AttributedString(line, Styles.HELP), 8));
    return lines;
  }

  public List<AttributedString> summary(QuizSummary s, boolean left) {
    var lines = new ArrayList<AttributedString>();
    lines.add(AttributedString.EMPTY);
    lines.addAll(wrap(new AttributedString((left ? "Quiz left: " : "Quiz finished: ") + s.title(), Styles.TITLE), 2));
    lines.addAll(wrap(new AttributedString("Score: " + formatScore(s.score()) + " of " + s.answered() + " (" + s.percent() + "%)"
        + (s.complete() ? "" : " · " + s.answered() + " of " + s.questions() + " questions answered")
        + " · time " + duration(s.timeTaken())
        + (s.skipped() > 0 ? " · " + s.skipped() + " skipped" : "")
        + (s.hintsUsed() > 0 ? " · " + s.hintsUsed() + (s.hintsUsed() == 1 ? " hint" : " hints") : ""), Styles.HEADER), 2));
    if (s.answered() > 0) {
      lines.addAll(tallies("By type", s.byType()));
      lines.addAll(tallies("By kind", s.byKind()));
    }
    if (!s.missed().isEmpty()) {
      lines.add(new AttributedString("Missed:", Styles.TITLE));
      int i = 1;
      for (Response r : s.missed()) {
        lines.addAll(wrap(new AttributedString("  " + i++ + ". " + r.item().question().prompt()), 5));
        var b = new AttributedStringBuilder().append("     answer: ").styled(Styles.ANSWER, answerText(r.item()));
        if (!r.given().isBlank()) b.append(" · you gave: " + clip(r.given(), 80));
        if (r.isSkipped()) b.append(" · skipped");
        lines.addAll(wrap(b.toAttributedString(), 7));
      }
    }
    return lines;
  }

  private List<AttributedString> tallies(String label, Map<String, QuizSummary.Tally> tallies) {
    var b = new AttributedStringBuilder().styled(Styles.TITLE, label + ":");
    for (var e : tallies.entrySet()) {
      b.append(" ").append(e.getKey()).append(" ").append(e.getValue().correct() + "/" + e.getValue().answered());
      b.append(";");
    }
    String text = b.toString();
    if (text.endsWith(";")) b.setLength(b.length() - 1);
    return wrap(b.toAttributedString(), 2);
  }

  /** The correct answer in the words of the options as shown (letters for matching refer to the screen). */
  static String answerText(QuizItem item) {
    if (item.question().type() == QuestionType.TRUE_FALSE) return item.question().answerText().equals("true") ? "True" : "False";
    return item.question().answerText();
  }

  static String letter(int i) {
    return i < 26 ? String.valueOf((char) ('a' + i)) : String.valueOf(i + 1);
  }

  static String formatScore(double score) {
    return score == Math.rint(score) ? String.valueOf((long) score) : String.format(java.util.Locale.ROOT, "%.1f", score);
  }

  public static String duration(Duration d) {
    long s = d.toSeconds();
    if (s < 60) return s + "s";
    if (s < 3600) return s / 60 + "m " + s % 60 + "s";
    return s / 3600 + "h " + s % 3600 / 60 + "m";
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " characters)";
  }

  private List<AttributedString> wrap(AttributedString text, int indent) {
    return Wrap.lines(text, width, indent);
  }
}
