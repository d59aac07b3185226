package org.factdrill.terminal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * One screen of a quiz or study session on a terminal: it draws itself, says how its input is read
 * (single keys, or a line with editing), and turns each event into the next screen (itself,
 * changed, or another). {@link InteractiveQuiz} owns the loop; a screen never touches the terminal,
 * so a test can drive one with events and read what it draws.
 */
interface Screen {
  /** The whole screen, as it is now. */
  List<AttributedString> render(QuizView view, Instant now);

  /** A line to read with editing and history (typed answers, ':' commands); empty: single keys. */
  default Optional<LineRequest> line() {
    return Optional.empty();
  }

  /** Whether the screen wants a {@link Event.Tick} every second while it waits for a key (a countdown). */
  default boolean ticks() {
    return false;
  }

  /** The screen after {@code event}. */
  Screen on(Event event);

  /** How a line is asked for: the prompt and what the line starts with. */
  record LineRequest(String prompt, String start) {}

  /** The quiz is over: answered to the end, or left. Drawing it is the dispatcher's (the summary). */
  record Done(QuizEnd end) implements Screen {
    @Override
    public List<AttributedString> render(QuizView view, Instant now) {
      return List.of();
    }

    @Override
    public Screen on(Event event) {
      return this;
    }
  }

  /** What a screen reacts to. */
  sealed interface Event {
    /** A key: its kind and, for {@link Key#CHAR}, the character. */
    record Press(Key key, String text) implements Event {}

    /** A line entered on a line screen. */
    record Line(String text) implements Event {}

    /** A second passed with no key (countdowns). */
    record Tick() implements Event {}

    static Press key(Key key) {
      return new Press(key, "");
    }

    static Press chars(String c) {
      return new Press(Key.CHAR, c);
    }
  }

  /** The keys the screens tell apart. INTERRUPT is Ctrl-C; EOF is Ctrl-D or the input closing. */
  enum Key { UP, DOWN, ENTER, SPACE, BACKSPACE, CHAR, INTERRUPT, EOF, OTHER }
}
