package org.factdrill.terminal;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.factdrill.quiz.QuizSession;
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
import org.jline.utils.NonBlockingReader;

/**
 * The quiz (and study) on a JLine terminal: the dispatcher of the {@link Screen}s. It draws the
 * current screen, reads what that screen asks for (a key, or a line with editing and history),
 * hands it over as an event and takes the screen that follows, until a screen says the quiz is
 * done; then it draws the summary. All flow lives in the screens; all terminal I/O here.
 *
 * <p>A small key loop over the terminal (raw mode, {@link BindingReader}, {@link KeyMap}) rather
 * than jline-console-ui: the screen keeps the header, progress bar, hints and feedback around the
 * list, ':' commands work inside it, hints can strike out choices, and Ctrl-C is ours to handle.
 */
public final class InteractiveQuiz {

  private final Terminal terminal;
  private final Supplier<Instant> clock;
  private final LineReader lines;
  private final BindingReader keys;
  private final KeyMap<Screen.Key> keyMap;
  /** How a learner who leaves carries on, in the words of the command that runs this quiz. */
  private final String goOn;
  private final Optional<Rater> rater;

  public InteractiveQuiz(Terminal terminal, Supplier<Instant> clock) {
    this(terminal, clock, QuizView.GO_ON_WITH_RESUME);
  }

  /** @param goOn how a learner who leaves carries on ({@link QuizView#GO_ON_WITH_SAME_COMMAND} for a class quiz) */
  public InteractiveQuiz(Terminal terminal, Supplier<Instant> clock, String goOn) {
    this(terminal, clock, goOn, Optional.empty());
  }

  /** @param rater study's ratings on the feedback screen (empty for a quiz) */
  public InteractiveQuiz(Terminal terminal, Supplier<Instant> clock, String goOn, Optional<Rater> rater) {
    this.terminal = terminal;
    this.clock = clock;
    this.goOn = goOn;
    this.rater = rater;
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
    return runOnSystemTerminal(session, clock, goOn, Optional.empty(), null);
  }

