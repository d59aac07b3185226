package org.factdrill.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.factdrill.quiz.OptionOrder;
import org.factdrill.quiz.QuizItem;
import org.factdrill.store.ReviewStore;
import org.factdrill.store.StoreException;
import org.factdrill.study.FsrsParameters;
import org.factdrill.study.Scheduler;
import org.factdrill.study.StudyCard;
import org.factdrill.study.StudyPlan;
import org.factdrill.study.StudyQuestion;
import org.factdrill.study.StudySession;
import org.factdrill.study.StudySummary;
import org.factdrill.terminal.InteractiveQuiz;
import org.factdrill.terminal.PlainQuiz;
import org.factdrill.terminal.QuizEnd;
import org.factdrill.terminal.StudyRater;
import org.factdrill.terminal.StudyView;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `factdrill study`: spaced repetition (FSRS-6) over the banks, in the quiz's screens; every review saved as it is given. */
@Command(name = "study", mixinStandardHelpOptions = true,
    description = {"Study with spaced repetition (FSRS-6): the questions due today, most overdue first, then new ones.",
        "Each answer is rated (wrong: Again; with a hint or a typo: Hard; right: Good; right and quick: Easy); "
            + "keys 1-4 on the feedback screen change the rating. FACTDRILL_NOW (an ISO-8601 instant) sets the clock."})
public final class StudyCommand implements Callable<Integer> {
  static final int DEFAULT_NEW = 20;
  static final String NOW_VARIABLE = "FACTDRILL_NOW";

  @ParentCommand Main main;

  @Parameters(paramLabel = "BANK_OR_DIR", arity = "0..*",
      description = "Bank files, folders of banks, or bank ids in your library. Default: your bank library, else ./question-banks/, else the packaged seed bank.")
  List<Path> banks = new ArrayList<>();

  @Option(names = "--new", paramLabel = "N", description = "New questions a day, at most (default: " + DEFAULT_NEW + ").")
  Integer newPerDay;

  @Option(names = "--max", paramLabel = "N", description = "At most N questions in this session (default: all that are due).")
  Integer max;

  @Option(names = "--retention", paramLabel = "R",
      description = "The share of questions you aim to remember when they come back, 0.7 to 0.97 (default: 0.9).")
  Double retention;

  @Option(names = "--user", paramLabel = "NAME", description = "Whose study this is (default: $USER).")
  String user;

  @Option(names = "--plain", description = "One answer per line, no colour or cursor movement (also when not on a terminal, TERM=dumb or NO_COLOR).")
  boolean plain;

