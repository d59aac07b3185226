package org.factdrill.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;

/** Plain mode on a timed quiz: the time left in the header and the prompt, and a late answer said to be late. */
class PlainQuizTest {
  @Test
  void aTimedQuestionShowsTheTimeLeftAndALateAnswerIsTooLate() {
    Instant[] now = {Instant.parse("2026-03-02T09:00:00Z")};
    var settings = QuizSettings.selfStudy().withTimeLimit(Duration.ofSeconds(30));
    var session = new QuizSession("s", "Exam", List.of(QuizItem.natural(TestBanks.WHO_ASKED, "b"), QuizItem.natural(TestBanks.RESOLUTION, "b")),
        settings, now[0]);
    var out = new ByteArrayOutputStream();
    // Each look at the clock is 20 seconds later: the first answer is read 40 s after its question was shown.
    var quiz = new PlainQuiz(new BufferedReader(new StringReader("Medvedev\n:source\n1973\n")), new PrintStream(out, true, StandardCharsets.UTF_8),
        () -> now[0] = now[0].plusSeconds(20), 80);
    quiz.run(session);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Time left: 30s").contains("(10s left) > ");
    assertThat(text.replace("\n  ", " ")).contains("Too late. You gave Medvedev after the time limit, so it counts as wrong. The answer: Dmitry Medvedev")
        .contains("(time is up) > ");
    assertThat(text).contains("The source sentence of this question is shown after you answer it.");
  }
}
