package org.factdrill.terminal;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.factdrill.grading.AnswerParser;
import org.factdrill.questions.QuestionType;
import org.factdrill.quiz.Hint;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.ResponseNotKept;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;

/**
 * The quiz on a JLine terminal. Choices are picked with ↑/↓ and Enter or a letter; boxes ticked
 * with Space; ordering items moved (Space picks one up) or the order typed; typed answers and
 * commands use a LineReader (line editing, history). Ctrl-C asks before leaving, Ctrl-D leaves.
 *
 * <p>A small key loop over the terminal (raw mode, {@link BindingReader}, {@link KeyMap}) rather
 * than jline-console-ui: the screen keeps the header, progress bar, hints and feedback around the
 * list, ':' commands work inside it, hints can strike out choices, and Ctrl-C is ours to handle.
 *
 * <p>Screens: ask (choice, ordering or typed), feedback, confirm-leave, summary. Each draws the
 * whole screen from the session, so what is shown is always what the session holds.
 */
public final class InteractiveQuiz {

  enum Key { UP, DOWN, ENTER, SPACE, CHAR, INTERRUPT, EOF, OTHER }

  /** What one screen led to: a response was given, or the learner leaves. */
  private sealed interface Step {
    record Answered(Response response) implements Step {}

    record Leave() implements Step {}
  }

  private final Terminal terminal;
  private final Supplier<Instant> clock;
  private final LineReader lines;
  private final BindingReader keys;
  private final KeyMap<Key> keyMap;
  /** Messages under the question (hint, "not an answer: ..."), cleared when the question changes. */
  private final List<AttributedString> notes = new ArrayList<>();
  /** How a learner who leaves carries on, in the words of the command that runs this quiz. */
  private final String goOn;

  public InteractiveQuiz(Terminal terminal, Supplier<Instant> clock) {
    this(terminal, clock, QuizView.GO_ON_WITH_RESUME);
  }

  /** @param goOn how a learner who leaves carries on ({@link QuizView#GO_ON_WITH_SAME_COMMAND} for a class quiz) */
  public InteractiveQuiz(Terminal terminal, Supplier<Instant> clock, String goOn) {
    this.terminal = terminal;
    this.clock = clock;
    this.goOn = goOn;
    this.lines = LineReaderBuilder.builder()
        .terminal(terminal)
        .history(new DefaultHistory())
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .variable(LineReader.BELL_STYLE, "none")
        .build();
    // Ctrl-C reaches the reader as a key (ISIG is off while the quiz runs): make it interrupt the line.
    lines.getWidgets().put("factdrill-interrupt", () -> {
      throw new UserInterruptException(lines.getBuffer().toString());
    });
    for (String map : List.of(LineReader.EMACS, LineReader.VIINS, LineReader.VICMD)) {
      lines.getKeyMaps().get(map).bind(new Reference("factdrill-interrupt"), KeyMap.ctrl('C'));
    }
    this.keys = new BindingReader(terminal.reader());
    this.keyMap = keyMap(terminal);
  }

  /** Runs the quiz on the process's terminal, restoring it afterwards whatever happens. */
  public static QuizEnd runOnSystemTerminal(QuizSession session, Supplier<Instant> clock) {
    return runOnSystemTerminal(session, clock, QuizView.GO_ON_WITH_RESUME);
  }

