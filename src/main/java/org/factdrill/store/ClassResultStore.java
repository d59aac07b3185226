package org.factdrill.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdrill.classroom.ClassFileException;
import org.factdrill.classroom.ResultCodec;
import org.factdrill.classroom.Student;
import org.factdrill.classroom.HandedIn;
import org.factdrill.quiz.Answers;

/**
 * Class quiz attempts in the user's SQLite database (the same factdrill.db as scores, its own
 * tables): an attempt is recorded when it starts, each response is committed the moment it is
 * given (a crash loses at most the answer being typed, and the attempt can be taken up again),
 * and the sealed result is kept when the attempt is handed in.
 */
public final class ClassResultStore implements AutoCloseable {

  public static final String FILE_NAME = Sqlite.FILE_NAME;

  private final Connection db;
  private final Path file;

  private ClassResultStore(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** An attempt started and not handed in: who, when, and the responses already given, in order. */
  public record Unfinished(String attemptId, Instant startedAt, List<HandedIn.Given> responses) {}

  /** A handed-in attempt as kept: its id and its sealed result, the same text as its result file. */
  public record Stored(String attemptId, String sealedResult) {}

  /** Opens (creating when needed) the database in {@code home}. */
  public static ClassResultStore open(Path home) {
    var store = new ClassResultStore(opened(() -> Sqlite.openToWrite(home)), home.resolve(FILE_NAME));
    try (Statement s = store.db.createStatement()) {
      s.execute("""
          CREATE TABLE IF NOT EXISTS class_attempt (
            attempt_id   TEXT PRIMARY KEY,
            quiz_code    TEXT NOT NULL,
            quiz_digest  TEXT NOT NULL,
            student_key  TEXT NOT NULL,
            student_name TEXT NOT NULL,
            student_id   TEXT NOT NULL,
            started_at   TEXT NOT NULL,
            finished_at  TEXT,
            result_json  TEXT
          )""");
      s.execute("CREATE INDEX IF NOT EXISTS class_attempt_by_student ON class_attempt (quiz_code, student_key)");
      s.execute("""
          CREATE TABLE IF NOT EXISTS class_response (
            attempt_id   TEXT NOT NULL REFERENCES class_attempt (attempt_id),
            position     INTEGER NOT NULL,
            question_id  TEXT NOT NULL,
            answer_json  TEXT NOT NULL,
            given        TEXT NOT NULL,
            outcome      TEXT NOT NULL,
            score        REAL NOT NULL,
            note         TEXT NOT NULL,
            answered_at  TEXT,
            timed_out    INTEGER NOT NULL,
            PRIMARY KEY (attempt_id, position)
          )""");
    } catch (SQLException e) {
      store.close();
      throw store.failure("cannot use", e);
    }
    return store;
  }

  /** Opens an existing database to read class results; empty when there is none (or no class tables). */
  public static Optional<ClassResultStore> openForReading(Path home) {
    Connection db = opened(() -> Sqlite.openToRead(home, "class_attempt"));
    return db == null ? Optional.empty() : Optional.of(new ClassResultStore(db, home.resolve(FILE_NAME)));
  }

  /** The class commands catch {@link ClassStoreException}: the same one line, in that type. */
  private static Connection opened(java.util.function.Supplier<Connection> opening) {
    try {
      return opening.get();
    } catch (ClassStoreException e) {
      throw e;
    } catch (StoreException e) {
      throw new ClassStoreException(e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  public void started(String attemptId, String quizCode, String quizDigest, Student student, Instant startedAt) {
    update("INSERT INTO class_attempt (attempt_id, quiz_code, quiz_digest, student_key, student_name, student_id, started_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", attemptId, quizCode, quizDigest, student.key(), student.name(), student.id(),
        startedAt.toString());
  }

  /**
   * Commits one answer at once (an answer given again at the same position replaces it). The
   * student's machine has no key, so nothing is graded here: outcome says so ("UNGRADED") for
   * anyone reading the table, and the score stays 0.
   */
  public void responded(String attemptId, int position, HandedIn.Given g) {
    update("INSERT OR REPLACE INTO class_response (attempt_id, position, question_id, answer_json, given, outcome, score, note,"
        + " answered_at, timed_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        attemptId, position, g.questionId(), ResultCodec.answerJson(g.answer()), Answers.describe(g.answer()), "UNGRADED",
        0.0, "", g.answeredAt().map(Instant::toString).orElse(null), g.timedOut() ? 1 : 0);
  }

  public void handedIn(String attemptId, Instant finishedAt, String sealedResult) {
    update("UPDATE class_attempt SET finished_at = ?, result_json = ? WHERE attempt_id = ?", finishedAt.toString(), sealedResult, attemptId);
  }

  /** When this student handed in this quiz (the first time), if they did. */
  public Optional<Instant> handedInAt(String quizCode, String studentKey) {
    try (PreparedStatement ps = db.prepareStatement("SELECT min(finished_at) FROM class_attempt"
        + " WHERE quiz_code = ? AND student_key = ? AND finished_at IS NOT NULL")) {
      ps.setString(1, quizCode);
      ps.setString(2, studentKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(1) != null ? Optional.of(Instant.parse(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  /** This student's latest attempt at this very quiz (same digest) that was started and never handed in. */
  public Optional<Unfinished> unfinished(String quizCode, String quizDigest, String studentKey) {
    String attemptId;
    Instant startedAt;
    try (PreparedStatement ps = db.prepareStatement("SELECT attempt_id, started_at FROM class_attempt"
        + " WHERE quiz_code = ? AND quiz_digest = ? AND student_key = ? AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1")) {
      ps.setString(1, quizCode);
      ps.setString(2, quizDigest);
      ps.setString(3, studentKey);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        attemptId = rs.getString(1);
        startedAt = Instant.parse(rs.getString(2));
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
    var responses = new ArrayList<HandedIn.Given>();
    try (PreparedStatement ps = db.prepareStatement("SELECT question_id, answer_json, answered_at, timed_out"
        + " FROM class_response WHERE attempt_id = ? ORDER BY position")) {
      ps.setString(1, attemptId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String at = rs.getString(3);
          responses.add(new HandedIn.Given(rs.getString(1), ResultCodec.answerFromJson(rs.getString(2)),
              at == null ? Optional.empty() : Optional.of(Instant.parse(at)), rs.getInt(4) != 0));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    } catch (ClassFileException | IllegalArgumentException e) {
      throw new ClassStoreException(file + ": a stored class response cannot be read (" + e.getMessage() + ")", e);
    }
    return Optional.of(new Unfinished(attemptId, startedAt, responses));
  }

  /** Every attempt handed in for this quiz code, oldest first. */
  public List<Stored> results(String quizCode) {
    var out = new ArrayList<Stored>();
    try (PreparedStatement ps = db.prepareStatement("SELECT attempt_id, result_json FROM class_attempt"
        + " WHERE quiz_code = ? AND result_json IS NOT NULL ORDER BY finished_at, attempt_id")) {
      ps.setString(1, quizCode);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new Stored(rs.getString(1), rs.getString(2)));
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
    return out;
  }

  private void update(String sql, Object... params) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot write to", e);
    }
  }

  private ClassStoreException failure(String doing, SQLException e) {
    return new ClassStoreException(Sqlite.describe(file, doing, e), e);
  }

  @Override
  public void close() {
    Sqlite.close(db);
  }
}
