package org.factdrill.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.factdrill.classroom.ClassAttempt;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassQuizCodec;
import org.factdrill.classroom.ClassSettings;
import org.factdrill.classroom.ResultCodec;
import org.factdrill.classroom.Student;
import org.factdrill.classroom.StudentResult;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.ResponseNotKept;
import org.factdrill.quiz.ResponseSink;
import org.factdrill.store.ClassResultStore;
import org.factdrill.store.ClassStoreException;
import org.factdrill.terminal.InteractiveQuiz;
import org.factdrill.terminal.PlainQuiz;
import org.factdrill.terminal.QuizEnd;
import org.factdrill.terminal.QuizView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code factdrill class take}: one student takes a class quiz with its settings (their own option
 * order, the time limit, feedback after each question or at the end, no hints). Each answer is
 * committed to the database as it is given; leaving early keeps the attempt open, and the same
 * command takes it up again. When every question has an answer the result is handed in: sealed,
 * written whole to DIR/&lt;code&gt;/&lt;student&gt;.json, and marked in the database.
 */
@Command(
    name = "take",
    mixinStandardHelpOptions = true,
    description = {
      "Take a class quiz as one student.",
      "Interactive on a terminal; otherwise (or with --plain, TERM=dumb, NO_COLOR) one answer per line: a choice by letter, number or text; :skip :source :quit, ? for help.",
      "Leaving early keeps your answers; the same command goes on. The result is written to DIR/<quiz code>/ when every question has an answer."
    })
public final class ClassTakeCommand implements Runnable {

  @ParentCommand ClassCommand parent;

  @Parameters(paramLabel = "QUIZ.json", description = "The class quiz file the teacher gave out.")
  Path quizFile;

  @Option(names = "--student", paramLabel = "NAME", required = true, description = "Your name, as your teacher should see it.")
  String name;

  @Option(names = "--id", paramLabel = "ID", description = "Your student id, if your teacher asked for one.")
  String id;