  @Override
  public Integer call() {
    if (newPerDay != null && newPerDay < 0) throw new UsageException("--new must be 0 or more, was " + newPerDay);
    if (max != null && max < 1) throw new UsageException("--max must be at least 1, was " + max);
    if (retention != null && !(retention >= 0.7 && retention <= 0.97)) {
      throw new UsageException("--retention must be between 0.7 and 0.97, was " + retention);
    }
    Supplier<Instant> clock = clock(main);
    String who = Users.resolve(user, main.env);
    List<QuestionBank> loaded = BankSources.load(banks, main.homeDir(), Path.of(System.getProperty("user.dir")), ValidatedBanks.in(main.homeDir()));
    ZoneId zone = ZoneId.systemDefault();
    var view = new StudyView(Terminals.plainWidth(main.env), zone);

    var parameters = FsrsParameters.defaults().withFuzz(true)
        .withRetention(retention != null ? retention : FsrsParameters.DEFAULT_RETENTION);
    var random = new SplittableRandom(java.nio.ByteBuffer.wrap(Entropy.bytes(8)).getLong());
    try (ReviewStore store = openStore(who, new Scheduler(parameters), random)) {
      Instant now = clock.get();
      ReviewStore.Cards cards = store.cards();
      for (String damaged : cards.damaged()) {
        main.err.println("factdrill: warning: the saved study state of " + damaged + "; it is left as it is and not studied");
      }
      warnOfClockGoneBack(cards.cards(), now, view);
      Instant startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
      int allowance = (newPerDay != null ? newPerDay : DEFAULT_NEW) - store.startedSince(startOfDay);
      StudyPlan plan = StudyPlan.make(available(loaded, new Random(random.nextLong())), cards.cards(), now, allowance,
          store.studiedSince(startOfDay), max != null ? max : Integer.MAX_VALUE);
      if (plan.dormant() > 0) {
        main.err.println("factdrill: " + plan.dormant() + (plan.dormant() == 1 ? " question you studied is" : " questions you studied are")
            + " in none of the banks loaded; " + (plan.dormant() == 1 ? "its" : "their") + " progress is kept for when the bank is back.");
      }
      if (plan.isEmpty()) {
        main.out.println("Nothing to study now for " + who + ". " + view.nextReview(plan.nextDue(), now)
            + (allowance <= 0 && !cards.cards().isEmpty() ? " (Today's new questions are done; --new N allows more.)" : ""));
        return Main.OK;
      }
      main.out.println("Study for " + who + ": " + plan.reviews().size() + " due, " + plan.fresh().size() + " new.");
      var id = Entropy.uuid(Entropy.bytes(16)).toString();
      var study = new StudySession(id, "Study: " + title(loaded, plan), plan, store, now);
      QuizEnd end;
      try (StudyPresence presence = StudyPresence.enter(main.homeDir(), who)) {
        if (!presence.alone()) {
          main.err.println("factdrill: another study session for " + who + " is open (another window?). Both are saved: "
              + "a question answered in both counts as two reviews, the second built on the first.");
        }
        end = run(study, clock, view);
      }
      if (end == QuizEnd.LEFT && !study.quiz().finished()) {
        main.out.println("Your answers are saved. To go on: factdrill study" + (user == null ? "" : " --user " + who));
      }
      return Main.OK;
    } catch (StoreException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
  }

  /** The clock: FACTDRILL_NOW when set (tests, demonstrations), else the system's. */
  static Supplier<Instant> clock(Main main) {
    String fixed = main.env.get(NOW_VARIABLE);
    if (fixed == null || fixed.isBlank()) return Clock.systemUTC()::instant;
    Instant start;
    try {
      start = Instant.parse(fixed.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(NOW_VARIABLE + " must be an ISO-8601 instant such as 2026-03-01T09:00:00Z, was \"" + fixed + "\"");
    }
    // The fixed instant is the session's start; time still passes from there, so answers take time.
    Instant realStart = Instant.now();
    return () -> start.plus(java.time.Duration.between(realStart, Instant.now()));
  }

  private ReviewStore openStore(String who, Scheduler scheduler, SplittableRandom random) {
    try {
      return ReviewStore.open(main.homeDir(), who, scheduler, random);
    } catch (StoreException e) {
      throw new CommandFailure(e.getMessage() + "; nothing was studied", e);
    }
  }

  /** Every question of the banks loaded, once, in bank order (the banks rank their questions by importance). */
  private static List<StudyQuestion> available(List<QuestionBank> loaded, Random random) {
    var out = new ArrayList<StudyQuestion>();
    Set<String> seen = new HashSet<>();
    for (QuestionBank b : loaded) {
      for (Question q : b.questions()) {
        if (!seen.add(q.id())) continue;
        out.add(new StudyQuestion(new QuizItem(q, b.id(), OptionOrder.shuffled(q, random)), FactIds.of(q)));
      }
    }
    return out;
  }

  private void warnOfClockGoneBack(List<StudyCard> cards, Instant now, StudyView view) {
    int ahead = 0;
    Instant latest = null;
    for (StudyCard c : cards) {
      Optional<Instant> last = c.card().lastReview();
      if (last.isPresent() && last.get().isAfter(now)) {
        ahead++;
        if (latest == null || last.get().isAfter(latest)) latest = last.get();
      }
    }
    if (ahead > 0) {
      main.err.println("factdrill: warning: " + ahead + (ahead == 1 ? " question was" : " questions were") + " last reviewed after the time now ("
          + now.atOffset(ZoneOffset.UTC) + "; latest review " + latest.atOffset(ZoneOffset.UTC) + "): has the clock gone back?"
          + " They wait until they are due; nothing is lost.");
    }
  }

  private QuizEnd run(StudySession study, Supplier<Instant> clock, StudyView view) {
    var rater = Optional.<org.factdrill.terminal.Rater>of(new StudyRater(study));
    String goOn = "factdrill study goes on";
    if (!plain && Terminals.interactive(main)) {
      return InteractiveQuiz.runOnSystemTerminal(study.quiz(), clock, goOn, rater,
          (end, width) -> new StudyView(width, ZoneId.systemDefault()).summary(study.summary(), end == QuizEnd.LEFT, clock.get()));
    }
    var reader = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
    QuizEnd end = new PlainQuiz(reader, main.out, clock, Terminals.plainWidth(main.env), goOn, rater).runWithoutSummary(study.quiz());
    StudySummary summary = study.summary();
    for (AttributedString line : view.summary(summary, end == QuizEnd.LEFT, clock.get())) main.out.println(org.factdrill.terminal.TerminalText.clean(line.toString()));
    return end;
  }

  private static String title(List<QuestionBank> loaded, StudyPlan plan) {
    Set<String> banksUsed = new HashSet<>();
    for (var e : plan.entries()) banksUsed.add(e.question().bankId());
    if (banksUsed.size() != 1) return banksUsed.size() + " banks";
    String id = banksUsed.iterator().next();
    for (QuestionBank b : loaded) if (b.id().equals(id)) return b.title().isBlank() ? id : b.title();
    return id;
  }
}
