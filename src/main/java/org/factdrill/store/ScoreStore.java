package org.factdrill.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;

/**
 * Quizzes and their responses in SQLite (WAL mode, a busy timeout, each response committed on its
 * own), so that quitting or a crash loses at most the answer being typed. One store per process;
 * other processes may use the same file at the same time.
 */
public final class ScoreStore implements AutoCloseable {

  public static final String FILE_NAME = Sqlite.FILE_NAME;
  private static final int SCHEMA_VERSION = 1;
  private static final int SQLITE_CONSTRAINT = 19;

  private final Connection db;
  private final Path file;

  private ScoreStore(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** Opens (creating when needed) the database in {@code home}, ready to keep scores. */
  public static ScoreStore open(Path home) {
    var store = new ScoreStore(Sqlite.openToWrite(home), home.resolve(FILE_NAME));
    try {
      store.createSchema();
    } catch (SQLException e) {
      store.close();
      throw store.failure("cannot use", e);
    }
    return store;
  }

  /**
   * Opens the database to read it only (stats): works on a read-only file. Empty when there is no
   * database yet.
   */
  public static Optional<ScoreStore> openForReading(Path home) {
    Connection db = Sqlite.openToRead(home, "response");
    return db == null ? Optional.empty() : Optional.of(new ScoreStore(db, home.resolve(FILE_NAME)));
  }

  public Path file() {
    return file;
  }

  private void createSchema() throws SQLException {
    try (Statement s = db.createStatement()) {
      int version;
      try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (version > SCHEMA_VERSION) {
        throw new SQLException("the database was made by a newer factdrill (schema " + version + ")");
      }
      if (version == SCHEMA_VERSION) return;
      Sqlite.inTransaction(db, () -> {
        s.execute("""
            CREATE TABLE IF NOT EXISTS quiz (
              id TEXT PRIMARY KEY,
              user TEXT NOT NULL,
              title TEXT NOT NULL,
              started_at TEXT NOT NULL,
              finished_at TEXT,
              questions INTEGER NOT NULL,
              feedback TEXT NOT NULL,
              time_limit_ms INTEGER,
              hints_allowed INTEGER NOT NULL)""");
        s.execute("""
            CREATE TABLE IF NOT EXISTS quiz_item (
              quiz_id TEXT NOT NULL REFERENCES quiz(id),
              position INTEGER NOT NULL,
              question_id TEXT NOT NULL,
              bank_id TEXT NOT NULL,
              shown TEXT NOT NULL,
              PRIMARY KEY (quiz_id, position))""");
        s.execute("""
            CREATE TABLE IF NOT EXISTS response (
              quiz_id TEXT NOT NULL REFERENCES quiz(id),
              position INTEGER NOT NULL,
              user TEXT NOT NULL,
              question_id TEXT NOT NULL,
              bank_id TEXT NOT NULL,
              bank_title TEXT NOT NULL,
              type TEXT NOT NULL,
              kind TEXT NOT NULL,
              prompt TEXT NOT NULL,
              correct_answer TEXT NOT NULL,
              given TEXT NOT NULL,
              outcome TEXT NOT NULL,
              score REAL NOT NULL,
              note TEXT NOT NULL,
              hints INTEGER NOT NULL,
              answered_at TEXT NOT NULL,
              took_ms INTEGER NOT NULL,
              PRIMARY KEY (quiz_id, position))""");
        s.execute("CREATE INDEX IF NOT EXISTS response_by_user ON response(user, question_id, answered_at)");
        s.execute("CREATE INDEX IF NOT EXISTS quiz_by_user ON quiz(user, started_at)");
        s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
      });
    }
  }

  /** Keeps a new quiz (its questions and option order) before its first question is shown. */
  public void startQuiz(QuizSession session, String user) {
    try {
      Sqlite.inTransaction(db, () -> {
        try (PreparedStatement q = db.prepareStatement(
            "INSERT INTO quiz (id, user, title, started_at, questions, feedback, time_limit_ms, hints_allowed) VALUES (?,?,?,?,?,?,?,?)")) {
          q.setString(1, session.id());
          q.setString(2, user);
          q.setString(3, session.title());
          q.setString(4, session.startedAt().toString());
          q.setInt(5, session.size());
          q.setString(6, session.settings().feedback().name());
          Optional<Duration> limit = session.settings().timeLimit();
          if (limit.isPresent()) q.setLong(7, limit.get().toMillis());
          else q.setNull(7, java.sql.Types.INTEGER);
          q.setInt(8, session.settings().hintsAllowed() ? 1 : 0);
          q.executeUpdate();
        }
        try (PreparedStatement i = db.prepareStatement(
            "INSERT INTO quiz_item (quiz_id, position, question_id, bank_id, shown) VALUES (?,?,?,?,?)")) {
          int position = 0;
          for (QuizItem item : session.items()) {
            i.setString(1, session.id());
            i.setInt(2, position++);
            i.setString(3, item.question().id());
            i.setString(4, item.bankId());
            i.setString(5, jsonList(item.shown()));
            i.addBatch();
          }
          i.executeBatch();
        }
      });
    } catch (SQLException e) {
      throw failure("cannot save the quiz in", e);
    }
  }

  /** An item's option order as JSON, with jackson-core alone (see StringListJson). */
  private static String jsonList(List<String> items) {
    return StringListJson.write(items);
  }

  /** Keeps one response, committed before this returns. */
  public void record(String user, QuizSession session, Response r, String bankTitle) {
    try (PreparedStatement p = db.prepareStatement("""
        INSERT INTO response (quiz_id, position, user, question_id, bank_id, bank_title, type, kind, prompt, correct_answer,
          given, outcome, score, note, hints, answered_at, took_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")) {
      var q = r.item().question();
      p.setString(1, session.id());
      p.setInt(2, r.position());
      p.setString(3, user);
      p.setString(4, q.id());
      p.setString(5, r.item().bankId());
      p.setString(6, bankTitle);
      p.setString(7, q.type().wireName());
      p.setString(8, q.kind());
      p.setString(9, q.prompt());
      p.setString(10, q.answerText());
      p.setString(11, r.given());
      p.setString(12, r.verdict().outcome().name());
      p.setDouble(13, r.verdict().score());
      p.setString(14, r.verdict().note());
      p.setInt(15, r.hintsUsed());
      p.setString(16, r.answeredAt().toString());
      p.setLong(17, r.took().toMillis());
      p.executeUpdate();
    } catch (SQLException e) {
      if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
        // The same quiz resumed in two windows: the other one answered this question first. Trying
        // again here can only fail the same way.
        throw new StoreException("question " + (r.position() + 1) + " of this quiz was already answered in another factdrill window;"
            + " :quit here and go on there", e);
      }
      throw failure("cannot save your answer in", e);
    }
  }

  public void finishQuiz(String quizId, Instant at) {
    try (PreparedStatement p = db.prepareStatement("UPDATE quiz SET finished_at = ? WHERE id = ?")) {
      p.setString(1, at.toString());
      p.setString(2, quizId);
      p.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot mark the quiz finished in", e);
    }
  }

  /** The user's most recent quiz that was left before its end, if any. */
  public Optional<SavedQuiz> lastUnfinished(String user) {
    try {
      String id;
      try (PreparedStatement p = db.prepareStatement(
          "SELECT id FROM quiz WHERE user = ? AND finished_at IS NULL ORDER BY started_at DESC, rowid DESC LIMIT 1")) {
        p.setString(1, user);
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) return Optional.empty();
          id = rs.getString(1);
        }
      }
      return Optional.of(load(id));
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  private SavedQuiz load(String id) throws SQLException {
    String user;
    String title;
    Instant startedAt;
    QuizSettings settings;
    try (PreparedStatement p = db.prepareStatement(
        "SELECT user, title, started_at, feedback, time_limit_ms, hints_allowed FROM quiz WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        user = rs.getString(1);
        title = rs.getString(2);
        startedAt = Instant.parse(rs.getString(3));
        long limit = rs.getLong(5);
        boolean noLimit = rs.wasNull();
        settings = new QuizSettings(QuizSettings.Feedback.valueOf(rs.getString(4)),
            noLimit ? Optional.empty() : Optional.of(Duration.ofMillis(limit)), rs.getInt(6) != 0);
      }
    }
    var items = new ArrayList<SavedQuiz.SavedItem>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT position, question_id, bank_id, shown FROM quiz_item WHERE quiz_id = ? ORDER BY position")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          List<String> shown;
          try {
            shown = StringListJson.read(rs.getString(4));
          } catch (JsonProcessingException e) {
            throw new SQLException("quiz_item.shown of quiz " + id + " is not a JSON list", e);
          }
          items.add(new SavedQuiz.SavedItem(rs.getInt(1), rs.getString(2), rs.getString(3), shown));
        }
      }
    }
    var responses = new ArrayList<SavedQuiz.SavedResponse>();
    try (PreparedStatement p = db.prepareStatement("""
        SELECT position, question_id, given, outcome, score, note, hints, answered_at, took_ms
        FROM response WHERE quiz_id = ? ORDER BY position""")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          responses.add(new SavedQuiz.SavedResponse(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getDouble(5), rs.getString(6), rs.getInt(7), Instant.parse(rs.getString(8)), rs.getLong(9)));
        }
      }
    }
    return new SavedQuiz(id, user, title, startedAt, settings, items, responses);
  }

  /** The questions whose latest response by this user was wrong or skipped. */
  public Set<String> lastMissed(String user) {
    try (PreparedStatement p = db.prepareStatement("""
        SELECT question_id, outcome FROM response r
        WHERE user = ? AND answered_at = (SELECT max(answered_at) FROM response r2 WHERE r2.user = r.user AND r2.question_id = r.question_id)""")) {
      p.setString(1, user);
      var ids = new HashSet<String>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String outcome = rs.getString(2);
          if (!outcome.equals("CORRECT") && !outcome.equals("ALMOST")) ids.add(rs.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  /** Everything `factdrill stats` shows for one user. */
  public Stats stats(String user, int weakest) {
    try {
      var banks = new ArrayList<Stats.BankLine>();
      try (PreparedStatement p = db.prepareStatement("""
          SELECT bank_id, max(bank_title), count(DISTINCT quiz_id), count(*),
                 sum(CASE WHEN outcome IN ('CORRECT', 'ALMOST') THEN 1 ELSE 0 END), max(answered_at)
          FROM response WHERE user = ? GROUP BY bank_id ORDER BY max(answered_at) DESC""")) {
        p.setString(1, user);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            banks.add(new Stats.BankLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                Instant.parse(rs.getString(6))));
          }
        }
      }
      var quizzes = new ArrayList<Stats.QuizScore>();
      try (PreparedStatement p = db.prepareStatement("""
          SELECT q.id, q.title, q.started_at, count(r.position), q.questions, coalesce(sum(r.score), 0), q.finished_at IS NOT NULL
          FROM quiz q LEFT JOIN response r ON r.quiz_id = q.id
          WHERE q.user = ? GROUP BY q.id HAVING count(r.position) > 0 ORDER BY q.started_at, q.rowid""")) {
        p.setString(1, user);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            quizzes.add(new Stats.QuizScore(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getInt(4),
                rs.getInt(5), rs.getDouble(6), rs.getBoolean(7)));
          }
        }
      }
      var kinds = new ArrayList<Stats.KindLine>();
      try (PreparedStatement p = db.prepareStatement("""
          SELECT kind, count(*) AS n, sum(CASE WHEN outcome IN ('CORRECT', 'ALMOST') THEN 1 ELSE 0 END) AS c
          FROM response WHERE user = ? GROUP BY kind HAVING c < n ORDER BY 1.0 * c / n, n DESC, kind LIMIT ?""")) {
        p.setString(1, user);
        p.setInt(2, weakest);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) kinds.add(new Stats.KindLine(rs.getString(1), rs.getInt(2), rs.getInt(3)));
        }
      }
      var questions = new ArrayList<Stats.QuestionLine>();
      try (PreparedStatement p = db.prepareStatement("""
          SELECT question_id, max(prompt), max(correct_answer), count(*) AS n,
                 sum(CASE WHEN outcome IN ('CORRECT', 'ALMOST') THEN 1 ELSE 0 END) AS c
          FROM response WHERE user = ? GROUP BY question_id HAVING c < n
          ORDER BY 1.0 * c / n, n DESC, question_id LIMIT ?""")) {
        p.setString(1, user);
        p.setInt(2, weakest);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            questions.add(new Stats.QuestionLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
          }
        }
      }
      return new Stats(user, banks, quizzes, kinds, questions);
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  /** Users with scores in this database (for the message when a name has none). */
  public List<String> users() {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT user FROM quiz ORDER BY user")) {
      var out = new ArrayList<String>();
      while (rs.next()) out.add(rs.getString(1));
      return out;
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  private StoreException failure(String doing, SQLException e) {
    return new StoreException(Sqlite.describe(file, doing, e), e);
  }

  @Override
  public void close() {
    Sqlite.close(db);
  }

  /** Keeps each response of a session in this store as it is given. */
  public org.factdrill.quiz.ResponseSink sink(String user, Map<String, String> bankTitles) {
    Map<String, String> titles = new LinkedHashMap<>(bankTitles);
    return new org.factdrill.quiz.ResponseSink() {
      @Override
      public void responded(QuizSession session, Response response) {
        try {
          record(user, session, response, titles.getOrDefault(response.item().bankId(), response.item().bankId()));
        } catch (StoreException e) {
          throw new org.factdrill.quiz.ResponseNotKept(e.getMessage(), e);
        }
      }

      @Override
      public void finished(QuizSession session) {
        // Finished when the last response was given: no clock needed.
        try {
          finishQuiz(session.id(), session.last().orElseThrow().answeredAt());
        } catch (StoreException e) {
          // Every response is kept; the quiz only stays "unfinished", and --resume finds nothing left to ask.
        }
      }
    };
  }
}
