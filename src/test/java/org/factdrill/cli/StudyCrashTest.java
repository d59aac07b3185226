package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real study processes (plain mode, over pipes) killed with SIGKILL again and again at different
 * moments: every review whose feedback was printed is in the database afterwards, the database is
 * sound, and the next run starts cleanly.
 */
class StudyCrashTest {
  @TempDir Path dir;

  @Test
  void reviewsAcknowledgedBeforeASigkillAreAllKept() throws Exception {
    Path bank = TestBanks.write(dir.resolve("banks"), TestBanks.bank("typed", "Typed", List.of(TestBanks.WHO_ASKED, TestBanks.RESOLUTION,
        TestBanks.COMMAND_TRUE, TestBanks.VISIT_FALSE, TestBanks.MINISTER, TestBanks.TRANSFERRED_TO)));
    Path home = dir.resolve("home");
    var random = new Random(7);
    int acknowledged = 0;
    for (int round = 0; round < 5; round++) {
      // A new day each round, so new questions and due ones are asked.
      String now = "2026-03-" + String.format("%02d", 2 + round * 6) + "T09:00:00Z";
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      var pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "--home", home.toString(), "study", bank.toString(), "--user", "kim", "--new", "2");
      pb.environment().put("FACTDRILL_NOW", now);
      pb.redirectErrorStream(true);
      Process study = pb.start();
      try {
        var out = new QuizCrashTest.Output(study.getInputStream());
        out.await("Study for kim", 1);
        OutputStream keys = study.getOutputStream();
        int answers = 1 + random.nextInt(2);
        for (int i = 0; i < answers; i++) {
          out.await("> ", i + 1);
          keys.write(":skip\n".getBytes(StandardCharsets.UTF_8));
          keys.flush();
          // "Rated" is printed after the review was committed: from then on it must survive.
          out.await("Rated ", i + 1);
          acknowledged++;
        }
        // Killed while typing, or just after sending an answer whose feedback has not come yet.
        keys.write((round % 2 == 0 ? "half an ans" : "wrong\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        study.destroyForcibly();
        assertThat(study.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(study.exitValue()).as("killed by SIGKILL").isEqualTo(137);
      } finally {
        study.destroyForcibly();
      }
      assertThat(reviews(home)).as("round " + round).isGreaterThanOrEqualTo(acknowledged);
      assertThat(integrity(home)).isEqualTo("ok");
    }
    CliRun next = CliRun.of(":quit\n", java.util.Map.of("FACTDRILL_NOW", "2026-05-01T09:00:00Z"),
        "--home", home.toString(), "study", bank.toString(), "--user", "kim");
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(next.err()).doesNotContain("warning");
    assertThat(next.out()).contains("Study for kim:");
  }

  private static int reviews(Path home) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("factdrill.db"));
        Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM study_review")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String integrity(Path home) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("factdrill.db"));
        Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
