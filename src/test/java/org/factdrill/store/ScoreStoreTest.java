package org.factdrill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdrill.grading.Answer;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.ResponseNotKept;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreStoreTest {
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  @TempDir Path home;

  @BeforeAll
  static void shortWaitForLocks() {
    // A locked database is reported after this wait; the default (3 s) is for people, not tests.
    System.setProperty("factdrill.busyTimeoutMillis", "100");
  }

  @AfterAll
  static void restore() {
    System.clearProperty("factdrill.busyTimeoutMillis");
  }

  static QuizSession session(String id, Instant start) {
    return new QuizSession(id, "Libya", List.of(QuizItem.natural(TestBanks.WHEN_ADOPTED, "libya-small"),
        QuizItem.natural(TestBanks.RESOLUTION, "libya-small"), QuizItem.natural(TestBanks.MINISTER, "libya-small")),
        QuizSettings.selfStudy().withTimeLimit(Duration.ofSeconds(45)), start);
  }

  @Test
  void responsesAreKeptAsGivenAndAnUnfinishedQuizComesBackAsItWas() {
    try (var store = ScoreStore.open(home)) {
      var s = session("quiz-a", T0);
      store.startQuiz(s, "ann");
      s.addSink(store.sink("ann", Map.of("libya-small", "Libya")));
      s.answer(new Answer.Choice("March 17"), T0.plusSeconds(4));
      s.answer(new Answer.Text("1974"), T0.plusSeconds(9));
    }
    try (var store = ScoreStore.open(home)) {
      SavedQuiz saved = store.lastUnfinished("ann").orElseThrow();
      assertThat(saved.id()).isEqualTo("quiz-a");
      assertThat(saved.settings().timeLimit()).contains(Duration.ofSeconds(45));
      assertThat(saved.items()).extracting(SavedQuiz.SavedItem::questionId).containsExactly("q-00000001", "q-00000003", "q-0000000a");
      assertThat(saved.items().get(0).shown()).isEqualTo(TestBanks.WHEN_ADOPTED.choices());
      assertThat(saved.responses()).extracting(SavedQuiz.SavedResponse::given).containsExactly("March 17", "1974");
      assertThat(saved.responses().get(1).outcome()).isEqualTo("WRONG");
      assertThat(saved.responses().get(1).tookMillis()).isEqualTo(5000);
      assertThat(store.lastUnfinished("bob")).isEmpty();
      assertThat(store.lastMissed("ann")).containsExactly("q-00000003");
    }
  }

  @Test
  void aFinishedQuizIsNotResumedAndStatsCountEveryQuiz() {
    try (var store = ScoreStore.open(home)) {
      var first = session("quiz-1", T0);
      store.startQuiz(first, "ann");
      first.addSink(store.sink("ann", Map.of("libya-small", "Libya")));
      first.answer(new Answer.Choice("March 19"), T0.plusSeconds(1));
      first.answer(new Answer.Text("1973"), T0.plusSeconds(2));
      first.answer(new Answer.Text("Lavrov"), T0.plusSeconds(3));
      var second = session("quiz-2", T0.plusSeconds(86400));
      store.startQuiz(second, "ann");
      second.addSink(store.sink("ann", Map.of("libya-small", "Libya")));
      second.answer(new Answer.Choice("March 17"), T0.plusSeconds(86401));
      assertThat(store.lastUnfinished("ann")).map(SavedQuiz::id).contains("quiz-2");

      Stats stats = store.stats("ann", 5);
      assertThat(stats.banks()).containsExactly(new Stats.BankLine("libya-small", "Libya", 2, 4, 3, T0.plusSeconds(86401)));
      assertThat(stats.quizzes()).extracting(Stats.QuizScore::quizId, Stats.QuizScore::percent, Stats.QuizScore::finished)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("quiz-1", 67, true), org.assertj.core.groups.Tuple.tuple("quiz-2", 100, false));
      assertThat(stats.weakestKinds().get(0)).isEqualTo(new Stats.KindLine("date", 2, 1));
      assertThat(stats.weakestQuestions()).extracting(Stats.QuestionLine::questionId).containsExactly("q-00000001");
      // The latest answer to q-00000001 was right: it is no longer a mistake to go over.
      assertThat(store.lastMissed("ann")).isEmpty();
      assertThat(store.stats("bob", 5).isEmpty()).isTrue();
    }
  }

  @Test
  void aLockedDatabaseRefusesTheResponseWhichStaysOpenUntilTheLockGoes() throws Exception {
    try (var store = ScoreStore.open(home)) {
      var s = session("quiz-l", T0);
      store.startQuiz(s, "ann");
      s.addSink(store.sink("ann", Map.of()));
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + home.resolve(ScoreStore.FILE_NAME));
          Statement st = other.createStatement()) {
        st.execute("BEGIN EXCLUSIVE");
        assertThatThrownBy(() -> s.answer(new Answer.Choice("March 17"), T0.plusSeconds(1)))
            .isInstanceOf(ResponseNotKept.class)
            .hasMessageEndingWith("the database is locked by another program; try again when it is done");
        assertThat(s.position()).isZero();
        st.execute("ROLLBACK");
      }
      s.answer(new Answer.Choice("March 17"), T0.plusSeconds(2));
      assertThat(store.lastUnfinished("ann").orElseThrow().responses()).hasSize(1);
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsReportedInOneLine() throws Exception {
    Files.writeString(home.resolve(ScoreStore.FILE_NAME), "this is not sqlite, it is a shopping list\n".repeat(100));
    assertThatThrownBy(() -> ScoreStore.open(home))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot use " + home.resolve(ScoreStore.FILE_NAME) + ": the file is not a factdrill database, or is damaged");
  }

  @Test
  void aFolderWhereTheDatabaseShouldBeOrAFileWhereHomeShouldBeIsSaidPlainly() throws Exception {
    Path db = Files.createDirectory(home.resolve(ScoreStore.FILE_NAME));
    assertThatThrownBy(() -> ScoreStore.open(home)).isInstanceOf(StoreException.class)
        .hasMessage("cannot open " + db + ": it is a folder, not a database file");
    assertThatThrownBy(() -> ScoreStore.openForReading(home)).isInstanceOf(StoreException.class)
        .hasMessage("cannot open " + db + ": it is a folder, not a database file");
    Path file = Files.writeString(home.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> ScoreStore.open(file)).isInstanceOf(StoreException.class)
        .hasMessage("cannot use " + file + " for scores: it is a file, not a folder");
    assertThatThrownBy(() -> ScoreStore.openForReading(file)).isInstanceOf(StoreException.class)
        .hasMessage("cannot use " + file + " for scores: it is a file, not a folder");
    assertThatThrownBy(() -> ClassResultStore.open(file)).isInstanceOf(ClassStoreException.class)
        .hasMessage("cannot use " + file + " for scores: it is a file, not a folder");
  }

  @Test
  void aFullDiskDuringATransactionIsReportedAsAFullDisk() throws Exception {
    // max_page_count makes SQLite answer SQLITE_FULL as a full disk would. The failure reported must be
    // that one, not the "no transaction is active" of rolling back after SQLite already did.
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("small.db"))) {
      try (var s = db.createStatement()) {
        s.execute("CREATE TABLE t (x TEXT)");
        s.execute("PRAGMA max_page_count = " + pageCount(db));
      }
      var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(() -> Sqlite.inTransaction(db, () -> {
        try (var s = db.createStatement()) {
          s.execute("INSERT INTO t VALUES ('" + "x".repeat(100_000) + "')");
        }
      }), java.sql.SQLException.class);
      assertThat(Sqlite.describe(home.resolve("small.db"), "cannot save your answer in", thrown))
          .isEqualTo("cannot save your answer in " + home.resolve("small.db") + ": the disk is full");
      // The connection is usable afterwards, back in auto-commit.
      assertThat(db.getAutoCommit()).isTrue();
      try (var s = db.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM t")) {
        assertThat(rs.next() && rs.getInt(1) == 0).isTrue();
      }
    }
  }

  private static int pageCount(java.sql.Connection db) throws Exception {
    try (var s = db.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void aQuizResumedInTwoWindowsKeepsTheFirstAnswerAndSaysWhyTheSecondIsNotKept() {
    try (ScoreStore first = ScoreStore.open(home); ScoreStore second = ScoreStore.open(home)) {
      var started = session("q-two", T0);
      started.addSink(first.sink("ann", Map.of()));
      first.startQuiz(started, "ann");
      SavedQuiz saved = first.lastUnfinished("ann").orElseThrow();
      var here = QuizSession.resume(saved.id(), saved.title(), started.items(), saved.settings(), saved.startedAt(), List.of(), T0);
      var there = QuizSession.resume(saved.id(), saved.title(), started.items(), saved.settings(), saved.startedAt(), List.of(), T0);
      here.addSink(first.sink("ann", Map.of()));
      there.addSink(second.sink("ann", Map.of()));
      here.answer(new Answer.Choice("March 17"), T0.plusSeconds(5));
      assertThatThrownBy(() -> there.answer(new Answer.Choice("March 19"), T0.plusSeconds(6)))
          .isInstanceOf(org.factdrill.quiz.ResponseNotKept.class)
          .hasMessage("question 1 of this quiz was already answered in another factdrill window; :quit here and go on there");
      assertThat(first.lastUnfinished("ann").orElseThrow().responses()).extracting(SavedQuiz.SavedResponse::given).containsExactly("March 17");
    }
  }

  @Test
  void readingStatsNeverCreatesADatabase() {
    assertThat(ScoreStore.openForReading(home)).isEmpty();
    assertThat(Files.exists(home.resolve(ScoreStore.FILE_NAME))).isFalse();
  }
}
