package org.factdrill.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.factdrill.bank.QuestionBank;
import org.factdrill.grading.Verdict;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSelection;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.QuizSummary;
import org.factdrill.quiz.Response;
import org.factdrill.store.SavedQuiz;
import org.factdrill.store.ScoreStore;
import org.factdrill.store.StoreException;
import org.factdrill.terminal.InteractiveQuiz;
import org.factdrill.terminal.PlainQuiz;
import org.factdrill.terminal.QuizEnd;
import org.factdrill.terminal.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `factdrill quiz`: chooses the questions, keeps every answer in the score store, runs the screens. */
@Command(name = "quiz", mixinStandardHelpOptions = true,
    description = {"Quiz yourself on question banks; every answer is saved as you give it.",
        "Interactive when stdin and stdout are a terminal; otherwise (or with --plain, TERM=dumb, NO_COLOR) "
            + "one answer per line: a choice by letter, number or text; :hint :skip :source :quit, ? for help."})
public final class QuizCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Parameters(paramLabel = "BANK_OR_DIR", arity = "0..*",
      description = "Bank files, folders of banks, or bank ids in your library. Default: your bank library, else ./question-banks/, else the packaged seed bank.")
  List<Path> banks = new ArrayList<>();

  static final int DEFAULT_COUNT = 10;
  private static final String JLINE_ENCODING = "org.jline.terminal.encoding";

  @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Ask at most N questions (default: " + DEFAULT_COUNT + ").")
  Integer count;

  @Option(names = "--types", split = ",", paramLabel = "T",
      description = "Only these types: multiple_choice, multi_select, short_answer, true_false, ordering, matching.")
  List<String> types = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", description = "Seed for the choice and order of questions and options (repeatable quizzes).")
  Long seed;

  @Option(names = "--user", paramLabel = "NAME", description = "Whose scores these are (default: $USER).")
  String user;

  @Option(names = "--mistakes", description = "Only the questions you got wrong (or skipped) the last time you answered them.")
  boolean mistakes;

  @Option(names = "--resume", description = "Continue your last unfinished quiz where you left it.")
  boolean resume;

  @Option(names = "--json", description = "At the end, print one JSON object with the results (on stdout; the quiz itself goes to stderr).")
  boolean json;

  @Option(names = "--plain", description = "One answer per line, no colour or cursor movement (also when not on a terminal, TERM=dumb or NO_COLOR).")
  boolean plain;

  @Override
  public Integer call() {
    if (count != null && count < 1) throw new UsageException("-n must be at least 1, was " + count);
    if (resume && (mistakes || count != null || !types.isEmpty() || seed != null)) {
      throw new UsageException("--resume continues the quiz as it was: it takes no -n, --types, --seed or --mistakes");
    }
    Set<QuestionType> wanted = parseTypes(types);
    String who = Users.resolve(user, main.env);

    // The score database opens while the banks load: the two together are most of the time to the first
    // question. Its own thread, not the common pool, which validating a large bank keeps busy.
    CompletableFuture<ScoreStore> opening = CompletableFuture.supplyAsync(this::openStore, task -> {
      var thread = new Thread(task, "score-store");
      thread.setDaemon(true);
      thread.start();
    });
    List<QuestionBank> loaded;
    try {
      loaded = BankSources.load(banks, main.homeDir(), Path.of(System.getProperty("user.dir")), ValidatedBanks.in(main.homeDir()));
    } catch (RuntimeException e) {
      opening.thenAccept(ScoreStore::close);
      throw e;
    }
    Map<String, QuestionBank> bankById = new LinkedHashMap<>();
    for (QuestionBank b : loaded) bankById.putIfAbsent(b.id(), b);

    Clock clock = Clock.systemUTC();
    try (ScoreStore store = joined(opening)) {
      QuizSession session;
      if (resume) {
        session = resumed(store, who, loaded, clock.instant());
      } else {
        Optional<QuizSession> fresh = fresh(store, who, loaded, wanted, clock.instant());
        if (fresh.isEmpty()) return Main.OK;
        session = fresh.get();
        store.startQuiz(session, who);
      }
      Map<String, String> titles = new HashMap<>();
      bankById.forEach((id, b) -> titles.put(id, b.title()));
      session.addSink(store.sink(who, titles));

      QuizEnd end = session.finished() ? QuizEnd.FINISHED : run(session, clock);
      QuizSummary summary = session.summary(clock.instant());
      if (json) main.out.println(SummaryJson.of(session, summary, session.finished()));
      if (end == QuizEnd.LEFT && !session.finished()) {
        (json ? main.err : main.out).println("Your answers are saved. To go on: factdrill quiz --resume"
            + (user == null ? "" : " --user " + who));
      }
      return Main.OK;
    } catch (StoreException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
  }

  /**
   * Starts, on a daemon thread, the work every quiz start needs whatever its options and home:
   * SQLite's driver and native library and the calendar data its date formats load (by opening an
   * in-memory database). Called by Main before picocli reads the command line, it overlaps with
   * that, instead of holding up the score database's opening after it. Nothing it makes is used by
   * the quiz; a failure here shows up again, and is reported, where the quiz opens its own database.
   */
  static void prepareInBackground() {
    var thread = new Thread(() -> {
      try {
        java.sql.DriverManager.getConnection("jdbc:sqlite::memory:").close();
      } catch (Exception | LinkageError e) {
        // Reported by the quiz's own open, with the message it has always given.
      }
    }, "quiz-prepare");
    thread.setDaemon(true);
    thread.start();
  }

  private static ScoreStore joined(CompletableFuture<ScoreStore> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  private ScoreStore openStore() {
    try {
      return ScoreStore.open(main.homeDir());
    } catch (StoreException e) {
      throw new CommandFailure(e.getMessage() + "; no quiz was started", e);
    }
  }

  private QuizEnd run(QuizSession session, Clock clock) {
    var shown = json ? main.err : main.out;
    if (!plain && Terminals.interactive(main)) {
      // JLine, given no encoding, tries the terminal as Windows code page 0 ("ms0", then "cp0", each a
      // miss through every charset provider, ~20 ms) before it takes the default charset: name that
      // default up front. An encoding set by the user (-Dorg.jline.terminal.encoding) still wins.
      if (System.getProperty(JLINE_ENCODING) == null) System.setProperty(JLINE_ENCODING, java.nio.charset.Charset.defaultCharset().name());
      return InteractiveQuiz.runOnSystemTerminal(session, clock::instant);
    }
    var reader = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
    return new PlainQuiz(reader, shown, clock::instant, Terminals.plainWidth(main.env)).run(session);
  }

  private Optional<QuizSession> fresh(ScoreStore store, String who, List<QuestionBank> loaded, Set<QuestionType> wanted, Instant now) {
    var selection = QuizSelection.all().withTypes(wanted).withCount(count != null ? count : DEFAULT_COUNT);
    if (mistakes) {
      Set<String> missed = store.lastMissed(who);
      if (missed.isEmpty()) {
        main.out.println("No mistakes to go over for " + who + ": every question answered so far was right the last time.");
        return Optional.empty();
      }
      selection = selection.withOnlyIds(missed);
    }
    ByteBuffer entropy = ByteBuffer.wrap(Entropy.bytes(24));
    Random random = new Random(seed != null ? seed : entropy.getLong(16));
    List<QuizItem> items = selection.choose(loaded, random);
    if (items.isEmpty()) throw new CommandFailure(nothingToAsk(loaded, wanted));
    String id = Entropy.uuid(java.util.Arrays.copyOf(entropy.array(), 16)).toString();
    return Optional.of(new QuizSession(id, title(loaded, items), items, QuizSettings.selfStudy(), now));
  }

  private String nothingToAsk(List<QuestionBank> loaded, Set<QuestionType> wanted) {
    int total = loaded.stream().mapToInt(b -> b.questions().size()).sum();
    String where = loaded.size() == 1 ? "bank " + loaded.get(0).id() : loaded.size() + " banks";
    if (total == 0) return "no questions to ask: " + where + " has no questions";
    if (mistakes) return "no questions to ask: the questions you missed are not in " + where + " (name their bank)";
    return "no questions to ask: " + where + " has no question of type " + String.join(", ", types);
  }

  private QuizSession resumed(ScoreStore store, String who, List<QuestionBank> loaded, Instant now) {
    SavedQuiz saved = store.lastUnfinished(who)
        .orElseThrow(() -> new CommandFailure("no unfinished quiz to resume for " + who));
    Map<String, Question> byId = new HashMap<>();
    for (QuestionBank b : loaded) for (Question q : b.questions()) byId.putIfAbsent(q.id(), q);
    var items = new ArrayList<QuizItem>();
    for (SavedQuiz.SavedItem s : saved.items()) {
      Question q = byId.get(s.questionId());
      if (q == null) {
        throw new CommandFailure("cannot resume: question " + s.questionId() + " (bank " + s.bankId()
            + ") is not in the banks loaded; name that bank: factdrill quiz BANK --resume");
      }
      try {
        items.add(new QuizItem(q, s.bankId(), s.shown()));
      } catch (IllegalArgumentException e) {
        throw new CommandFailure("cannot resume: question " + s.questionId() + " has changed in its bank since the quiz began");
      }
    }
    var earlier = new ArrayList<Response>();
    for (SavedQuiz.SavedResponse r : saved.responses()) {
      var verdict = new Verdict(Verdict.Outcome.valueOf(r.outcome()), r.score(), r.note());
      earlier.add(new Response(r.position(), items.get(r.position()), r.given(), verdict, r.hintsUsed(), r.answeredAt(),
          Duration.ofMillis(r.tookMillis())));
    }
    QuizSession session = QuizSession.resume(saved.id(), saved.title(), items, saved.settings(), saved.startedAt(), earlier, now);
    if (session.finished()) store.finishQuiz(saved.id(), now);
    return session;
  }

  private static String title(List<QuestionBank> loaded, List<QuizItem> items) {
    var used = new LinkedHashMap<String, String>();
    for (QuizItem i : items) used.putIfAbsent(i.bankId(), null);
    for (QuestionBank b : loaded) if (used.containsKey(b.id())) used.put(b.id(), b.title().isBlank() ? b.id() : b.title());
    if (used.size() == 1) return used.values().iterator().next();
    return used.size() + " banks: " + String.join("; ", used.values());
  }

  static Set<QuestionType> parseTypes(List<String> names) {
    var out = new java.util.HashSet<QuestionType>();
    for (String n : names) {
      String t = n.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
      if (t.isEmpty()) continue;
      out.add(QuestionType.fromWireName(t).orElseThrow(() -> new UsageException(
          "unknown question type \"" + n + "\"; types are multiple_choice, multi_select, short_answer, true_false, ordering, matching")));
    }
    return out;
  }
}