  /**
   * The same with study's rater, and {@code summary} drawing the last screen (given how the
   * session ended and the terminal's width) instead of the quiz summary (null: the quiz summary).
   */
  public static QuizEnd runOnSystemTerminal(QuizSession session, Supplier<Instant> clock, String goOn, Optional<Rater> rater,
      BiFunction<QuizEnd, Integer, List<AttributedString>> summary) {
    try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true).build()) {
      return new InteractiveQuiz(terminal, clock, goOn, rater).run(session, summary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the terminal", e);
    }
  }

  static KeyMap<Screen.Key> keyMap(Terminal terminal) {
    var map = new KeyMap<Screen.Key>();
    for (char c = '!'; c <= '~'; c++) map.bind(Screen.Key.CHAR, String.valueOf(c));
    map.setUnicode(Screen.Key.CHAR);
    map.setNomatch(Screen.Key.OTHER);
    map.bind(Screen.Key.UP, "\033[A", "\033OA", KeyMap.ctrl('P'));
    map.bind(Screen.Key.DOWN, "\033[B", "\033OB", KeyMap.ctrl('N'));
    bindCapability(map, terminal, Screen.Key.UP, Capability.key_up);
    bindCapability(map, terminal, Screen.Key.DOWN, Capability.key_down);
    map.bind(Screen.Key.ENTER, "\r", "\n");
    map.bind(Screen.Key.SPACE, " ");
    map.bind(Screen.Key.BACKSPACE, "\177", KeyMap.ctrl('H'));
    map.bind(Screen.Key.INTERRUPT, KeyMap.ctrl('C'));
    map.bind(Screen.Key.EOF, KeyMap.ctrl('D'));
    map.setAmbiguousTimeout(100);
    return map;
  }

  private static void bindCapability(KeyMap<Screen.Key> map, Terminal terminal, Screen.Key key, Capability cap) {
    String seq = KeyMap.key(terminal, cap);
    if (seq != null && !seq.isEmpty()) map.bind(key, seq);
  }

  public QuizEnd run(QuizSession session) {
    return run(session, null);
  }

  /** Runs the screens to the end; {@code summary} (null: the quiz's) is drawn last. */
  public QuizEnd run(QuizSession session, BiFunction<QuizEnd, Integer, List<AttributedString>> summary) {
    // Raw mode for the whole quiz, so keys typed ahead are neither echoed nor turned into signals;
    // Ctrl-C arrives as a key and is answered with a question, not by killing the process.
    Attributes saved = terminal.enterRawMode();
    try {
      Attributes raw = new Attributes(terminal.getAttributes());
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
      terminal.setAttributes(raw);
      QuizEnd end = loop(session);
      draw(summary != null ? summary.apply(end, width()) : view().summary(session.summary(clock.get()), end == QuizEnd.LEFT));
      return end;
    } finally {
      terminal.setAttributes(saved);
      terminal.writer().flush();
    }
  }

  private QuizEnd loop(QuizSession session) {
    var flow = new Flow(session, clock, rater, goOn, this::view);
    Screen screen = session.finished() ? new Screen.Done(QuizEnd.FINISHED) : flow.ask();
    while (!(screen instanceof Screen.Done done)) {
      draw(screen.render(view(), clock.get()));
      Optional<Screen.LineRequest> line = screen.line();
      Screen.Event event = line.isPresent() ? readLine(line.get(), session) : readKey(screen.ticks());
      screen = screen.on(event);
    }
    return done.end();
  }

  private int width() {
    int w = terminal.getWidth();
    return w <= 0 ? 80 : w;
  }

  private QuizView view() {
    return new QuizView(false, width(), goOn);
  }

  private void draw(List<AttributedString> screen) {
    terminal.puts(Capability.clear_screen);
    var w = terminal.writer();
    for (AttributedString line : screen) {
      w.print(TerminalText.clean(line).toAnsi(terminal));
      w.print("\n");
    }
    w.flush();
  }

  /** A key; with {@code ticking}, a tick when a second passes first (the countdown is redrawn). */
  private Screen.Event readKey(boolean ticking) {
    try {
      if (ticking) {
        int peek = terminal.reader().peek(1000);
        if (peek == NonBlockingReader.READ_EXPIRED) return new Screen.Event.Tick();
      }
      Screen.Key key = keys.readBinding(keyMap, null, true);
      if (key == null) return Screen.Event.key(Screen.Key.EOF);
      return key == Screen.Key.CHAR ? Screen.Event.chars(keys.getLastBinding()) : Screen.Event.key(key);
    } catch (EndOfFileException | IOError | IOException e) {
      // The terminal went away (closed input, hung-up ssh): leave, every answer is kept.
      return Screen.Event.key(Screen.Key.EOF);
    }
  }

  /**
   * A line, with editing and history. Under a time limit the prompt shows the time left, redrawn
   * every second while the line is edited.
   */
  private Screen.Event readLine(Screen.LineRequest request, QuizSession session) {
    ScheduledExecutorService countdown = null;
    String prompt = request.prompt();
    if (session.settings().timeLimit().isPresent()) {
      prompt = timedPrompt(session, request.prompt());
      String base = request.prompt();
      countdown = TickingPrompt.start(lines, () -> timedPrompt(session, base));
    }
    try {
      return new Screen.Event.Line(lines.readLine(prompt, null, (org.jline.reader.MaskingCallback) null, request.start()));
    } catch (UserInterruptException e) {
      return Screen.Event.key(Screen.Key.INTERRUPT);
    } catch (EndOfFileException | IOError e) {
      return Screen.Event.key(Screen.Key.EOF);
    } finally {
      if (countdown != null) countdown.shutdownNow();
    }
  }

  private String timedPrompt(QuizSession session, String base) {
    Optional<Duration> left = session.timeLeft(clock.get());
    return left.map(d -> d.isZero() ? "(time is up) " + base : "(" + QuizView.duration(d.plusMillis(999)) + " left) " + base).orElse(base);
  }
}
