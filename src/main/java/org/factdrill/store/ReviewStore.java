package org.factdrill.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.factdrill.grading.Verdict;
import org.factdrill.study.Card;
import org.factdrill.study.CardState;
import org.factdrill.study.ClockWentBack;
import org.factdrill.study.KeptReview;
import org.factdrill.study.PastReview;
import org.factdrill.study.Rating;
import org.factdrill.study.Review;
import org.factdrill.study.ReviewKeeper;
import org.factdrill.study.ReviewNotKept;
import org.factdrill.study.Scheduler;
import org.factdrill.study.StudyCard;
import org.factdrill.study.StudyEntry;
import org.factdrill.study.StudyPlan;

/**
 * Study cards and their review log, in the same SQLite file as the scores. Each review is one
 * IMMEDIATE transaction that reads the card as it is now, schedules it and writes card and log
 * together: a crash loses nothing answered, and two windows studying at once build on each other's
 * reviews. Cards are never deleted; a card whose question left every bank just waits (dormant).
 */
public final class ReviewStore implements ReviewKeeper, AutoCloseable {
  private final Connection db;
  private final Path file;
  private final String user;
  private final Scheduler scheduler;
  private final RandomGenerator fuzz;

  private ReviewStore(Connection db, Path file, String user, Scheduler scheduler, RandomGenerator fuzz) {
    this.db = db;
    this.file = file;
    this.user = user;
    this.scheduler = scheduler;
    this.fuzz = fuzz;
  }

  /** Opens (creating when needed) {@code user}'s study tables in {@code home}'s database. */
  public static ReviewStore open(Path home, String user, Scheduler scheduler, RandomGenerator fuzz) {
    var store = new ReviewStore(Sqlite.openToWrite(home), home.resolve(Sqlite.FILE_NAME), user, scheduler, fuzz);
    try {
      store.createTables();
    } catch (SQLException e) {
      store.close();
      throw store.failure("cannot use", e);
    }
    return store;
  }

  /** Opens the database to read it only (stats); empty when it holds no study data yet. */
  public static Optional<ReviewStore> openForReading(Path home, String user, Scheduler scheduler) {
    Connection db = Sqlite.openToRead(home, "study_card");
    return db == null ? Optional.empty() : Optional.of(new ReviewStore(db, home.resolve(Sqlite.FILE_NAME), user, scheduler, null));
  }

  private void createTables() throws SQLException {
    try (Statement s = db.createStatement()) {
      // Times are epoch milliseconds: they sort as numbers (ISO text with and without fractions does not).
      s.execute("""
          CREATE TABLE IF NOT EXISTS study_card (
            user TEXT NOT NULL,
            question_id TEXT NOT NULL,
            fact_id TEXT,
            bank_id TEXT NOT NULL,
            state TEXT NOT NULL,
            due INTEGER NOT NULL,
            stability REAL NOT NULL,
            difficulty REAL NOT NULL,
            elapsed_days INTEGER NOT NULL,
            scheduled_days INTEGER NOT NULL,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL,
            learning_step INTEGER NOT NULL,
            last_review INTEGER,
            PRIMARY KEY (user, question_id))""");
      s.execute("""
          CREATE TABLE IF NOT EXISTS study_review (
            id INTEGER PRIMARY KEY,
            user TEXT NOT NULL,
            question_id TEXT NOT NULL,
            fact_id TEXT,
            bank_id TEXT NOT NULL,
            rating INTEGER NOT NULL,
            reviewed_at INTEGER NOT NULL,
            state_before TEXT NOT NULL,
            elapsed_days INTEGER NOT NULL,
            retrievability REAL NOT NULL,
            outcome TEXT NOT NULL,
            took_ms INTEGER NOT NULL)""");
      s.execute("CREATE INDEX IF NOT EXISTS study_review_by_user ON study_review(user, reviewed_at)");
    }
  }

  /** The learner's cards, and one line for each row that cannot be read (left as it is, not studied). */
  public record Cards(List<StudyCard> cards, List<String> damaged) {}

