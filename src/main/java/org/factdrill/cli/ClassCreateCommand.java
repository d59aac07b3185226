package org.factdrill.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.factdrill.bank.QuestionBank;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassKey;
import org.factdrill.classroom.PaperCodec;
import org.factdrill.classroom.PaperQuestion;
import org.factdrill.classroom.QuestionPaper;
import org.factdrill.classroom.Roster;
import org.factdrill.classroom.Student;
import org.factdrill.terminal.TerminalText;
import java.nio.file.Files;
import org.factdrill.classroom.ClassSettings;
import org.factdrill.classroom.ClassQuestions;
import org.factdrill.classroom.QuizCode;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code factdrill class create}: freezes a quiz for a class into one self-contained file. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Freeze a class quiz: a paper for the students (questions and options, no answers) and an answer key the teacher keeps.",
      "The key goes into this data folder (class-keys/CODE.json), where class report finds it, or with --key FILE into FILE.",
      "With --roster FILE (CSV with name and id columns) each student gets a personal code to take the quiz with."
    })
public final class ClassCreateCommand implements Runnable {

  @ParentCommand ClassCommand parent;

  @Parameters(paramLabel = "BANK_OR_DIR", arity = "0..*",
      description = "Banks (or folders of banks) to pick from. Default: your bank library, else ./question-banks/, else the packaged seed bank.")
  List<Path> banks = new ArrayList<>();

