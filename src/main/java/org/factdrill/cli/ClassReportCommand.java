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
import org.factdrill.classroom.ClassQuizCodec;
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
      "A result file that was edited is refused, named, and not counted (exit code 1); results of another quiz, and files that are no results, are set aside."
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

  @Override
  public void run() {
    Main main = parent.main;
    ClassQuiz quiz = ClassFiles.readQuiz(quizFile);
    String digest = ClassQuizCodec.digest(quiz);
    var valid = new ArrayList<StudentResult>();
    var refused = new ArrayList<ClassReport.Problem>();
    var ignored = new ArrayList<ClassReport.Problem>();

    // Checking seals is most of the work with a large class: files are read and checked in parallel.
    List<Sorted> sorted = resultFiles(quiz).parallelStream().map(file -> {
      try {
        return classify(Files.readString(file), file.toString(), quiz, digest);
      } catch (java.nio.charset.CharacterCodingException e) {
        // factdrill writes results as UTF-8 JSON: a file that is not UTF-8 was never one (an image, a spreadsheet).
        return Sorted.ignored(new ClassReport.Problem(file.toString(), "not a class result file (not UTF-8 text)"));
      } catch (IOException e) {
        return Sorted.refused(new ClassReport.Problem(file.toString(), "cannot read (" + AtomicFile.reason(e) + ")"));
      }
    }).toList();
    var all = new ArrayList<>(sorted);
    try {
      Optional<ClassResultStore> opened = ClassResultStore.openForReading(main.homeDir());
      if (opened.isPresent()) {
        try (ClassResultStore store = opened.get()) {
          for (ClassResultStore.Stored s : store.results(quiz.code())) {
            all.add(classify(s.sealedResult(), store.file() + " (attempt " + s.attemptId() + ")", quiz, digest));
          }
        }
      }
    } catch (ClassStoreException e) {
      throw new CommandFailure(e.getMessage());
    }

    for (Sorted s : all) {
      if (s.valid() != null) valid.add(s.valid());
      if (s.ignored() != null) ignored.add(s.ignored());
    }
    // An edited copy of an attempt whose untouched result this machine's database holds: say that the original counts.
    var counted = new java.util.HashSet<String>();
    for (StudentResult r : valid) counted.add(r.attemptId());
    for (Sorted s : all) {
      if (s.refused() == null) continue;
      boolean original = !s.refusedAttempt().isEmpty() && counted.contains(s.refusedAttempt());
      refused.add(original ? new ClassReport.Problem(s.refused().source(), s.refused().reason()
          + "; the untouched result kept in the database is counted instead") : s.refused());
    }
    ClassReport report = ClassReport.of(quiz, valid, refused, ignored);
    if (csv != null) ClassFiles.writeAtomically(csv, Gradebook.csv(quiz, report.gradedResults()), true);
    if (json) {
      main.out.print(ReportJson.write(report));
    } else {
      main.out.print(ReportText.render(report, ZoneId.systemDefault(), Terminals.plainWidth(main.env), !"dumb".equals(main.env.get("TERM"))));
      if (report.roster().isEmpty()) {
        main.out.println("(looked in " + results.resolve(quiz.code()) + ", " + results + " and " + main.homeDir().resolve(ClassResultStore.FILE_NAME) + ")");
      }
      if (csv != null) main.out.println("Gradebook written to " + csv);
    }
    main.out.flush();
    for (ClassReport.Problem p : refused) main.err.println("factdrill: refused " + p.source() + ": " + p.reason());
    if (!refused.isEmpty()) {
      throw new CommandFailure(refused.size() + (refused.size() == 1 ? " result file was" : " result files were") + " refused (see above)");
    }
  }

  /** One result, sorted: counted, refused or set aside (exactly one of the three is set). */
  private record Sorted(StudentResult valid, ClassReport.Problem refused, String refusedAttempt, ClassReport.Problem ignored) {
    static Sorted refused(ClassReport.Problem p) {
      return new Sorted(null, p, "", null);
    }

    static Sorted ignored(ClassReport.Problem p) {
      return new Sorted(null, null, "", p);
    }
  }

  private static Sorted classify(String text, String source, ClassQuiz quiz, String digest) {
    if (!text.contains(ResultCodec.FORMAT)) return Sorted.ignored(new ClassReport.Problem(source, "not a class result file"));
    try {
      ResultCodec.Reading reading = ResultCodec.read(text, source, quiz, digest);
      if (reading instanceof ResultCodec.Reading.Valid v) return new Sorted(v.result(), null, "", null);
      if (reading instanceof ResultCodec.Reading.OtherQuiz o) {
        return Sorted.ignored(new ClassReport.Problem(source, "a result of quiz " + o.code() + (o.title().isEmpty() ? "" : " \"" + o.title() + "\"")));
      }
      var edited = (ResultCodec.Reading.Edited) reading;
      return new Sorted(null, new ClassReport.Problem(source, edited.reason()), edited.attemptId(), null);
    } catch (ClassFileException e) {
      return Sorted.refused(new ClassReport.Problem(source,
          "not a readable result file (" + (e.jsonPath().isEmpty() ? "" : "at " + e.jsonPath() + ": ") + e.reason() + ")"));
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
