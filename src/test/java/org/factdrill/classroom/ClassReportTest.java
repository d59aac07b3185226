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

  /** The attack: with a fresh data folder a second attempt was taken with retakes off, and graded on the better one. */
  @Test
  void withRetakesOffTheFirstAttemptCountsAndALaterOneIsFlagged() {
    var once = new ClassQuiz("K7QF3M", "t", ClassFixtures.CREATED, ClassSettings.defaults(), List.of(ClassFixtures.DATE, ClassFixtures.NATO));
    var ann = new Student("Ann", "s1");
    var first = ClassFixtures.result(once, ann, List.of(new Answer.Choice("April 1"), new Answer.Choice("false")));
    var second = new StudentResult(once.code(), once.title(), first.quizDigest(), "attempt-2", ann,
        first.startedAt().plusSeconds(3600), first.finishedAt().plusSeconds(3600),
        ClassFixtures.result(once, ann, List.of(new Answer.Choice("March 17"), new Answer.Choice("true"))).responses());
    var report = ClassReport.of(once, List.of(second, first), List.of(), List.of(), true);
    assertThat(report.roster()).extracting(e -> e.student().name() + " " + e.graded().score() + " " + e.attempts()).containsExactly("Ann 0.0 2");
    assertThat(report.flagged()).containsExactly(new ClassReport.Problem("Ann (s1)",
        "attempt 2 (started 2025-03-17 10:00:00 UTC) not counted: this quiz allows one attempt, and the first (started 2025-03-17 09:00:00 UTC) counts"));
    assertThat(ReportText.render(report, java.time.ZoneOffset.UTC, 100, false)).contains("Flagged (1)", "  Ann (s1): attempt 2");
  }

  @Test
  void twoDifferentResultsClaimingOneAttemptAreFlaggedAndTheFirstCounts() {
    var ann = new Student("Ann", "");
    var honest = ClassFixtures.result(quiz, ann, List.of(new Answer.Choice("April 1"), new Answer.Choice("false")));
    var copy = new StudentResult(quiz.code(), quiz.title(), honest.quizDigest(), honest.attemptId(), ann, honest.startedAt(), honest.finishedAt(),
        ClassFixtures.result(quiz, ann, List.of(new Answer.Choice("March 17"), new Answer.Choice("true"))).responses());
    var report = ClassReport.of(quiz, List.of(honest, copy), List.of(), List.of());
    assertThat(report.roster()).extracting(e -> e.graded().score()).containsExactly(0.0);
    assertThat(report.flagged()).extracting(ClassReport.Problem::reason).containsExactly(
        "two different results claim attempt " + honest.attemptId() + "; the first one found is counted");
  }

  @Test
  void withoutARosterTheReportSaysIdentitiesAreSelfDeclared() {
    var bob = ClassFixtures.result(quiz, new Student("Bob", ""), List.of(new Answer.Choice("March 17")));
    String open = ReportText.render(ClassReport.of(quiz, List.of(bob), List.of(), List.of(), false), java.time.ZoneOffset.UTC, 100, false);
    String checked = ReportText.render(ClassReport.of(quiz, List.of(bob), List.of(), List.of(), true), java.time.ZoneOffset.UTC, 100, false);
    assertThat(open).contains("Identities: self-declared.").doesNotContain("Identities: checked");
    assertThat(checked).contains("Identities: checked").doesNotContain("self-declared");
  }
}
