package org.factdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Source;
import org.factdrill.quiz.QuizItem;
import org.factdrill.store.ReviewStore;
import org.factdrill.study.Card;
import org.factdrill.study.FsrsParameters;
import org.factdrill.study.Rating;
import org.factdrill.study.Scheduler;
import org.factdrill.study.StudyCard;
import org.factdrill.study.StudyPlan;
import org.factdrill.study.StudyQuestion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a study session's queue for 100,000 cards with a year of history: the plan alone (in
 * memory), and the cards read from the review store first (what `factdrill study` does before its
 * first question). The history: each card started on a day of the past year and was reviewed
 * whenever due since, recalled 90% of the time, until the learner stopped two weeks ago: about a
 * fifth of the cards are due now, the heavy case for the queue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class StudyQueueBenchmark {
  static final int CARDS = 100_000;
  static final Instant NOW = Instant.parse("2026-12-31T09:00:00Z");

  List<StudyQuestion> available;
  List<StudyCard> cards;
  Path home;
  ReviewStore store;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    var scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(true));
    var random = new SplittableRandom(2026);
    var source = new Source(0, "A sentence.");
    available = new ArrayList<>(CARDS + 1000);
    cards = new ArrayList<>(CARDS);
    Instant yearAgo = NOW.minus(Duration.ofDays(365));
    for (int i = 0; i < CARDS + 1000; i++) {
      String id = String.format("q-%08x", i);
      var q = new MultipleChoice(id, "Question " + i + "?", "A" + i, List.of("A" + i, "B" + i, "C" + i), List.of(), "person", source);
      available.add(new StudyQuestion(QuizItem.natural(q, "bench"), Optional.of("f-" + i)));
      if (i >= CARDS) continue; // the last thousand are new
      Instant stopped = NOW.minus(Duration.ofDays(14));
      Instant at = yearAgo.plus(Duration.ofMinutes(random.nextInt(351 * 24 * 60)));
      Card c = Card.fresh(at);
      do {
        Rating r = random.nextDouble() < 0.9 ? Rating.GOOD : Rating.AGAIN;
        c = scheduler.review(c, r, at, random).after();
        at = c.due();
      } while (!at.isAfter(stopped));
      cards.add(new StudyCard(id, Optional.of("f-" + i), "bench", c));
    }
    home = Files.createTempDirectory("study-bench");
    store = ReviewStore.open(home, "bench", scheduler, random);
    // The year's cards written straight into the store's table (reviewing each through the store would take minutes).
    try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("factdrill.db"))) {
      db.setAutoCommit(false);
      try (var p = db.prepareStatement("""
          INSERT INTO study_card (user, question_id, fact_id, bank_id, state, due, stability, difficulty, elapsed_days,
            scheduled_days, reps, lapses, learning_step, last_review) VALUES ('bench',?,?,?,?,?,?,?,?,?,?,?,?,?)""")) {
        for (StudyCard sc : cards) {
          Card c = sc.card();
          p.setString(1, sc.questionId());
          p.setString(2, sc.factId().orElse(null));
          p.setString(3, sc.bankId());
          p.setString(4, c.state().name());
          p.setLong(5, c.due().toEpochMilli());
          p.setDouble(6, c.stability());
          p.setDouble(7, c.difficulty());
          p.setInt(8, c.elapsedDays());
          p.setInt(9, c.scheduledDays());
          p.setInt(10, c.reps());
          p.setInt(11, c.lapses());
          p.setInt(12, c.learningStep());
          p.setLong(13, c.lastReview().orElseThrow().toEpochMilli());
          p.addBatch();
        }
        p.executeBatch();
      }
      db.commit();
    }
    if (store.cards().cards().size() != CARDS) throw new IllegalStateException("the store does not hold every card");
    StudyPlan plan = planFromCards();
    System.out.println("\n" + plan.reviews().size() + " due, " + plan.fresh().size() + " new, " + plan.dormant() + " dormant");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    store.close();
    try (var files = Files.walk(home)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The queue from cards in memory: matching, due order, new allowance, one question per fact. */
  @Benchmark
  public StudyPlan planFromCards() {
    return StudyPlan.make(available, cards, NOW, 20, Map.of(), Integer.MAX_VALUE);
  }

  /** The same, with the 100,000 cards read from SQLite first. */
  @Benchmark
  public StudyPlan planFromStore() {
    return StudyPlan.make(available, store.cards().cards(), NOW, 20, Map.of(), Integer.MAX_VALUE);
  }
}
