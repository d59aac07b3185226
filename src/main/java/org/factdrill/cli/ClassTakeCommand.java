package org.factdrill.cli;

import java.io.BufferedReader;
import java.io.IOException;
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
import org.factdrill.classroom.ClassSettings;
import org.factdrill.classroom.HandedIn;
import org.factdrill.classroom.PaperCodec;
import org.factdrill.classroom.PaperCodec.QuizFile;
import org.factdrill.classroom.PaperQuestion;
import org.factdrill.classroom.PersonalCodes;
import org.factdrill.classroom.QuestionPaper;
import org.factdrill.classroom.ResultCodec;
import org.factdrill.classroom.Student;
import org.factdrill.grading.Answer;
import org.factdrill.grading.AnswerParser;
import org.factdrill.store.ClassResultStore;
import org.factdrill.store.ClassStoreException;
import org.factdrill.terminal.InputCommand;
import org.factdrill.terminal.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code factdrill class take}: one student answers a class quiz's paper. The paper holds no
 * answers, so nothing is graded here: each answer is committed to the database as it is given
 * (leaving early keeps the attempt, and the same command goes on), and when every question has an
 * answer or a skip the result is sealed (with the student's personal code when the quiz has a
 * roster) and written whole to DIR/&lt;code&gt;/&lt;student&gt;.json for the teacher's report to grade.
 */
@Command(
    name = "take",
    mixinStandardHelpOptions = true,
    description = {
      "Take a class quiz as one student.",
      "One answer per line: a choice by letter, number or text; :skip :quit, ? for help. Your teacher's report grades the answers.",
      "Leaving early keeps your answers; the same command goes on. The result is written to DIR/<quiz code>/ when every question has an answer."
    })
public final class ClassTakeCommand implements Runnable {

  @ParentCommand ClassCommand parent;

  @Parameters(paramLabel = "QUIZ.json", description = "The class quiz file the teacher gave out.")
  Path quizFile;

  @Option(names = "--student", paramLabel = "NAME", required = true, description = "Your name, as your teacher should see it.")
  String name;

  @Option(names = "--id", paramLabel = "ID", description = "Your student id (required when the quiz has a roster).")
  String id;

  @Option(names = "--code", paramLabel = "CODE", description = "Your personal code from your teacher (asked for when the quiz has a roster and it is not given).")
  String code;

