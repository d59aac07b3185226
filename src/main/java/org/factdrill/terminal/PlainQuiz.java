package org.factdrill.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.factdrill.grading.AnswerParser;
import org.factdrill.quiz.Hint;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.ResponseNotKept;
import org.jline.utils.AttributedString;

/**
 * The quiz one line at a time, for pipes, scripts and screen readers (and TERM=dumb, NO_COLOR):
 * the question is printed, one answer is read per line, feedback follows. No colour, no cursor
 * movement. The end of input leaves the quiz like :quit; every answer given is already kept.
 */
public final class PlainQuiz {
  private final BufferedReader in;
  private final PrintStream out;
  private final Supplier<Instant> clock;
  private final QuizView view;
  private final Optional<Rater> rater;

  public PlainQuiz(BufferedReader in, PrintStream out, Supplier<Instant> clock, int width) {
    this(in, out, clock, width, QuizView.GO_ON_WITH_RESUME);
  }

  /** @param goOn how a learner who leaves carries on, as the help says it ({@link QuizView#GO_ON_WITH_SAME_COMMAND}) */
  public PlainQuiz(BufferedReader in, PrintStream out, Supplier<Instant> clock, int width, String goOn) {
    this(in, out, clock, width, goOn, Optional.empty());
  }

  /** @param rater study's ratings, printed after each feedback and changed with :again ... :easy */
  public PlainQuiz(BufferedReader in, PrintStream out, Supplier<Instant> clock, int width, String goOn, Optional<Rater> rater) {
    this.in = in;
    this.out = out;
    this.clock = clock;
    this.view = new QuizView(true, width, goOn);
    this.rater = rater;
  }

  /** Runs the quiz to its end or until the learner leaves, then prints the summary. */
  public QuizEnd run(QuizSession session) {
    QuizEnd end = ask(session);
    print(view.summary(session.summary(clock.get()), end == QuizEnd.LEFT));
    return end;
  }

  /** Runs the quiz without printing the quiz summary (study prints its own). */
  public QuizEnd runWithoutSummary(QuizSession session) {
    return ask(session);
  }

  private QuizEnd ask(QuizSession session) {
    boolean atEnd = session.settings().feedback() == QuizSettings.Feedback.AT_END;
    while (!session.finished()) {
      Instant shownAt = clock.get();
      session.shown(shownAt);
      print(view.header(session, session.position() + 1, session.timeLeft(shownAt)));
      print(view.question(session, QuizView.Selection.NONE));
      print(view.howToAnswer(session.current(), session.settings().hintsAllowed()));
      Optional<Response> given = Optional.empty();
      while (given.isEmpty()) {
        out.print(session.timeLeft(clock.get()).map(d -> d.isZero() ? "(time is up) > " : "(" + QuizView.duration(d.plusMillis(999)) + " left) > ").orElse("> "));
        out.flush();
        String line = readLine();
        if (line == null) {
          out.println();
          return QuizEnd.LEFT;
        }
        Optional<InputCommand> command = InputCommand.of(line);
        if (command.isPresent()) {
          switch (command.get()) {
            case QUIT -> {
              return QuizEnd.LEFT;
            }
            case HELP -> print(view.help(session.settings().hintsAllowed()));
            case HINT -> {
              Optional<Hint> hint = session.hint();
              if (hint.isPresent()) {
                print(view.hint(hint.get()));
                if (!hint.get().removed().isEmpty()) print(view.question(session, QuizView.Selection.NONE));
              } else {
                print(view.message(session.settings().hintsAllowed() ? "No more hints for this question." : "Hints are off for this quiz.", Styles.HELP));
              }
            }
            case SKIP -> given = keep(() -> session.skip(clock.get()));
            case SOURCE -> print(view.message(Flow.sourceBeforeAnswering(session), Styles.HELP));
            case AGAIN, HARD, GOOD, EASY -> {
              if (rater.isEmpty()) print(view.message("Ratings are for factdrill study.", Styles.HELP));
              else if (session.position() == 0) print(view.message("Nothing rated yet: answer a question first.", Styles.HELP));
              else print(view.message(rater.get().change(command.get().grade()), Styles.HELP));
            }
            case UNKNOWN -> print(view.message("Unknown command " + line.strip() + "; ? for help.", Styles.ERROR));
          }
          continue;
        }
        AnswerParser.Result parsed = session.parse(line);
        if (parsed instanceof AnswerParser.Result.Invalid invalid) {
          print(view.message("Not an answer: " + invalid.message() + ".", Styles.ERROR));
        } else {
          var answer = ((AnswerParser.Result.Parsed) parsed).answer();
          given = keep(() -> session.answer(answer, clock.get()));
        }
      }
      if (atEnd) {
        print(given.get().isLate() && !given.get().given().isBlank()
            ? view.message("Too late: this answer came after the time limit; it counts as wrong.", Styles.WRONG)
            : List.of(view.answerKept()));
      } else {
        print(view.feedback(given.get()));
      }
      rater.ifPresent(r -> print(view.message(r.describe(true), Styles.HEADER)));
      out.println();
    }
    if (rater.isPresent()) lastRating(rater.get());
    return QuizEnd.FINISHED;
  }

  /** After the last answer, one more prompt: its rating can still be changed (Enter or the end of input finishes). */
  private void lastRating(Rater r) {
    print(view.message("Enter finishes; :again, :hard, :good or :easy changes the last rating first.", Styles.HELP));
    while (true) {
      out.print("> ");
      out.flush();
      String line = readLine();
      if (line == null || line.isBlank()) return;
      Optional<InputCommand> command = InputCommand.of(line);
      if (command.isPresent() && command.get().grade() > 0) print(view.message(r.change(command.get().grade()), Styles.HELP));
      else print(view.message("Every question is answered: Enter finishes, or :again, :hard, :good, :easy.", Styles.HELP));
    }
  }

  /** Gives the answer to the session; if it cannot be kept, says so and lets the learner try again. */
  private Optional<Response> keep(Supplier<Response> giving) {
    try {
      return Optional.of(giving.get());
    } catch (ResponseNotKept e) {
      print(view.message("Your answer was not saved: " + e.getMessage() + ". Answer again, or :quit.", Styles.ERROR));
      return Optional.empty();
    }
  }

  private String readLine() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void print(List<AttributedString> lines) {
    for (AttributedString line : lines) out.println(TerminalText.clean(line.toString()));
    out.flush();
  }
}