  public Cards cards() {
    var cards = new ArrayList<StudyCard>();
    var damaged = new ArrayList<String>();
    try (PreparedStatement p = db.prepareStatement("""
        SELECT question_id, fact_id, bank_id, state, due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses,
               learning_step, last_review, """ + SOUND + """
         FROM study_card WHERE user = ?""")) {
      p.setString(1, user);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          try {
            Card card = rs.getBoolean(14) ? soundCard(rs, 4) : card(rs, 4);
            cards.add(new StudyCard(rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getString(3), card));
          } catch (RuntimeException | SQLException e) {
            damaged.add("question " + rs.getString(1) + " (bank " + rs.getString(3) + "): " + e.getMessage());
          }
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
    return new Cards(cards, damaged);
  }

  /**
   * True when every number column holds a number: SQLite keeps whatever a column is given, so a row
   * edited by hand can hold text. Checked in the query, so sound rows (all of them, normally) are
   * read with the plain getters; the others are read value by value to say what is wrong.
   */
  private static final String SOUND = """
      (typeof(due) = 'integer' AND typeof(stability) IN ('real', 'integer') AND typeof(difficulty) IN ('real', 'integer')
       AND typeof(elapsed_days) = 'integer' AND typeof(scheduled_days) = 'integer' AND typeof(reps) = 'integer'
       AND typeof(lapses) = 'integer' AND typeof(learning_step) = 'integer' AND typeof(last_review) IN ('integer', 'null'))""";

  private static Card soundCard(ResultSet rs, int at) throws SQLException {
    long lastReview = rs.getLong(at + 9);
    Optional<Instant> last = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastReview));
    return new Card(state(rs.getString(at)), Instant.ofEpochMilli(rs.getLong(at + 1)), rs.getDouble(at + 2), rs.getDouble(at + 3),
        rs.getInt(at + 4), rs.getInt(at + 5), rs.getInt(at + 6), rs.getInt(at + 7), rs.getInt(at + 8), last);
  }

  private static CardState state(String name) {
    return switch (String.valueOf(name)) {
      case "NEW" -> CardState.NEW;
      case "LEARNING" -> CardState.LEARNING;
      case "REVIEW" -> CardState.REVIEW;
      case "RELEARNING" -> CardState.RELEARNING;
      default -> throw new IllegalArgumentException("unknown card state " + name);
    };
  }

  /** A card from the columns state, due, stability, ... last_review starting at {@code at}; throws on a bad value. */
  private static Card card(ResultSet rs, int at) throws SQLException {
    CardState s = state(rs.getString(at));
    double stability = number(rs, at + 2, "stability");
    double difficulty = number(rs, at + 3, "difficulty");
    long lastReview = rs.getLong(at + 9);
    Optional<Instant> last = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastReview));
    return new Card(s, Instant.ofEpochMilli(whole(rs, at + 1, "due")), stability, difficulty, (int) whole(rs, at + 4, "elapsed_days"),
        (int) whole(rs, at + 5, "scheduled_days"), (int) whole(rs, at + 6, "reps"), (int) whole(rs, at + 7, "lapses"),
        (int) whole(rs, at + 8, "learning_step"), last);
  }

  /** SQLite keeps whatever a column is given: a number stored as text is damage, not zero. */
  private static double number(ResultSet rs, int column, String name) throws SQLException {
    Object v = rs.getObject(column);
    if (!(v instanceof Number n)) throw new IllegalArgumentException(name + " is not a number: " + v);
    return n.doubleValue();
  }

  private static long whole(ResultSet rs, int column, String name) throws SQLException {
    Object v = rs.getObject(column);
    if (!(v instanceof Integer || v instanceof Long)) throw new IllegalArgumentException(name + " is not a whole number: " + v);
    return ((Number) v).longValue();
  }

  @Override
  public KeptReview keep(StudyEntry entry, Rating rating, Instant answeredAt, Verdict.Outcome outcome, Duration took) {
    // Kept to the millisecond: the card read back must equal the card reviewed (a rating change checks it).
    Instant at = answeredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    String questionId = entry.question().questionId();
    String storedAs = entry.storedAs().orElse(questionId);
    try {
      return immediate(() -> {
        Card before = readCard(storedAs).orElse(Card.fresh(at));
        Review review = scheduler.review(before, rating, at, fuzz);
        if (!storedAs.equals(questionId)) {
          // Matched by fact after the bank was regenerated: the card moves to the question's new id.
          try (PreparedStatement d = db.prepareStatement("DELETE FROM study_card WHERE user = ? AND question_id = ?")) {
            d.setString(1, user);
            d.setString(2, storedAs);
            d.executeUpdate();
          }
        }
        writeCard(questionId, entry.question().factId(), entry.question().bankId(), review.after());
        long id;
        try (PreparedStatement p = db.prepareStatement("""
            INSERT INTO study_review (user, question_id, fact_id, bank_id, rating, reviewed_at, state_before, elapsed_days,
              retrievability, outcome, took_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?)""", Statement.RETURN_GENERATED_KEYS)) {
          p.setString(1, user);
          p.setString(2, questionId);
          setOptional(p, 3, entry.question().factId());
          p.setString(4, entry.question().bankId());
          p.setInt(5, rating.grade());
          p.setLong(6, at.toEpochMilli());
          p.setString(7, before.state().name());
          p.setInt(8, review.after().elapsedDays());
          p.setDouble(9, scheduler.retrievability(before, at));
          p.setString(10, outcome.name());
          p.setLong(11, took.toMillis());
          p.executeUpdate();
          try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        return new KeptReview(id, questionId, review);
      });
    } catch (ClockWentBack e) {
      throw new ReviewNotKept("not saved: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new ReviewNotKept(Sqlite.describe(file, "cannot save your review in", e), e);
    }
  }

  @Override
  public KeptReview change(KeptReview kept, Rating rating) {
    try {
      return immediate(() -> {
        Card now = readCard(kept.questionId()).orElse(null);
        Card after = kept.review().after();
        if (now == null || now.reps() != after.reps() || !now.lastReview().equals(after.lastReview())) {
          throw new ReviewNotKept("this question was reviewed again meanwhile (another factdrill window?); its rating stays "
              + kept.review().rating().label(), null);
        }
        Review again = scheduler.review(kept.review().before(), rating, kept.review().reviewedAt(), fuzz);
        try (PreparedStatement p = db.prepareStatement("SELECT fact_id, bank_id FROM study_card WHERE user = ? AND question_id = ?")) {
          p.setString(1, user);
          p.setString(2, kept.questionId());
          try (ResultSet rs = p.executeQuery()) {
            rs.next();
            writeCard(kept.questionId(), Optional.ofNullable(rs.getString(1)), rs.getString(2), again.after());
          }
        }
        try (PreparedStatement p = db.prepareStatement("UPDATE study_review SET rating = ? WHERE id = ?")) {
          p.setInt(1, rating.grade());
          p.setLong(2, kept.id());
          p.executeUpdate();
        }
        return new KeptReview(kept.id(), kept.questionId(), again);
      });
    } catch (SQLException e) {
      throw new ReviewNotKept(Sqlite.describe(file, "cannot change the rating in", e), e);
    }
  }

  private Optional<Card> readCard(String questionId) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("""
        SELECT state, due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses, learning_step, last_review
        FROM study_card WHERE user = ? AND question_id = ?""")) {
      p.setString(1, user);
      p.setString(2, questionId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        try {
          return Optional.of(card(rs, 1));
        } catch (IllegalArgumentException e) {
          throw new ReviewNotKept("the saved state of question " + questionId + " is damaged (" + e.getMessage()
              + "); it is left as it is", e);
        }
      }
    }
  }

  private void writeCard(String questionId, Optional<String> factId, String bankId, Card c) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("""
        INSERT OR REPLACE INTO study_card (user, question_id, fact_id, bank_id, state, due, stability, difficulty, elapsed_days,
          scheduled_days, reps, lapses, learning_step, last_review) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")) {
      p.setString(1, user);
      p.setString(2, questionId);
      setOptional(p, 3, factId);
      p.setString(4, bankId);
      p.setString(5, c.state().name());
      p.setLong(6, c.due().toEpochMilli());
      p.setDouble(7, c.stability());
      p.setDouble(8, c.difficulty());
      p.setInt(9, c.elapsedDays());
      p.setInt(10, c.scheduledDays());
      p.setInt(11, c.reps());
      p.setInt(12, c.lapses());
      p.setInt(13, c.learningStep());
      if (c.lastReview().isPresent()) p.setLong(14, c.lastReview().get().toEpochMilli());
      else p.setNull(14, Types.INTEGER);
      p.executeUpdate();
    }
  }

  private static void setOptional(PreparedStatement p, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) p.setString(i, v.get());
    else p.setNull(i, Types.VARCHAR);
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in a transaction that takes the write lock at once (BEGIN IMMEDIATE), so two
   * windows reviewing at the same moment queue up instead of both reading the old card.
   */
  private <T> T immediate(Work<T> work) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
    }
    boolean done = false;
    try {
      T result = work.run();
      try (Statement s = db.createStatement()) {
        s.execute("COMMIT");
      }
      done = true;
      return result;
    } finally {
      if (!done) {
        try (Statement s = db.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException again) {
          // SQLite may have rolled back already (a full disk); the first failure is the one to report.
        }
      }
    }
  }

  /**
   * Facts (and questions) reviewed since {@code since}, each with the question it was reviewed
   * with: keys as {@link StudyPlan#factKey}; questions without a fact are not listed.
   */
  public Map<String, String> studiedSince(Instant since) {
    var out = new HashMap<String, String>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT bank_id, fact_id, question_id FROM study_review WHERE user = ? AND reviewed_at >= ? AND fact_id IS NOT NULL")) {
      p.setString(1, user);
      p.setLong(2, since.toEpochMilli());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.put(StudyPlan.factKey(rs.getString(1), rs.getString(2)), rs.getString(3));
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
    return out;
  }

  /** How many cards had their first review since {@code since} (new questions started today). */
  public int startedSince(Instant since) {
    try (PreparedStatement p = db.prepareStatement(
        "SELECT count(DISTINCT question_id) FROM study_review WHERE user = ? AND reviewed_at >= ? AND state_before = 'NEW'")) {
      p.setString(1, user);
      p.setLong(2, since.toEpochMilli());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  /** The review log, and how many of its rows could not be read (left out of the figures, left in the database). */
  public record Log(List<PastReview> reviews, int damaged) {}

  public Log reviews() {
    var out = new ArrayList<PastReview>();
    int damaged = 0;
    try (PreparedStatement p = db.prepareStatement("""
        SELECT state_before, rating, reviewed_at, retrievability,
               typeof(rating) = 'integer' AND typeof(reviewed_at) = 'integer' AND typeof(retrievability) IN ('real', 'integer')
        FROM study_review WHERE user = ? ORDER BY reviewed_at""")) {
      p.setString(1, user);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Optional<Rating> rating = Rating.ofGrade(rs.getInt(2));
          if (!rs.getBoolean(5) || rating.isEmpty()) {
            damaged++;
            continue;
          }
          try {
            out.add(new PastReview(state(rs.getString(1)), rating.get(), Instant.ofEpochMilli(rs.getLong(3)), rs.getDouble(4)));
          } catch (IllegalArgumentException e) {
            damaged++;
          }
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
    return new Log(out, damaged);
  }

  private StoreException failure(String doing, SQLException e) {
    return new StoreException(Sqlite.describe(file, doing, e), e);
  }

  @Override
  public void close() {
    Sqlite.close(db);
  }
}