  @Option(names = "--results", paramLabel = "DIR", defaultValue = ClassFiles.DEFAULT_RESULTS,
      description = "Folder for results; yours is written to DIR/<quiz code>/ (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(names = "--plain", description = "One answer per line, no colour or cursor movement.")
  boolean plain;

  @Override
  public void run() {
    Main main = parent.main;
    ClassQuiz quiz = ClassFiles.readQuiz(quizFile);
    Student student;
    try {
      student = new Student(name, id);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--student: " + e.getMessage());
    }
    String digest = ClassQuizCodec.digest(quiz);
    Path folder = results.resolve(quiz.code());
    Clock clock = Clock.systemUTC();

    try (ClassResultStore store = openStore(main)) {
      if (!quiz.settings().retakes()) refuseSecondAttempt(quiz, student, store, folder);
      List<QuizItem> items = ClassAttempt.items(quiz, student);
      var kept = new ArrayList<StudentResult.Response>();
      Optional<ClassResultStore.Unfinished> open = store.unfinished(quiz.code(), digest, student.key());
      String attemptId;
      Instant startedAt;
      QuizSession session;
      Instant now = clock.instant();
      if (open.isPresent()) {
        attemptId = open.get().attemptId();
        startedAt = open.get().startedAt();
        var earlier = new ArrayList<Response>();
        for (StudentResult.Response r : open.get().responses()) {
          earlier.add(ClassAttempt.sessionResponse(earlier.size(), items.get(earlier.size()), r, startedAt));
          kept.add(r);
        }
        session = QuizSession.resume(attemptId, quiz.title(), items, ClassAttempt.sessionSettings(quiz.settings()), startedAt, earlier, now);
        main.out.println("Welcome back, " + student.name() + ": your attempt goes on (" + earlier.size() + " of "
            + items.size() + " questions answered).");
      } else {
        attemptId = UUID.randomUUID().toString();
        startedAt = now;
        store.started(attemptId, quiz.code(), digest, student, startedAt);
        session = new QuizSession(attemptId, quiz.title(), items, ClassAttempt.sessionSettings(quiz.settings()), startedAt);
        main.out.println("Quiz " + quiz.code() + " \"" + quiz.title() + "\" for " + student.label() + ": " + items.size()
            + " questions; " + ClassCreateCommand.describe(quiz.settings()) + ".");
      }
      session.addSink(new ResponseSink() {
        @Override
        public void responded(QuizSession s, Response response) {
          StudentResult.Response r = ClassAttempt.response(response);
          try {
            store.responded(attemptId, response.position(), r);
          } catch (ClassStoreException e) {
            throw new ResponseNotKept(e.getMessage(), e);
          }
          kept.add(r);
        }
      });

      if (!session.finished()) run(main, session, clock);
      if (!session.finished()) {
        main.out.println("You left before the end; your answers so far are saved on this computer. To go on, run the same command:");
        main.out.println("  factdrill class take " + quizFile + " --student \"" + student.name() + "\"" + (student.id().isEmpty() ? "" : " --id " + student.id()));
        return;
      }
      Instant finishedAt = clock.instant();
      StudentResult result = ClassAttempt.result(quiz, digest, attemptId, student, startedAt, finishedAt, kept);
      String sealed = ResultCodec.write(result, quiz);
      Path file = resultFile(folder, student, quiz.settings());
      // The file first: if it cannot be written the attempt stays open and the same command writes it.
      try {
        ClassFiles.writeAtomically(file, sealed, false);
      } catch (CommandFailure e) {
        throw new CommandFailure(e.getMessage() + "; your answers are saved on this computer: run the same command again to hand them in");
      }
      store.handedIn(attemptId, finishedAt, sealed);
      main.out.println("Handed in: " + formatScore(result.score()) + " of " + result.responses().size() + " ("
          + Math.round(result.percent()) + "%). Your result is in " + file + ".");
    } catch (ClassStoreException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  private static ClassResultStore openStore(Main main) {
    try {
      return ClassResultStore.open(main.homeDir());
    } catch (ClassStoreException e) {
      throw new CommandFailure(e.getMessage() + "; the quiz was not started");
    }
  }

  /** With retakes off, a quiz handed in (in this computer's database, or in the results folder) is not taken again. */
  private void refuseSecondAttempt(ClassQuiz quiz, Student student, ClassResultStore store, Path folder) {
    Optional<Instant> handedIn = store.handedInAt(quiz.code(), student.key());
    if (handedIn.isPresent()) {
      String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault()).format(handedIn.get());
      throw new CommandFailure(student.name() + " already took quiz " + quiz.code() + " (handed in " + when
          + "); this quiz allows one attempt. Ask your teacher if you need another.");
    }
    Path file = folder.resolve(student.fileName());
    if (Files.exists(file)) {
      throw new CommandFailure(student.name() + " already took quiz " + quiz.code() + " (the result is in " + file
          + "); this quiz allows one attempt. Ask your teacher if you need another.");
    }
  }

  /** The student's file; with retakes allowed, the first free one of "-2", "-3"... after it. */
  private static Path resultFile(Path folder, Student student, ClassSettings settings) {
    if (!settings.retakes()) return folder.resolve(student.fileName());
    for (int attempt = 1; ; attempt++) {
      Path file = folder.resolve(student.fileName(attempt));
      if (!Files.exists(file)) return file;
    }
  }

  private QuizEnd run(Main main, QuizSession session, Clock clock) {
    // A class attempt is taken up again by running the same take command, not with quiz --resume.
    String goOn = QuizView.GO_ON_WITH_SAME_COMMAND;
    if (!plain && Terminals.interactive(main)) return InteractiveQuiz.runOnSystemTerminal(session, clock::instant, goOn);
    var reader = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
    // PlainQuiz prints the summary itself.
    return new PlainQuiz(reader, main.out, clock::instant, Terminals.plainWidth(main.env), goOn).run(session);
  }

  private static String formatScore(double score) {
    return score == Math.rint(score) ? Long.toString((long) score) : String.format(Locale.ROOT, "%.1f", score);
  }
}