  @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "Number of questions (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--types", paramLabel = "T", split = ",",
      description = "Only these question types: multiple_choice, multi_select, short_answer, true_false, ordering, matching.")
  List<String> types = new ArrayList<>();

  @Option(names = "--time-limit", paramLabel = "S", defaultValue = "0",
      description = "Seconds allowed per question; 0 means no limit (default).")
  int timeLimit;

  @Option(names = "--title", paramLabel = "T", description = "Title shown to students. Default: the bank's title.")
  String title;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for the choice of questions and the quiz code (same seed, same quiz).")
  Long seed;

  // The paper holds no answers, so no student's machine can show them: kept so that older scripts still run.
  @Option(names = "--feedback", paramLabel = "WHEN", defaultValue = "at-end", hidden = true)
  String feedback;

  @Option(names = "--roster", paramLabel = "FILE",
      description = "Class list (CSV with a name and an id column): each student gets a personal code; results are checked against it.")
  Path roster;

  @Option(names = "--key", paramLabel = "FILE",
      description = "Write the answer key to FILE instead of this data folder (a USB stick; a lab machine students share); report with class report --key FILE.")
  Path keyCopy;

  @Option(names = "--retakes", description = "Allow a student to take the quiz more than once (default: one attempt).")
  boolean retakes;

  @Option(names = "--same-order", description = "Show every student the options in the same order (default: each student their own).")
  boolean sameOrder;

  @Option(names = {"-o", "--output"}, paramLabel = "QUIZ.json", required = true, description = "The quiz file to write.")
  Path output;

  @Option(names = "--force", description = "Replace the quiz file if it exists (results made for the old quiz will no longer match).")
  boolean force;

  @Override
  public void run() {
    Main main = parent.main;
    if (count < 1) throw new UsageException("-n must be at least 1, was " + count);
    if (timeLimit < 0 || timeLimit > ClassSettings.MAX_TIME_LIMIT_SECONDS) {
      throw new UsageException("--time-limit must be between 0 (no limit) and " + ClassSettings.MAX_TIME_LIMIT_SECONDS + " seconds");
    }
    Set<QuestionType> wanted = types(types);
    var settings = new ClassSettings(!sameOrder, timeLimit, feedback(feedback), retakes);
    List<Student> students = roster == null ? List.of() : readRoster(roster);
    if (!force && Files.exists(output)) throw new CommandFailure(output + ": already exists (not overwritten; --force replaces it)");
    if (keyCopy != null) AtomicFile.checkTarget(keyCopy);

    List<QuestionBank> loaded = BankSources.load(banks, main.homeDir(), Path.of("").toAbsolutePath());
    Random random = seed != null ? new Random(seed) : new Random(new SecureRandom().nextLong());
    String code = QuizCode.generate(random);
    ClassQuestions.Picked picked = ClassQuestions.pick(loaded, count, wanted, random);
    if (picked.questions().isEmpty()) {
      throw new CommandFailure("no question" + (wanted.isEmpty() ? "" : " of type " + String.join(", ", types))
          + " in " + describe(loaded));
    }
    String quizTitle = title != null && !title.isBlank() ? title.strip()
        : loaded.size() == 1 && !loaded.get(0).title().isBlank() ? loaded.get(0).title() : "Class quiz";
    var quiz = new ClassQuiz(code, quizTitle, Instant.now().truncatedTo(ChronoUnit.SECONDS), settings, picked.questions());
    // The secret of the personal codes is never derived from --seed: a student who knows the seed must not know the codes.
    byte[] secret = new byte[ClassKey.SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    var paperQuestions = new ArrayList<PaperQuestion>();
    for (Question q : quiz.questions()) paperQuestions.add(PaperQuestion.of(q, random));
    var paper = new QuestionPaper(code, quizTitle, quiz.createdAt(), settings, paperQuestions, ClassKey.rosterChecks(secret, code, students));
    var key = new ClassKey(quiz, PaperCodec.digest(paper), students, secret);
    // The key first: a paper without its key could be taken but never graded.
    Path keyFile = keyCopy != null ? keyCopy : ClassFiles.keyFile(main.homeDir(), code);
    if (!force && Files.exists(keyFile)) {
      throw new CommandFailure("an answer key for quiz " + code + " is already kept in " + keyFile
          + " (a quiz made before with the same code, e.g. the same --seed); --force replaces it, and results of that quiz can no longer be graded");
    }
    ClassFiles.writeKey(keyFile, key, force);
    ClassFiles.writeAtomically(output, PaperCodec.write(paper), force);

    if (picked.available() < count) {
      main.err.println("factdrill: note: asked for " + count + " questions, the banks hold " + picked.available()
          + (wanted.isEmpty() ? "" : " of those types") + "; the quiz has " + picked.available());
    }
    main.out.println(TerminalText.clean("Quiz " + code + " \"" + quizTitle + "\": " + quiz.questions().size() + " questions (" + byType(quiz) + ")"));
    main.out.println("  " + describe(settings));
    main.out.println("Written to " + output + " (for the students: questions and options, no answers)");
    main.out.println("Answer key kept in " + keyFile + " (keep it to yourself; class report " + (keyCopy != null ? "--key " + keyFile + " " : "")
        + "needs it)");
    if (students.isEmpty()) {
      main.out.println("Students take it with:  factdrill class take " + output + " --student \"NAME\"");
      main.out.println("No roster: students name themselves, and the report says so (--roster FILE checks who hands in what).");
    } else {
      main.out.println("Students take it with:  factdrill class take " + output + " --student \"NAME\" --id ID   (they are asked for their code)");
      main.out.println("Personal codes: give each student theirs privately (class report " + output + " --codes prints them again):");
      main.out.print(TerminalText.clean(codes(key)));
    }
  }

  private static List<Student> readRoster(Path file) {
    try {
      return Roster.read(ClassFiles.readText(file, "roster"), file.toString());
    } catch (Roster.RosterException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  /** The roster with each student's code, aligned, one student a line. */
  static String codes(ClassKey key) {
    int width = key.roster().stream().mapToInt(s -> s.label().length()).max().orElse(0);
    var out = new StringBuilder();
    for (Student s : key.roster()) out.append("  ").append(s.label()).append(" ".repeat(width - s.label().length())).append("  ").append(key.codeOf(s)).append('\n');
    return out.toString();
  }

  static Set<QuestionType> types(List<String> names) {
    Set<QuestionType> set = EnumSet.noneOf(QuestionType.class);
    for (String name : names) {
      String n = name.strip();
      if (n.isEmpty()) continue;
      set.add(QuestionType.fromWireName(n).orElseThrow(() -> new UsageException("--types: unknown type \"" + n
          + "\" (choose from multiple_choice, multi_select, short_answer, true_false, ordering, matching)")));
    }
    return set;
  }

  static ClassSettings.Feedback feedback(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
      case "after-each", "each" -> ClassSettings.Feedback.AFTER_EACH;
      case "at-end", "end" -> ClassSettings.Feedback.AT_END;
      default -> throw new UsageException("--feedback: expected after-each or at-end, found \"" + name + "\"");
    };
  }

  static String describe(ClassSettings s) {
    return (s.shuffleOptions() ? "options shuffled per student" : "options in the same order for everyone")
        + ", " + (s.hasTimeLimit() ? s.timeLimitSeconds() + " s per question" : "no time limit")
        + ", graded by the teacher's report"
        + ", " + (s.retakes() ? "retakes allowed" : "one attempt per student");
  }

  private static String byType(ClassQuiz quiz) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Question q : quiz.questions()) counts.merge(q.type().wireName(), 1, Integer::sum);
    var parts = new ArrayList<String>();
    counts.forEach((t, n) -> parts.add(n + " " + t));
    return String.join(", ", parts);
  }

  private static String describe(List<QuestionBank> banks) {
    return banks.size() == 1 ? "bank " + banks.get(0).id() : banks.size() + " banks";
  }
}
