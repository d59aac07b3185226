package org.factdrill.terminal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.questions.QuestionType;
import org.factdrill.quiz.ChoiceNames;
import org.jline.utils.AttributedString;

/**
 * Multiple choice, true/false and choose-all-that-apply. ↑/↓ move, Enter answers the choice under
 * the cursor (or the boxes ticked, Space ticking them). Typed keys collect into a line shown under
 * the question, which Enter gives as the answer: a letter or a number names one choice (the cursor
 * goes to it as it is typed), anything longer is read as text ("Ban" for "Ban Ki-moon"), so typing
 * an answer never picks choices letter by letter.
 */
final class ChoiceScreen implements Screen {
  private final Flow flow;
  private final boolean many;
  private final boolean trueFalse;
  private int cursor;
  private final Set<Integer> ticked = new HashSet<>();
  private String typed = "";

  ChoiceScreen(Flow flow) {
    this.flow = flow;
    QuestionType type = flow.session.current().question().type();
    this.many = type == QuestionType.MULTI_SELECT;
    this.trueFalse = type == QuestionType.TRUE_FALSE;
    this.cursor = nextOpen(-1, 1);
  }

  @Override
  public List<AttributedString> render(QuizView view, Instant now) {
    if (flow.session.removedOptions().contains(cursor)) cursor = nextOpen(cursor, 1);
    return flow.questionScreen(view, now, new QuizView.Selection(cursor, ticked, List.of(), -1), typed);
  }

  @Override
  public boolean ticks() {
    return flow.timed();
  }

  @Override
  public Screen on(Event event) {
    if (event instanceof Event.Tick) {
      // Time up with something typed: it is given (and shown as too late), not lost.
      if (!typed.isEmpty() && flow.session.timeIsUp(flow.clock.get())) {
        String line = typed;
        typed = "";
        return flow.give(line).orElseGet(() -> flow.tick().orElse(this));
      }
      return flow.tick().orElse(this);
    }
    if (!(event instanceof Event.Press press)) return this;
    switch (press.key()) {
      case UP, DOWN -> {
        typed = "";
        cursor = nextOpen(cursor, press.key() == Key.UP ? -1 : 1);
      }
      case SPACE -> {
        if (!typed.isEmpty()) typed += " ";
        else if (many) toggle(cursor);
      }
      case BACKSPACE -> {
        if (!typed.isEmpty()) typed = typed.substring(0, typed.length() - 1);
      }
      case ENTER -> {
        return enter();
      }
      case INTERRUPT -> {
        return new LeaveScreen(flow, this);
      }
      case EOF -> {
        return new Done(QuizEnd.LEFT);
      }
      case CHAR -> {
        return typedKey(press.text());
      }
      case OTHER -> { }
    }
    return this;
  }

  private Screen enter() {
    if (!typed.isEmpty()) {
      String line = typed;
      typed = "";
      int pick = pickIndex(line.toLowerCase(Locale.ROOT), flow.session.current().shown().size(), trueFalse);
      if (pick >= 0 && flow.session.removedOptions().contains(pick)) {
        flow.note("That choice was removed by a hint.", Styles.ERROR);
        return this;
      }
      if (pick < 0 && !many && !trueFalse && line.strip().length() > 1 && !line.strip().matches("[0-9]+")
          && ChoiceNames.count(flow.session.current().question(), flow.session.current().shown(), line) != 1) {
        flow.note("\"" + line.strip() + "\" is not one of the choices: type a letter, a number or a choice's words, then Enter.",
            Styles.ERROR);
        return this;
      }
      return flow.give(line).orElse(this);
    }
    if (!many) return flow.give(String.valueOf(cursor + 1)).orElse(this);
    if (ticked.isEmpty()) {
      flow.note("Tick at least one choice with Space, or type the letters; then Enter.", Styles.ERROR);
      return this;
    }
    var picked = new ArrayList<String>();
    for (int i : new TreeSet<>(ticked)) picked.add(String.valueOf(i + 1));
    return flow.give(String.join(" ", picked)).orElse(this);
  }

  private Screen typedKey(String c) {
    if (typed.isEmpty() && c.equals(":")) return new LineScreen(flow, ":", this);
    if (typed.isEmpty() && c.equals("?")) {
      flow.notes.addAll(flow.view().help(flow.session.settings().hintsAllowed()));
      return this;
    }
    typed += c;
    // The cursor follows what is typed: one letter or number names a choice; more is the start of
    // one choice's text. Enter answers with what is typed either way.
    int pick = typed.length() == 1
        ? pickIndex(typed.toLowerCase(Locale.ROOT), flow.session.current().shown().size(), trueFalse)
        : onlyChoiceStartingWith(typed);
    if (pick >= 0 && !flow.session.removedOptions().contains(pick)) cursor = pick;
    return this;
  }

  private int onlyChoiceStartingWith(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    List<String> shown = flow.session.current().shown();
    int found = -1;
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).toLowerCase(Locale.ROOT).startsWith(t)) {
        if (found >= 0) return -1;
        found = i;
      }
    }
    return found;
  }

  /** What has been typed so far (tests read it). */
  String typed() {
    return typed;
  }

  int cursor() {
    return cursor;
  }

  private void toggle(int i) {
    if (!ticked.remove(i)) ticked.add(i);
  }

  private int nextOpen(int from, int step) {
    int n = flow.session.current().shown().size();
    for (int k = 1; k <= n; k++) {
      int i = Math.floorMod(from + step * k, n);
      if (!flow.session.removedOptions().contains(i)) return i;
    }
    return Math.max(0, from);
  }

  /** A letter (a, b...), a number (1...), or t/f for true/false; -1 if none. */
  static int pickIndex(String c, int n, boolean trueFalse) {
    if (c.length() != 1) return -1;
    if (trueFalse && c.equals("t")) return 0;
    if (trueFalse && c.equals("f")) return 1;
    char ch = c.charAt(0);
    if (ch >= 'a' && ch < 'a' + n) return ch - 'a';
    if (ch >= '1' && ch <= '9' && ch - '1' < n) return ch - '1';
    return -1;
  }
}
