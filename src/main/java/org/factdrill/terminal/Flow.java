package org.factdrill.terminal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.factdrill.grading.AnswerParser;
import org.factdrill.questions.QuestionType;
import org.factdrill.quiz.Hint;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.ResponseNotKept;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * What the screens share: the session they drive, the clock, the notes shown under a question
 * (a hint, "not an answer: ..."), and the moves from screen to screen (answer given, command typed,
 * time up, next question). The screens decide what a key means; this decides what follows.
 */
final class Flow {
  final QuizSession session;
  final Supplier<Instant> clock;
  final Optional<Rater> rater;
  final String goOn;
  /** Messages under the question, cleared when the next question is asked. */
  final List<AttributedString> notes = new ArrayList<>();
  private final Supplier<QuizView> view;
  /** A note for the next question (a late answer under feedback at the end). */
  private final List<AttributedString> carried = new ArrayList<>();

  Flow(QuizSession session, Supplier<Instant> clock, Optional<Rater> rater, String goOn, Supplier<QuizView> view) {
    this.session = session;
    this.clock = clock;
    this.rater = rater;
    this.goOn = goOn;
    this.view = view;
  }

  QuizView view() {
    return view.get();
  }

  boolean timed() {
    return session.settings().timeLimit().isPresent();
  }

  /** The screen for the current question; its time starts now. */
  Screen ask() {
    notes.clear();
    notes.addAll(carried);
    carried.clear();
    session.shown(clock.get());
    QuestionType type = session.current().question().type();
    return switch (type) {
      case MULTIPLE_CHOICE, TRUE_FALSE, MULTI_SELECT -> new ChoiceScreen(this);
      case ORDERING -> new OrderScreen(this);
      case SHORT_ANSWER, MATCHING -> new LineScreen(this, "", null);
    };
  }

  /** After the feedback (or straight after an answer when feedback waits for the end). */
  Screen next() {
    return session.finished() ? new Screen.Done(QuizEnd.FINISHED) : ask();
  }

  private Screen answered(Response r) {
    if (session.settings().feedback() == QuizSettings.Feedback.AFTER_EACH) return new FeedbackScreen(this, r);
    if (r.isLate()) {
      carried.addAll(view().message(r.given().isBlank()
          ? "Time ran out on question " + (r.position() + 1) + " with no answer."
          : "Too late: your answer to question " + (r.position() + 1) + " (" + QuizView.clip(r.given(), 80)
              + ") came after the time limit; it counts as wrong.", Styles.WRONG));
    }
    return next();
  }

  /** Gives typed input as the answer; empty (with a note saying why) when it is not one. */
  Optional<Screen> give(String input) {
    AnswerParser.Result parsed = session.parse(input);
    if (parsed instanceof AnswerParser.Result.Invalid invalid) {
      note("Not an answer: " + invalid.message() + ".", Styles.ERROR);
      return Optional.empty();
    }
    var answer = ((AnswerParser.Result.Parsed) parsed).answer();
    return keep(() -> session.answer(answer, clock.get()));
  }

  /** The time limit ran out on a key screen: recorded as no answer, then its feedback. */
  Optional<Screen> tick() {
    Instant now = clock.get();
    if (!session.timeIsUp(now)) return Optional.empty();
    return keep(() -> session.timeUp(now));
  }

  private Optional<Screen> keep(Supplier<Response> giving) {
    try {
      return Optional.of(answered(giving.get()));
    } catch (ResponseNotKept e) {
      note("Your answer was not saved: " + e.getMessage() + ". Answer again, or :quit.", Styles.ERROR);
      return Optional.empty();
    }
  }

  /**
   * A line typed at a question: a command acted on, or an answer given. Empty when the question
   * stays open (a note says what happened).
   */
  Optional<Screen> line(String line) {
    Optional<InputCommand> command = InputCommand.of(line);
    if (command.isEmpty()) return line.isBlank() ? Optional.empty() : give(line);
    switch (command.get()) {
      case QUIT -> {
        return Optional.of(new Screen.Done(QuizEnd.LEFT));
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
      case SOURCE -> note(sourceBeforeAnswering(session), Styles.HELP);
      case AGAIN, HARD, GOOD, EASY -> note(rater.isPresent()
          ? "Change a rating on the feedback screen, with the keys 1–4." : "Ratings are for factdrill study.", Styles.HELP);
      case UNKNOWN -> note("Unknown command " + line.strip() + "; ? for help.", Styles.ERROR);
    }
    return Optional.empty();
  }

  /** What :source says at a question not yet answered: its source would give the answer away. */
  static String sourceBeforeAnswering(QuizSession session) {
    return session.settings().feedback() == QuizSettings.Feedback.AT_END
        ? "Sources are shown at the end of this quiz."
        : "The source sentence of this question is shown after you answer it.";
  }

  void note(String text, AttributedStyle style) {
    notes.addAll(view().message(text, style));
  }

  /** The question on screen: header (with the time left), the question, how to answer, what is typed, notes. */
  List<AttributedString> questionScreen(QuizView v, Instant now, QuizView.Selection sel, String typed) {
    return questionScreen(v, now, sel, typed, true);
  }

  /**
   * The same; {@code countdown} false leaves the time left out of the header, for a line screen,
   * whose prompt shows it (the header is drawn once, the prompt every second).
   */
  List<AttributedString> questionScreen(QuizView v, Instant now, QuizView.Selection sel, String typed, boolean countdown) {
    var screen = new ArrayList<AttributedString>(v.header(session, session.position() + 1,
        countdown ? session.timeLeft(now) : java.util.Optional.empty()));
    screen.addAll(v.question(session, sel));
    screen.add(AttributedString.EMPTY);
    screen.addAll(v.howToAnswer(session.current(), session.settings().hintsAllowed()));
    if (!typed.isEmpty()) screen.addAll(v.message("> " + typed, Styles.PLAIN));
    screen.addAll(notes);
    return screen;
  }
}
