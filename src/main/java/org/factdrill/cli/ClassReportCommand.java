package org.factdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.factdrill.classroom.ClassFileException;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassKey;
import org.factdrill.classroom.HandedIn;
import org.factdrill.classroom.Marking;
import org.factdrill.classroom.PaperCodec;
import org.factdrill.classroom.QuestionPaper;
import org.factdrill.classroom.Student;
import org.factdrill.terminal.TerminalText;
import org.factdrill.classroom.ClassReport;
import org.factdrill.classroom.Gradebook;
import org.factdrill.classroom.ReportJson;
import org.factdrill.classroom.ReportText;
import org.factdrill.classroom.ResultCodec;
import org.factdrill.classroom.StudentResult;
import org.factdrill.store.ClassResultStore;
import org.factdrill.store.ClassStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code factdrill class report}: gathers the results of a class quiz (the files collected in
 * DIR/&lt;code&gt;/ and DIR itself, and the attempts kept in this machine's database), checks each
 * one's seal, and prints the roster, grades and item analysis; optionally the CSV gradebook.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Grades and item analysis of a class quiz.",
      "Reads the result files in DIR/<quiz code>/ (and DIR/), and the attempts kept in this machine's database.",
      "Grades the answers each result holds against the answer key (never a score a file claims).",
      "A result that was edited, handed in without the student's personal code, or incomplete is refused, named, and not counted (exit code 1);",
      "second attempts are flagged; results of another quiz, and files that are no results, are set aside."
    })
public final class ClassReportCommand implements Runnable {

  @ParentCommand ClassCommand parent;

  @Parameters(paramLabel = "QUIZ.json", description = "The class quiz file.")
  Path quizFile;

  @Option(names = "--results", paramLabel = "DIR", defaultValue = ClassFiles.DEFAULT_RESULTS,
      description = "Folder the results were collected in (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the gradebook as CSV (student, id, score, percent, one column per question).")
  Path csv;

  @Option(names = "--json", description = "Print the report as one JSON object instead of text.")
  boolean json;

  @Option(names = "--key", paramLabel = "FILE",
      description = "The answer key (default: the one class create kept in this data folder, class-keys/<quiz code>.json).")
  Path keyFile;

  @Option(names = "--codes", description = "Print the roster with each student's personal code, and nothing else.")
  boolean codes;

  @Override
  public void run() {
    Main main = parent.main;
    PaperCodec.QuizFile file = ClassFiles.readQuiz(quizFile);
    ClassQuiz quiz;
    ResultCodec.Expecting expecting;
    ClassKey key = null;
    if (file instanceof PaperCodec.QuizFile.Paper p) {
      key = key(main, p.paper());
      quiz = key.quiz();
      ClassKey k = key;
      expecting = ResultCodec.Expecting.paper(quiz.code(), key.paperDigest(),
          k.hasRoster() ? id -> k.onRoster(id).map(k::codeOf) : null);
    } else {
      // A quiz file of factdrill 1 holds its answers: it is its own key, and its students named themselves.
      quiz = ((PaperCodec.QuizFile.WithAnswers) file).quiz();
      expecting = ResultCodec.Expecting.legacy(quiz);
    }
    if (codes) {
      if (key == null || !key.hasRoster()) throw new CommandFailure("quiz " + quiz.code() + " has no roster, so no personal codes");
      main.out.print(TerminalText.clean(ClassCreateCommand.codes(key)));
      return;
    }
    ClassKey roster = key != null && key.hasRoster() ? key : null;
    var refused = new ArrayList<ClassReport.Problem>();
    var ignored = new ArrayList<ClassReport.Problem>();

    // Checking seals and grading is most of the work with a large class: files are read in parallel.
    List<Sorted> sorted = resultFiles(quiz).parallelStream().map(f -> {
      try {
        return classify(Files.readString(f), f.toString(), quiz, expecting, roster);
      } catch (java.nio.charset.CharacterCodingException e) {
        // factdrill writes results as UTF-8 JSON: a file that is not UTF-8 was never one (an image, a spreadsheet).
        return Sorted.ignored(new ClassReport.Problem(f.toString(), "not a class result file (not UTF-8 text)"));
      } catch (IOException e) {
        return Sorted.refused(new ClassReport.Problem(f.toString(), "cannot read (" + AtomicFile.reason(e) + ")"), "");
      }
    }).toList();
    var all = new ArrayList<>(sorted);
    try {
      Optional<ClassResultStore> opened = ClassResultStore.openForReading(main.homeDir());
      if (opened.isPresent()) {
        try (ClassResultStore store = opened.get()) {
          for (ClassResultStore.Stored s : store.results(quiz.code())) {
            all.add(classify(s.sealedResult(), store.file() + " (attempt " + s.attemptId() + ")", quiz, expecting, roster));
          }
        }
      }
    } catch (ClassStoreException e) {
      throw new CommandFailure(e.getMessage());
    }

    var valid = new ArrayList<StudentResult>();
    for (Sorted s : all) {
      if (s.valid() != null) valid.add(s.valid());
      if (s.ignored() != null) ignored.add(s.ignored());
    }
    // An edited copy of an attempt whose untouched result is counted (kept in this machine's database): say so.
    var counted = new java.util.HashMap<String, Student>();
    for (StudentResult r : valid) counted.putIfAbsent(r.attemptId(), r.student());
    for (Sorted s : all) {
      if (s.refused() == null) continue;
      Student original = s.refusedAttempt().isEmpty() ? null : counted.get(s.refusedAttempt());
      refused.add(original != null ? new ClassReport.Problem(s.refused().source(), s.refused().reason()
          + "; the untouched result of the attempt it claims to be (" + original.label() + ") is counted instead") : s.refused());
    }
    ClassReport report = ClassReport.of(quiz, valid, refused, ignored, roster != null);
    if (csv != null) ClassFiles.writeAtomically(csv, Gradebook.csv(quiz, report.gradedResults()), true);
    if (json) {
      main.out.print(ReportJson.write(report));
    } else {
      main.out.print(TerminalText.clean(ReportText.render(report, ZoneId.systemDefault(), Terminals.plainWidth(main.env),
          !"dumb".equals(main.env.get("TERM")))));
      if (report.roster().isEmpty()) {
        main.out.println("(looked in " + results.resolve(quiz.code()) + ", " + results + " and " + main.homeDir().resolve(ClassResultStore.FILE_NAME) + ")");
      }
      if (csv != null) main.out.println("Gradebook written to " + csv);
    }
    main.out.flush();
    for (ClassReport.Problem p : report.flagged()) main.err.println(TerminalText.clean("factdrill: flagged " + p.source() + ": " + p.reason()));
    for (ClassReport.Problem p : refused) main.err.println(TerminalText.clean("factdrill: refused " + p.source() + ": " + p.reason()));
    if (!refused.isEmpty()) {
      throw new CommandFailure(refused.size() + (refused.size() == 1 ? " result file was" : " result files were") + " refused (see above)");
    }
  }

