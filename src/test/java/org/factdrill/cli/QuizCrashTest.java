package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factdrill.bank.QuestionBank;
import org.factdrill.quiz.QuizItem;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real quiz process (plain mode, over pipes) is killed with SIGKILL mid-quiz: every answer it had
 * acknowledged must be in the score database afterwards, and --resume must go on from there.
 */
class QuizCrashTest {
  @TempDir Path dir;

  /** Everything the child printed so far, read on a thread of its own. */
  static final class Output {
    private final StringBuilder text = new StringBuilder();

    Output(InputStream in) {
      Thread t = new Thread(() -> {
        try (in) {
          byte[] buf = new byte[4096];
          for (int n; (n = in.read(buf)) > 0; ) {
            synchronized (text) {
              text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
              text.notifyAll();
            }
          }
        } catch (java.io.IOException e) {
          // The process was killed: its output ends here.
        }
      });
      t.setDaemon(true);
      t.start();
    }

    /** Waits until the output holds {@code times} copies of {@code marker}; the timeout only guards against a hang. */
    void await(String marker, int times) throws InterruptedException {
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      synchronized (text) {
        while (count(text.toString(), marker) < times) {
          long left = giveUp - System.nanoTime();
          if (left <= 0) throw new AssertionError("no \"" + marker + "\" x" + times + " in:\n" + text);
          text.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
      }
    }

    private static int count(String s, String marker) {
      int n = 0;
      for (int i = s.indexOf(marker); i >= 0; i = s.indexOf(marker, i + 1)) n++;
      return n;
    }
  }

  @Test
  void answersGivenBeforeASigkillAreAllKept() throws Exception {
    QuestionBank bank = TestBanks.libya();
    Path file = TestBanks.write(dir.resolve("banks"), bank);
    Path home = dir.resolve("home");
    List<QuizItem> items = QuizCommandTest.asked(bank, 11, 6);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    var pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--home", home.toString(), "quiz", file.toString(), "--seed", "11", "-n", "6", "--user", "kim");
    pb.redirectErrorStream(true);
    Process quiz = pb.start();
    try {
      var out = new Output(quiz.getInputStream());
      OutputStream keys = quiz.getOutputStream();
      out.await("> ", 1);
      for (int i = 0; i < 3; i++) {
        String answer = i == 1 ? ":skip" : QuizCommandTest.rightAnswer(items.get(i));
        keys.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        // The feedback is printed only after the response was committed: then it must survive.
        out.await("Source:", i + 1);
      }
      out.await("Question 4 of 6", 1);
      keys.write("half an ans".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      quiz.destroyForcibly();
      assertThat(quiz.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(quiz.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    } finally {
      quiz.destroyForcibly();
    }

    JsonNode stats = new ObjectMapper().readTree(main(home, "", "stats", "--user", "kim", "--json"));
    assertThat(stats.path("quizzes")).hasSize(1);
    assertThat(stats.path("quizzes").get(0).path("answered").asInt()).isEqualTo(3);
    assertThat(stats.path("quizzes").get(0).path("finished").asBoolean()).isFalse();
    assertThat(stats.path("banks").get(0).path("correct").asInt()).isEqualTo(2);

    var rest = new StringBuilder();
    for (int i = 3; i < 6; i++) rest.append(QuizCommandTest.rightAnswer(items.get(i))).append('\n');
    JsonNode resumed = new ObjectMapper().readTree(main(home, rest.toString(), "quiz", file.toString(), "--resume", "--user", "kim", "--json"));
    assertThat(resumed.path("answered").asInt()).isEqualTo(6);
    assertThat(resumed.path("correct").asInt()).isEqualTo(5);
    assertThat(resumed.path("results").get(1).path("outcome").asText()).isEqualTo("skipped");
    for (int i = 0; i < 6; i++) assertThat(resumed.path("results").get(i).path("id").asText()).isEqualTo(items.get(i).question().id());
  }

  static String main(Path home, String input, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var all = new java.util.ArrayList<String>(List.of("--home", home.toString()));
    all.addAll(List.of(args));
    int code = Main.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), all.toArray(String[]::new));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
