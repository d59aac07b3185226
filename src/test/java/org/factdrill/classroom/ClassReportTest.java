package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;

class ClassReportTest {

  private final ClassQuiz quiz = new ClassQuiz("K7QF3M", "t", ClassFixtures.CREATED,
      new ClassSettings(true, 0, ClassSettings.Feedback.AT_END, true), List.of(ClassFixtures.DATE, ClassFixtures.NATO));

  @Test
  void theRosterReadsLikeAClassList() {
    var names = new ArrayList<>(List.of("Student 10", "zoe", "Zoë", "Student 9", "Ábel", "Adam"));
    names.sort(ClassReport::byName);
    assertThat(names).containsExactly("Ábel", "Adam", "Student 9", "Student 10", "zoe", "Zoë");
  }

  @Test
  void withRetakesTheBestAttemptGradesAndTheFirstIsAnalysedAndAnAttemptFoundTwiceCountsOnce() {
    var ann = new Student("Ann", "");
    var first = ClassFixtures.result(quiz, ann, List.of(new Answer.Choice("April 1"), new Answer.Choice("true")));
    var better = new StudentResult(quiz.code(), quiz.title(), first.quizDigest(), "attempt-2", ann,
        first.startedAt().plusSeconds(3600), first.finishedAt().plusSeconds(3600),
        ClassFixtures.result(quiz, ann, List.of(new Answer.Choice("March 17"), new Answer.Choice("true"))).responses());
    var bob = ClassFixtures.result(quiz, new Student("Bob", ""), List.of(new Answer.Choice("March 17"), new Answer.Choice("false")));
    var report = ClassReport.of(quiz, List.of(better, first, bob, bob), List.of(), List.of());
    assertThat(report.roster()).extracting(e -> e.student().name() + " " + e.graded().score() + " " + e.attempts())
        .containsExactly("Ann 2.0 2", "Bob 1.0 1");
    assertThat(report.grades().meanPercent()).isEqualTo(75);
    // Item analysis on first attempts: Ann first missed Q1, Bob got it.
    assertThat(report.analysis().questions().get(0).facility()).isEqualTo(0.5);
    assertThat(report.analysis().questions().get(0).wrongPicks()).contains(new ItemAnalysis.WrongPick("April 1", 1));
  }
}