  @Option(names = "--results", paramLabel = "DIR", defaultValue = ClassFiles.DEFAULT_RESULTS,
      description = "Folder for results; yours is written to DIR/<quiz code>/ (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(names = "--plain", description = "Read answers as plain lines, with no line editing and no running countdown (for scripts; also when not on a terminal).")
  boolean plain;

  @Override
  public void run() {
    Main main = parent.main;
    QuizFile file = ClassFiles.readQuiz(quizFile);
    if (file instanceof QuizFile.WithAnswers old) {
      throw new CommandFailure(quizFile + ": quiz " + old.quiz().code() + " was made by an earlier factdrill and holds its answers, so it"
          + " can no longer be taken; ask your teacher for a new file (made with: factdrill class create ... -o QUIZ.json --force)");
    }
    QuestionPaper paper = ((QuizFile.Paper) file).paper();
    Student student;
    try {
      student = new Student(name, id);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--student: " + e.getMessage());
    }
    try (AnswerLines lines = answerLines(main)) {
      take(main, paper, student, lines);
    }
  }

  /**
   * On a terminal (unless --plain) lines are edited there and a timed question's prompt counts
   * down while the student types; elsewhere each line is read as it comes.
   */
  private AnswerLines answerLines(Main main) {
    var in = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
    if (plain || !Terminals.interactive(main)) return AnswerLines.plain(in, main.out);
    try {
      return AnswerLines.terminal();
    } catch (IOException | RuntimeException e) {
      return AnswerLines.plain(in, main.out);
    }
  }

  private void take(Main main, QuestionPaper paper, Student student, AnswerLines lines) {
    String personalCode = paper.hasRoster() ? personalCode(main, paper, student, lines) : "";
    String digest = PaperCodec.digest(paper);
    Path folder = results.resolve(paper.code());
    Clock clock = Clock.systemUTC();

    try (ClassResultStore store = openStore(main)) {
      if (!paper.settings().retakes()) refuseSecondAttempt(paper, student, store, folder);
      Optional<ClassResultStore.Unfinished> open = store.unfinished(paper.code(), digest, student.key());
      var given = new ArrayList<HandedIn.Given>();
      String attemptId;
      Instant startedAt;
      if (open.isPresent()) {
        attemptId = open.get().attemptId();
        startedAt = open.get().startedAt();
        given.addAll(open.get().responses());
        main.out.println("Welcome back, " + TerminalText.clean(student.name()) + ": your attempt goes on (" + given.size() + " of "
            + paper.questions().size() + " questions answered).");
      } else {
        attemptId = UUID.randomUUID().toString();
        startedAt = clock.instant();
        store.started(attemptId, paper.code(), digest, student, startedAt);
        main.out.println(TerminalText.clean("Quiz " + paper.code() + " \"" + paper.title() + "\" for " + student.label() + ": "
            + paper.questions().size() + " questions; " + ClassCreateCommand.describe(paper.settings()) + "."));
      }
      boolean finished = new PaperRun(main, lines, clock, paper, student).run(given, g -> store.responded(attemptId, given.size(), g));
      if (!finished) {
        main.out.println("You left before the end; your answers so far are saved on this computer. To go on, run the same command:");
        main.out.println(TerminalText.clean("  factdrill class take " + quizFile + " --student \"" + student.name() + "\""
            + (student.id().isEmpty() ? "" : " --id " + student.id())));
        return;
      }
      Instant finishedAt = clock.instant();
      var attempt = new HandedIn(paper.code(), paper.title(), digest, attemptId, student, startedAt, finishedAt, given);
      String sealed = ResultCodec.write(attempt, personalCode);
      Path out = resultFile(folder, student, paper.settings());
      // The file first: if it cannot be written the attempt stays open and the same command writes it.
      try {
        ClassFiles.writeAtomically(out, sealed, false);
      } catch (CommandFailure e) {
        throw new CommandFailure(e.getMessage() + "; your answers are saved on this computer: run the same command again to hand them in");
      }
      store.handedIn(attemptId, finishedAt, sealed);
      long skipped = given.stream().filter(g -> g.answer() instanceof Answer.Skip).count();
      main.out.println("Handed in: " + given.size() + " answers" + (skipped > 0 ? " (" + skipped + " skipped)" : "")
          + ". Your teacher's report grades them. Your result is in " + out + ".");
    } catch (ClassStoreException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  /** The student's code, from --code or asked for, checked against the paper before any question is shown. */
  private String personalCode(Main main, QuestionPaper paper, Student student, AnswerLines lines) {
    if (student.id().isEmpty()) throw new UsageException("--id: quiz " + paper.code() + " has a roster; give your student id (--id ID)");
    String check = paper.rosterChecks().get(PersonalCodes.rosterEntry(paper.code(), student.id()));
    if (check == null) {
      throw new CommandFailure("student id " + student.id() + " is not on the roster of quiz " + paper.code() + "; check it with your teacher");
    }
    String typed = code;
    if (typed == null) {
      typed = lines.read(() -> "Your personal code (from your teacher): ");
      if (typed == null) throw new CommandFailure("no personal code given; the quiz was not started");
    }
    String normal = PersonalCodes.normalise(typed);
    if (!PersonalCodes.check(paper.code(), student.id(), normal).equals(check)) {
      throw new CommandFailure("that is not the personal code of student id " + student.id()
          + " for quiz " + paper.code() + " (8 letters and digits, e.g. ABCD-EFGH); the quiz was not started");
    }
    return normal;
  }

  private static ClassResultStore openStore(Main main) {
    try {
      return ClassResultStore.open(main.homeDir());
    } catch (ClassStoreException e) {
      throw new CommandFailure(e.getMessage() + "; the quiz was not started");
    }
  }

  /** With retakes off, a quiz handed in (in this computer's database, or in the results folder) is not taken again. */
  private void refuseSecondAttempt(QuestionPaper paper, Student student, ClassResultStore store, Path folder) {
    Optional<Instant> handedIn = store.handedInAt(paper.code(), student.key());
    if (handedIn.isPresent()) {
      String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault()).format(handedIn.get());
      throw new CommandFailure(TerminalText.clean(student.name()) + " already took quiz " + paper.code() + " (handed in " + when
          + "); this quiz allows one attempt. Ask your teacher if you need another.");
    }
    Path file = folder.resolve(student.fileName());
    if (Files.exists(file)) {
      throw new CommandFailure(TerminalText.clean(student.name()) + " already took quiz " + paper.code() + " (the result is in " + file
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

  /** Keeps one answer; if it cannot be kept the answer is not counted and may be given again. */
  interface Keeper {
    void keep(HandedIn.Given given);
  }

  /**
   * The questions one at a time, one answer per line: the prompt, the options lettered in this
   * student's order (matching: left items numbered, right items lettered; ordering: items
   * numbered), a line of input read as the quiz reads it. No verdicts: the paper has no answers.
   */
  static final class PaperRun {
    private final Main main;
    private final AnswerLines lines;
    private final Clock clock;
    private final QuestionPaper paper;
    private final Student student;

    PaperRun(Main main, AnswerLines lines, Clock clock, QuestionPaper paper, Student student) {
      this.main = main;
      this.lines = lines;
      this.clock = clock;
      this.paper = paper;
      this.student = student;
    }

    /** Asks from the first question without an answer; true when every question has one. */
    boolean run(List<HandedIn.Given> given, Keeper keeper) {
      int n = paper.questions().size();
      while (given.size() < n) {
        PaperQuestion q = paper.questions().get(given.size());
        List<String> shown = q.optionsFor(paper.code(), student, paper.settings().shuffleOptions());
        print("");
        print("Question " + (given.size() + 1) + " of " + n + (paper.settings().hasTimeLimit() ? " (" + paper.settings().timeLimitSeconds() + " s)" : ""));
        print(q.prompt());
        show(q, shown);
        print(howToAnswer(q, shown));
        Instant shownAt = clock.instant();
        Optional<Answer> answer = Optional.empty();
        String line = null;
        while (answer.isEmpty()) {
          line = lines.read(() -> prompt(shownAt));
          if (line == null) {
            main.out.println();
            return false;
          }
          Optional<InputCommand> command = InputCommand.of(line);
          if (command.isPresent()) {
            switch (command.get()) {
              case QUIT -> {
                return false;
              }
              case SKIP -> answer = Optional.of(new Answer.Skip());
              case HELP -> print("Answer with a letter, a number or the text; :skip skips the question; :quit leaves (your answers are kept;"
                  + " run the same command to go on).");
              case HINT, SOURCE -> print("There are no hints or sources in a class quiz.");
              case UNKNOWN -> print("Unknown command " + line.strip() + "; ? for help.");
            }
            continue;
          }
          AnswerParser.Result parsed = AnswerParser.parse(q.type(), q.lefts(), shown, line);
          if (parsed instanceof AnswerParser.Result.Invalid invalid) print("Not an answer: " + invalid.message() + ".");
          else answer = Optional.of(((AnswerParser.Result.Parsed) parsed).answer());
        }
        Instant now = clock.instant();
        boolean late = paper.settings().hasTimeLimit() && now.isAfter(shownAt.plusSeconds(paper.settings().timeLimitSeconds()));
        var g = new HandedIn.Given(q.id(), answer.get(), answer.get() instanceof Answer.Skip ? Optional.empty() : Optional.of(now), late);
        try {
          keeper.keep(g);
        } catch (ClassStoreException e) {
          print("Your answer was not saved: " + e.getMessage() + ". Run the same command again to go on.");
          return false;
        }
        given.add(g);
        if (answer.get() instanceof Answer.Skip) print("Skipped.");
        else if (late) print("Too late: you gave " + line.strip() + " after the time limit of " + limit() + " s. It is saved, and counts as wrong.");
        else print("Answer saved.");
      }
      return true;
    }

    private int limit() {
      return paper.settings().timeLimitSeconds();
    }

    /** "> ", and under a time limit the time left to answer the question shown at {@code shownAt}: "(7s left) > ". */
    String prompt(Instant shownAt) {
      if (!paper.settings().hasTimeLimit()) return "> ";
      java.time.Duration left = java.time.Duration.between(clock.instant(), shownAt.plusSeconds(limit()));
      if (left.isNegative() || left.isZero()) return "(time is up) > ";
      return "(" + org.factdrill.terminal.QuizView.duration(left.plusMillis(999)) + " left) > ";
    }

    private void show(PaperQuestion q, List<String> shown) {
      switch (q.type()) {
        case MULTIPLE_CHOICE, MULTI_SELECT, TRUE_FALSE -> {
          for (int i = 0; i < shown.size(); i++) print("  " + letter(i) + ") " + shown.get(i));
        }
        case ORDERING -> {
          for (int i = 0; i < shown.size(); i++) print("  " + (i + 1) + ". " + shown.get(i));
        }
        case MATCHING -> {
          for (int i = 0; i < q.lefts().size(); i++) print("  " + (i + 1) + ". " + q.lefts().get(i));
          for (int i = 0; i < shown.size(); i++) print("  " + letter(i) + ") " + shown.get(i));
        }
        case SHORT_ANSWER -> { }
      }
    }

    private static String howToAnswer(PaperQuestion q, List<String> shown) {
      return switch (q.type()) {
        case MULTIPLE_CHOICE, TRUE_FALSE -> "Answer with a letter (a–" + letter(shown.size() - 1) + "), a number or the text.";
        case MULTI_SELECT -> "Choose all that apply, e.g. \"a c\".";
        case ORDERING -> "Put them in order, e.g. \"2 1 3\".";
        case MATCHING -> "Pair them, e.g. \"1b 2a\".";
        case SHORT_ANSWER -> "Type your answer.";
      } + " :skip :quit, ? for help";
    }

    private static String letter(int i) {
      return i < 26 ? String.valueOf((char) ('a' + i)) : String.valueOf(i + 1);
    }

    /** Every line of the paper goes through the terminal sanitiser: it is text from a file. */
    private void print(String line) {
      main.out.println(TerminalText.clean(line));
      main.out.flush();
    }
  }
}