  /** The same, saying {@code goOn} where it tells a learner how to carry on after leaving. */
  public static QuizEnd runOnSystemTerminal(QuizSession session, Supplier<Instant> clock, String goOn) {
    try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true).build()) {
      return new InteractiveQuiz(terminal, clock, goOn).run(session);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the terminal", e);
    }
  }

  static KeyMap<Key> keyMap(Terminal terminal) {
    var map = new KeyMap<Key>();
    for (char c = '!'; c <= '~'; c++) map.bind(Key.CHAR, String.valueOf(c));
    map.setUnicode(Key.CHAR);
    map.setNomatch(Key.OTHER);
    map.bind(Key.UP, "\033[A", "\033OA", KeyMap.ctrl('P'));
    map.bind(Key.DOWN, "\033[B", "\033OB", KeyMap.ctrl('N'));
    bindCapability(map, terminal, Key.UP, Capability.key_up);
    bindCapability(map, terminal, Key.DOWN, Capability.key_down);
    map.bind(Key.ENTER, "\r", "\n");
    map.bind(Key.SPACE, " ");
    map.bind(Key.INTERRUPT, KeyMap.ctrl('C'));
    map.bind(Key.EOF, KeyMap.ctrl('D'));
    map.setAmbiguousTimeout(100);
    return map;
  }

  private static void bindCapability(KeyMap<Key> map, Terminal terminal, Key key, Capability cap) {
    String seq = KeyMap.key(terminal, cap);
    if (seq != null && !seq.isEmpty()) map.bind(key, seq);
  }

  public QuizEnd run(QuizSession session) {
    // Raw mode for the whole quiz, so keys typed ahead are neither echoed nor turned into signals;
    // Ctrl-C arrives as a key and is answered with a question, not by killing the process.
    Attributes saved = terminal.enterRawMode();
    try {
      Attributes raw = new Attributes(terminal.getAttributes());
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
      terminal.setAttributes(raw);
      return quiz(session);
    } finally {
      terminal.setAttributes(saved);
      terminal.writer().flush();
    }
  }

  private QuizEnd quiz(QuizSession session) {
    QuizEnd end = QuizEnd.FINISHED;
    while (!session.finished()) {
      notes.clear();
      Step step = ask(session);
      if (step instanceof Step.Leave) {
        end = QuizEnd.LEFT;
        break;
      }
      Response r = ((Step.Answered) step).response();
      if (session.settings().feedback() == QuizSettings.Feedback.AFTER_EACH && !feedback(session, r)) {
        end = QuizEnd.LEFT;
        break;
      }
    }
    draw(view().summary(session.summary(clock.get()), end == QuizEnd.LEFT), false);
    return end;
  }

  private int width() {
    int w = terminal.getWidth();
    return w <= 0 ? 80 : w;
  }

  private QuizView view() {
    return new QuizView(false, width(), goOn);
  }

  private Step ask(QuizSession session) {
    session.shown(clock.get());
    QuestionType type = session.current().question().type();
    return switch (type) {
      case MULTIPLE_CHOICE, TRUE_FALSE, MULTI_SELECT -> choose(session);
      case ORDERING -> order(session);
      case SHORT_ANSWER, MATCHING -> typed(session, "");
    };
  }

  // ---- screens -------------------------------------------------------------------------------

  /** Multiple choice, true/false (a letter answers at once) and multi-select (letters tick). */
  private Step choose(QuizSession session) {
    QuizItem item = session.current();
    boolean many = item.question().type() == QuestionType.MULTI_SELECT;
    boolean trueFalse = item.question().type() == QuestionType.TRUE_FALSE;
    int n = item.shown().size();
    int cursor = nextOpen(session, -1, 1);
    Set<Integer> ticked = new HashSet<>();
    while (true) {
      if (session.removedOptions().contains(cursor)) cursor = nextOpen(session, cursor, 1);
      drawQuestion(session, new QuizView.Selection(cursor, ticked, List.of(), -1));
      Key key = readKey();
      switch (key) {
        case UP -> cursor = nextOpen(session, cursor, -1);
        case DOWN -> cursor = nextOpen(session, cursor, 1);
        case SPACE -> {
          if (many) toggle(ticked, cursor);
        }
        case ENTER -> {
          if (!many) {
            Optional<Step> s = give(session, String.valueOf(cursor + 1));
            if (s.isPresent()) return s.get();
            continue;
          }
          if (ticked.isEmpty()) {
            note("Tick at least one choice with Space (or its letter), then Enter.", Styles.ERROR);
            continue;
          }
          var picked = new ArrayList<String>();
          for (int i : new java.util.TreeSet<>(ticked)) picked.add(String.valueOf(i + 1));
          Optional<Step> s = give(session, String.join(" ", picked));
          if (s.isPresent()) return s.get();
        }
        case INTERRUPT -> {
          if (confirmLeave(session)) return new Step.Leave();
        }
        case EOF -> {
          return new Step.Leave();
        }
        case CHAR -> {
          String c = keys.getLastBinding().toLowerCase(java.util.Locale.ROOT);
          if (c.equals(":") || c.equals("?")) {
            Optional<Step> s = commandLine(session, c);
            if (s.isPresent()) return s.get();
            continue;
          }
          int pick = pickIndex(c, n, trueFalse);
          if (pick < 0) {
            note("Press a letter a–" + QuizView.letter(n - 1) + ", or ↑/↓ and Enter; ':' for a command, '?' for help.", Styles.ERROR);
          } else if (session.removedOptions().contains(pick)) {
            note("That choice was removed by a hint.", Styles.ERROR);
          } else if (many) {
            toggle(ticked, pick);
            cursor = pick;
          } else {
            Optional<Step> s = give(session, String.valueOf(pick + 1));
            if (s.isPresent()) return s.get();
          }
        }
        case OTHER -> { }
      }
    }
  }

  /** Ordering: Space picks an item up and ↑/↓ carry it; Enter answers; a digit starts a typed order. */
  private Step order(QuizSession session) {
    var order = new ArrayList<>(session.current().shown());
    int cursor = 0;
    int grabbed = -1;
    while (true) {
      drawQuestion(session, new QuizView.Selection(cursor, Set.of(), order, grabbed));
      Key key = readKey();
      switch (key) {
        case UP, DOWN -> {
          int to = Math.floorMod(cursor + (key == Key.UP ? -1 : 1), order.size());
          if (grabbed >= 0) {
            order.add(to, order.remove(cursor));
            grabbed = to;
          }
          cursor = to;
        }
        case SPACE -> grabbed = grabbed == cursor ? -1 : cursor;
        case ENTER -> {
          var typed = new ArrayList<String>();
          for (String itemText : order) typed.add(String.valueOf(session.current().shown().indexOf(itemText) + 1));
          Optional<Step> s = give(session, String.join(" ", typed));
          if (s.isPresent()) return s.get();
        }
        case INTERRUPT -> {
          if (confirmLeave(session)) return new Step.Leave();
        }
        case EOF -> {
          return new Step.Leave();
        }
        case CHAR -> {
          String c = keys.getLastBinding();
          if (c.equals(":") || c.equals("?") || Character.isDigit(c.charAt(0))) {
            Optional<Step> s = c.equals(":") || c.equals("?") ? commandLine(session, c) : typedOnce(session, c);
            if (s.isPresent()) return s.get();
          } else {
            note("Type the order (e.g. \"2 1 3\"), or Space to pick an item up and ↑/↓ to move it; Enter answers.", Styles.ERROR);
          }
        }
        case OTHER -> { }
      }
    }
  }

  /** Short answers, cloze and matching: a line with editing and history. */
  private Step typed(QuizSession session, String start) {
    String buffer = start;
    while (true) {
      Optional<Step> s = typedOnce(session, buffer);
      if (s.isPresent()) return s.get();
      buffer = "";
    }
  }

  /** Reads one line (an answer or a command) and acts on it; empty when the question is still open. */
  private Optional<Step> typedOnce(QuizSession session, String start) {
    drawQuestion(session, QuizView.Selection.NONE);
    String line;
    try {
      line = lines.readLine("> ", null, (org.jline.reader.MaskingCallback) null, start);
    } catch (UserInterruptException e) {
      return confirmLeave(session) ? Optional.of(new Step.Leave()) : Optional.empty();
    } catch (EndOfFileException e) {
      return Optional.of(new Step.Leave());
    } catch (IOError e) {
      return Optional.of(new Step.Leave());
    }
    return act(session, line);
  }

  /** ':' or '?' pressed in a key screen: read the rest of the command on a line. */
  private Optional<Step> commandLine(QuizSession session, String first) {
    if (first.equals("?")) return act(session, "?");
    return typedOnce(session, first);
  }

  /** A line typed at any prompt: a command, or an answer to parse. */
  private Optional<Step> act(QuizSession session, String line) {
    Optional<InputCommand> command = InputCommand.of(line);
    if (command.isEmpty()) {
      if (line.isBlank()) return Optional.empty();
      return give(session, line);
    }
    switch (command.get()) {
      case QUIT -> {
        return Optional.of(new Step.Leave());
      }
      case SKIP -> {
        return keep(() -> session.skip(clock.get()));
      }
      case HELP -> notes.addAll(view().help(session.settings().hintsAllowed()));
      case HINT -> {
        Optional<Hint> hint = session.hint();
        if (hint.isPresent()) notes.addAll(view().hint(hint.get()));
        else note(session.settings().hintsAllowed() ? "No more hints for this question." : "Hints are off for this quiz.", Styles.HELP);
      }
      case SOURCE -> {
        if (session.settings().feedback() == QuizSettings.Feedback.AT_END) {
          note("Sources are shown at the end of this quiz.", Styles.HELP);
        } else if (session.last().isPresent()) {
          notes.addAll(view().source(session.last().get().item().question()));
        } else {
          note("The source of a question is shown once you have answered it.", Styles.HELP);
        }
      }
      case UNKNOWN -> note("Unknown command " + line.strip() + "; ? for help.", Styles.ERROR);
    }
    return Optional.empty();
  }

  /** Parses and gives typed input as the answer; a message and empty if it is not one. */
  private Optional<Step> give(QuizSession session, String input) {
    AnswerParser.Result parsed = session.parse(input);
    if (parsed instanceof AnswerParser.Result.Invalid invalid) {
      note("Not an answer: " + invalid.message() + ".", Styles.ERROR);
      return Optional.empty();
    }
    var answer = ((AnswerParser.Result.Parsed) parsed).answer();
    return keep(() -> session.answer(answer, clock.get()));
  }

  private Optional<Step> keep(Supplier<Response> giving) {
    try {
      return Optional.of(new Step.Answered(giving.get()));
    } catch (ResponseNotKept e) {
      note("Your answer was not saved: " + e.getMessage() + ". Answer again, or :quit.", Styles.ERROR);
      return Optional.empty();
    }
  }

  /** Right or wrong, the answer and its source; Enter goes on. False when the learner leaves. */
  private boolean feedback(QuizSession session, Response r) {
    notes.clear();
    QuizView v = view();
    var screen = new ArrayList<AttributedString>(v.header(session, r.position() + 1));
    screen.add(AttributedString.EMPTY);
    screen.addAll(v.message(r.item().question().prompt(), Styles.PROMPT));
    screen.add(AttributedString.EMPTY);
    screen.addAll(v.feedback(r));
    screen.add(AttributedString.EMPTY);
    screen.addAll(v.message(session.finished() ? "Enter: see your results" : "Enter: next question · q or Ctrl-D: leave", Styles.HELP));
    while (true) {
      draw(screen, false);
      Key key = readKey();
      switch (key) {
        case ENTER, SPACE -> {
          return true;
        }
        case EOF -> {
          return false;
        }
        case INTERRUPT -> {
          if (confirmLeave(session)) return false;
        }
        case CHAR -> {
          String c = keys.getLastBinding();
          if (c.equalsIgnoreCase("q")) return false;
          if (c.equals("?") || c.equals(":")) {
            notes.clear();
            screen.addAll(v.message("Enter: next question · q or Ctrl-D: leave (answers are saved; " + goOn + ")", Styles.HELP));
          } else {
            return true;
          }
        }
        default -> { }
      }
    }
  }

  private boolean confirmLeave(QuizSession session) {
    var screen = new ArrayList<AttributedString>(view().header(session));
    screen.add(AttributedString.EMPTY);
    screen.addAll(view().message("Leave the quiz? Your " + session.position() + (session.position() == 1 ? " answer is" : " answers are")
        + " saved; " + goOn + " from here. (y/n)", Styles.PROMPT));
    draw(screen, false);
    while (true) {
      Key key = readKey();
      if (key == Key.EOF || key == Key.INTERRUPT) return true;
      if (key == Key.CHAR) {
        String c = keys.getLastBinding().toLowerCase(java.util.Locale.ROOT);
        if (c.equals("y")) return true;
        if (c.equals("n")) return false;
      }
      if (key == Key.ENTER) return false;
    }
  }

  // ---- drawing and keys ----------------------------------------------------------------------

  private void drawQuestion(QuizSession session, QuizView.Selection sel) {
    QuizView v = view();
    var screen = new ArrayList<AttributedString>(v.header(session));
    screen.addAll(v.question(session, sel));
    screen.add(AttributedString.EMPTY);
    screen.addAll(v.howToAnswer(session.current(), session.settings().hintsAllowed()));
    screen.addAll(notes);
    draw(screen, false);
  }

  private void draw(List<AttributedString> screen, boolean keep) {
    if (!keep) terminal.puts(Capability.clear_screen);
    var w = terminal.writer();
    for (AttributedString line : screen) {
      w.print(TerminalText.clean(line).toAnsi(terminal));
      w.print("\n");
    }
    w.flush();
  }

  private void note(String text, org.jline.utils.AttributedStyle style) {
    notes.addAll(view().message(text, style));
  }

  private Key readKey() {
    try {
      Key key = keys.readBinding(keyMap, null, true);
      return key == null ? Key.EOF : key;
    } catch (EndOfFileException | IOError e) {
      // The terminal went away (closed input, hung-up ssh): leave, every answer is kept.
      return Key.EOF;
    }
  }

  private int nextOpen(QuizSession session, int from, int step) {
    int n = session.current().shown().size();
    for (int k = 1; k <= n; k++) {
      int i = Math.floorMod(from + step * k, n);
      if (!session.removedOptions().contains(i)) return i;
    }
    return Math.max(0, from);
  }

  private static void toggle(Set<Integer> ticked, int i) {
    if (!ticked.remove(i)) ticked.add(i);
  }

  /** A letter (a, b...), a number (1...), or t/f for true/false; -1 if none. */
  static int pickIndex(String c, int n, boolean trueFalse) {
    if (trueFalse && c.equals("t")) return 0;
    if (trueFalse && c.equals("f")) return 1;
    char ch = c.charAt(0);
    if (c.length() == 1 && ch >= 'a' && ch < 'a' + n) return ch - 'a';
    if (c.length() == 1 && ch >= '1' && ch <= '9' && ch - '1' < n) return ch - '1';
    return -1;
  }
}
