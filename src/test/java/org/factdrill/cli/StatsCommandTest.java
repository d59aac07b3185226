package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.factdrill.store.ScoreStore;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factdrill stats`, and the score database in trouble (read-only, locked) seen from the commands. */
class StatsCommandTest {
  @TempDir Path dir;

  @BeforeAll
  static void shortWaitForLocks() {
    System.setProperty("factdrill.busyTimeoutMillis", "100");
  }

  @AfterAll
  static void restore() {
    System.clearProperty("factdrill.busyTimeoutMillis");
  }

  CliRun run(String input, String... args) {
    return CliRun.of(input, Map.of("USER", "sam", "COLUMNS", "60"), CliRun.after(List.of("--home", dir.resolve("home").toString()), args));
  }

  Path db() {
    return dir.resolve("home").resolve(ScoreStore.FILE_NAME);
  }

  @Test
  void statsShowBanksAChartAndTheWeakestKindsAndQuestions() {
    Path file = TestBanks.write(dir, TestBanks.bank("two", "Two questions", List.of(TestBanks.RESOLUTION, TestBanks.WHEN_ADOPTED)));
    assertThat(run("", "stats").out()).startsWith("No scores yet for sam. Take a quiz: factdrill quiz\n")
        .contains("Study\n  Nothing studied yet. Start: factdrill study");
    // Three one-question quizzes: wrong, wrong, right.
    assertThat(run("1974\n", "quiz", file.toString(), "--types", "short_answer").code()).isZero();
    assertThat(run("March 19\n", "quiz", file.toString(), "--types", "multiple_choice").code()).isZero();
    assertThat(run("1973\n", "quiz", file.toString(), "--types", "short_answer").code()).isZero();
    CliRun r = run("", "stats");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Scores for sam")
        .contains("  Two questions (two)")
        .contains("3 quizzes, 3 answers, 33% right, last ")
        .contains("100%┤    █")
        .contains("  0%┤▁ ▁ █")
        .contains("3 quizzes, latest 100%")
        .contains("  date: 0% right (0 of 1)")
        .contains("  On March 17, the UN Security Council adopted Resolution\n    ____.")
        .contains("answer: 1973 · right 1 of 2");
    for (String line : r.out().split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(60);
    CliRun json = run("", "stats", "--json");
    assertThat(json.out()).contains("\"answered\":3").contains("\"weakestKinds\":[{\"kind\":\"date\",\"answered\":1,\"correct\":0}");
    assertThat(run("", "stats", "--user", "nobody").out()).startsWith("No scores yet for nobody.");
  }

  @Test
  void aReadOnlyDatabaseStopsAQuizBeforeItStartsButStatsStillWork() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.bank("one", "One", List.of(TestBanks.MINISTER)));
    assertThat(run("Lavrov\n", "quiz", file.toString()).code()).isZero();
    makeReadOnly(db());
    try {
      CliRun quiz = run("Lavrov\n", "quiz", file.toString());
      assertThat(quiz.code()).isEqualTo(1);
      assertThat(quiz.err()).isEqualTo("factdrill: cannot save the quiz in " + db() + ": the database is read-only\n");
      CliRun stats = run("", "stats", "--json");
      assertThat(stats.code()).as(stats.err()).isZero();
      assertThat(stats.out()).contains("\"answered\":1");
    } finally {
      makeWritable(db());
    }
  }

  @Test
  void aLockedDatabaseIsReportedInOneLineAndNothingIsLost() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.bank("one", "One", List.of(TestBanks.MINISTER)));
    assertThat(run("Lavrov\n", "quiz", file.toString()).code()).isZero();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = other.createStatement()) {
      st.execute("BEGIN EXCLUSIVE");
      CliRun quiz = run("Lavrov\n", "quiz", file.toString());
      assertThat(quiz.code()).isEqualTo(1);
      assertThat(quiz.err()).startsWith("factdrill: cannot ").endsWith("the database is locked by another program; try again when it is done"
          + (quiz.err().contains("; no quiz was started") ? "; no quiz was started\n" : "\n"));
      st.execute("ROLLBACK");
    }
    assertThat(run("", "stats", "--json").out()).contains("\"answered\":1");
  }

  /** Root ignores file modes, so as root the file is made immutable instead (ext4 and most Linux file systems). */
  static void makeReadOnly(Path file) throws Exception {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    if (Files.isWritable(file)) {
      Process p = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
      assumeTrue(p.waitFor() == 0, "running as root where chattr +i is not available: cannot make a read-only file");
    }
  }

  static void makeWritable(Path file) throws Exception {
    if (Files.isWritable(file.getParent())) {
      new ProcessBuilder("chattr", "-i", file.toString()).redirectErrorStream(true).start().waitFor();
    } else {
      new ProcessBuilder("chattr", "-i", file.toString()).redirectErrorStream(true).start().waitFor();
    }
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
  }
}