  /** The answer key of this paper: --key, else the one kept in this data folder; it must belong to this very paper. */
  private ClassKey key(Main main, QuestionPaper paper) {
    Path file = keyFile != null ? keyFile : ClassFiles.keyFile(main.homeDir(), paper.code());
    if (keyFile == null && !Files.exists(file)) {
      throw new CommandFailure("no answer key for quiz " + paper.code() + " in " + file.getParent()
          + "; report on the computer the quiz was made on, or give the key with --key FILE (class create --key FILE writes a copy)");
    }
    ClassKey key = ClassFiles.readKey(file);
    if (!key.quiz().code().equals(paper.code()) || !key.paperDigest().equals(PaperCodec.digest(paper))) {
      throw new CommandFailure(file + ": this answer key is for " + (key.quiz().code().equals(paper.code())
          ? "another version of quiz " + paper.code() + " (the quiz was made again, or " + quizFile + " was changed)"
          : "quiz " + key.quiz().code() + ", not " + paper.code()));
    }
    return key;
  }

  /** One result, sorted: counted, refused or set aside (exactly one of the three is set). */
  private record Sorted(StudentResult valid, ClassReport.Problem refused, String refusedAttempt, ClassReport.Problem ignored) {
    static Sorted refused(ClassReport.Problem p, String attempt) {
      return new Sorted(null, p, attempt, null);
    }

    static Sorted ignored(ClassReport.Problem p) {
      return new Sorted(null, null, "", p);
    }
  }

  /** Reads, checks and grades one result: the answers it holds are graded against the key, nothing it claims is taken. */
  private static Sorted classify(String text, String source, ClassQuiz quiz, ResultCodec.Expecting expecting, ClassKey roster) {
    if (!text.contains(ResultCodec.FORMAT)) return Sorted.ignored(new ClassReport.Problem(source, "not a class result file"));
    try {
      ResultCodec.Reading reading = ResultCodec.read(text, source, expecting);
      if (reading instanceof ResultCodec.Reading.OtherQuiz o) {
        return Sorted.ignored(new ClassReport.Problem(source, "a result of quiz " + o.code() + (o.title().isEmpty() ? "" : " \"" + o.title() + "\"")));
      }
      if (reading instanceof ResultCodec.Reading.Refused r) return Sorted.refused(new ClassReport.Problem(source, r.reason()), r.attemptId());
      HandedIn attempt = ((ResultCodec.Reading.Valid) reading).attempt();
      if (roster != null) {
        // The roster's name is the one the teacher knows; the seal has shown who this is.
        Student known = roster.onRoster(attempt.student().id()).orElseThrow();
        attempt = new HandedIn(attempt.quizCode(), attempt.quizTitle(), attempt.paperDigest(), attempt.attemptId(), known,
            attempt.startedAt(), attempt.finishedAt(), attempt.responses());
      }
      try {
        return new Sorted(Marking.mark(quiz, attempt), null, "", null);
      } catch (Marking.NotGradable e) {
        return Sorted.refused(new ClassReport.Problem(source, e.getMessage()), attempt.attemptId());
      }
    } catch (ClassFileException e) {
      return Sorted.refused(new ClassReport.Problem(source,
          "not a readable result file (" + (e.jsonPath().isEmpty() ? "" : "at " + e.jsonPath() + ": ") + e.reason() + ")"), "");
    }
  }

  /** Result files of this quiz's folder, then any left loose in DIR itself; temporary files skipped. */
  private List<Path> resultFiles(ClassQuiz quiz) {
    var files = new ArrayList<Path>();
    for (Path dir : List.of(results.resolve(quiz.code()), results)) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))
            .sorted().forEach(files::add);
      } catch (IOException e) {
        throw new CommandFailure(dir + ": cannot list (" + AtomicFile.reason(e) + ")");
      }
    }
    return files;
  }

}
