package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.factdrill.grading.Answer;
import org.factdrill.grading.Verdict;
import org.junit.jupiter.api.Test;

/** The report grades the stored answers itself, and only a result that answers each question exactly once. */
class MarkingTest {

  final ClassKey key = ClassFixtures.key(ClassFixtures.quiz(), List.of());
  final ClassQuiz quiz = key.quiz();
  final Student ana = new Student("Ana", "");
  final Instant start = Instant.parse("2025-03-17T09:00:00Z");

  HandedIn with(List<HandedIn.Given> given) {
    return new HandedIn(quiz.code(), quiz.title(), key.paperDigest(), "a1", ana, start, start.plusSeconds(600), given);
  }

  HandedIn.Given given(int question, Answer a) {
    return new HandedIn.Given(quiz.questions().get(question).id(), a, Optional.of(start), false);
  }

  @Test
  void everyAnswerIsGradedByTheQuizsGrader() throws Exception {
    var all = ClassFixtures.handIn(key, ana, "a1", start, List.of(new Answer.Choice("March 17"), new Answer.Text("1973"),
        new Answer.Choice("false"), new Answer.Text("medvedev"), new Answer.Choices(new java.util.LinkedHashSet<>(List.of("Britain")))));
    StudentResult r = Marking.mark(quiz, all);
    assertThat(r.responses()).extracting(x -> x.verdict().outcome()).containsExactly(Verdict.Outcome.CORRECT, Verdict.Outcome.CORRECT,
        Verdict.Outcome.WRONG, Verdict.Outcome.CORRECT, Verdict.Outcome.WRONG, Verdict.Outcome.SKIPPED, Verdict.Outcome.SKIPPED);
    assertThat(r.score()).isEqualTo(3.5);
    assertThat(r.maxScore()).isEqualTo(7.0);
  }

  /** The attack: one response of five showed 1/1 (100%). */
  @Test
  void aResultHoldingSomeQuestionsOnlyIsNotGraded() {
    assertThatThrownBy(() -> Marking.mark(quiz, with(List.of(given(0, new Answer.Choice("March 17"))))))
        .hasMessage("answers 1 of the quiz's 7 questions; a result holds an answer (or a skip) for every question");
  }

  /** The attack: one right response repeated ten times showed 10/10. */
  @Test
  void aResponseRepeatedIsNotGraded() {
    List<HandedIn.Given> ten = new ArrayList<>(Collections.nCopies(10, given(0, new Answer.Choice("March 17"))));
    assertThatThrownBy(() -> Marking.mark(quiz, with(ten))).hasMessage("answers question q-0000000a more than once");
    assertThatThrownBy(() -> Marking.mark(quiz, with(List.of(new HandedIn.Given("q-ffffffff", new Answer.Skip(), Optional.empty(), false)))))
        .hasMessage("answers question q-ffffffff, which quiz K7QF3M does not have");
  }

  /** The attack: {"skip": true} marked correct counted as right. A skip scores nothing, whatever is claimed. */
  @Test
  void aSkipScoresNothingAndALateAnswerIsWrong() throws Exception {
    var late = new ArrayList<HandedIn.Given>();
    for (int i = 0; i < quiz.questions().size(); i++) late.add(given(i, new Answer.Skip()));
    late.set(0, new HandedIn.Given(quiz.questions().get(0).id(), new Answer.Choice("March 17"), Optional.of(start), true));
    StudentResult r = Marking.mark(quiz, with(late));
    assertThat(r.score()).isZero();
    assertThat(r.responses().get(0).verdict()).isEqualTo(new Verdict(Verdict.Outcome.WRONG, 0, "time is up"));
    assertThat(r.responses().get(1).verdict()).isEqualTo(Verdict.skipped());
  }
}
