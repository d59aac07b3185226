package org.factdrill.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.factdrill.grading.Answer;
import org.factdrill.grading.AnswerParser;
import org.factdrill.grading.Verdict;
import org.factdrill.questions.QuestionType;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
  static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

  static QuizSession session(QuizSettings settings, QuizItem... items) {
    return new QuizSession("quiz-1", "Libya", List.of(items), settings, T0);
  }

  static Answer parsed(QuizSession s, String input) {
    AnswerParser.Result r = s.parse(input);
    assertThat(r).as("input %s", input).isInstanceOf(AnswerParser.Result.Parsed.class);
    return ((AnswerParser.Result.Parsed) r).answer();
  }

  @Test
  void answersAreGradedCountedAndTheSessionMovesOn() {
    var s = session(QuizSettings.selfStudy(),
        QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), QuizItem.natural(TestBanks.RESOLUTION, "b"), QuizItem.natural(TestBanks.COMMAND_TRUE, "b"));
    assertThat(s.current().question()).isEqualTo(TestBanks.WHEN_ADOPTED);
    Response first = s.answer(parsed(s, "a"), T0.plusSeconds(5));
    assertThat(first.isCorrect()).isTrue();
    assertThat(first.given()).isEqualTo("March 17");
    assertThat(first.took()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.position()).isEqualTo(1);
    Response second = s.answer(parsed(s, "1974"), T0.plusSeconds(9));
    assertThat(second.verdict().outcome()).isEqualTo(Verdict.Outcome.WRONG);
    assertThat(s.score()).isEqualTo(1.0);
    s.skip(T0.plusSeconds(10));
    assertThat(s.finished()).isTrue();
    assertThatThrownBy(s::current).isInstanceOf(IllegalStateException.class);

    QuizSummary sum = s.summary(T0.plusSeconds(10));
    assertThat(sum.answered()).isEqualTo(3);
    assertThat(sum.correct()).isEqualTo(1);
    assertThat(sum.skipped()).isEqualTo(1);
    assertThat(sum.percent()).isEqualTo(33);
    assertThat(sum.timeTaken()).isEqualTo(Duration.ofSeconds(10));
    assertThat(sum.byType().get("short_answer")).isEqualTo(new QuizSummary.Tally(1, 0));
    assertThat(sum.byKind().get("date")).isEqualTo(new QuizSummary.Tally(1, 1));
    assertThat(sum.missed()).extracting(r -> r.item().question().id()).containsExactly("q-00000003", "q-00000004");
  }

  @Test
  void theShownOrderDecidesWhatALetterMeans() {
    // A per-student shuffle: the caller imposes the order, and "a" is the first option shown.
    var item = new QuizItem(TestBanks.WHEN_ADOPTED, "b", List.of("March 31", "April 1", "March 17", "March 19"));
    var s = session(QuizSettings.selfStudy(), item);
    assertThat(s.answer(parsed(s, "c"), T0).isCorrect()).isTrue();
    assertThatThrownBy(() -> new QuizItem(TestBanks.WHEN_ADOPTED, "b", List.of("March 17", "May 5", "March 31", "April 1")))
        .hasMessageContaining("not the question's options");
  }

  @Test
  void sinksKeepEachResponseBeforeItCountsAndARefusalLeavesTheQuestionOpen() {
    var s = session(QuizSettings.selfStudy(), QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), QuizItem.natural(TestBanks.RESOLUTION, "b"));
    var kept = new ArrayList<Response>();
    var finished = new ArrayList<QuizSession>();
    boolean[] refuse = {true};
    s.addSink(new ResponseSink() {
      @Override
      public void responded(QuizSession session, Response response) {
        if (refuse[0]) throw new ResponseNotKept("database is locked", null);
        kept.add(response);
      }

      @Override
      public void finished(QuizSession session) {
        finished.add(session);
      }
    });
    assertThatThrownBy(() -> s.answer(new Answer.Choice("March 17"), T0)).isInstanceOf(ResponseNotKept.class);
    assertThat(s.position()).isZero();
    refuse[0] = false;
    s.answer(new Answer.Choice("March 17"), T0.plusSeconds(1));
    s.answer(new Answer.Text("1973"), T0.plusSeconds(2));
    assertThat(kept).hasSize(2);
    assertThat(kept.get(1).position()).isEqualTo(1);
    assertThat(finished).containsExactly(s);
  }

  @Test
  void hintsRemoveTwoWrongChoicesOrGiveTheFirstLetterAndAreCounted() {
    var s = session(QuizSettings.selfStudy(), QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), QuizItem.natural(TestBanks.WHO_ASKED, "b"),
        QuizItem.natural(TestBanks.COMMAND_TRUE, "b"));
    Hint h = s.hint().orElseThrow();
    assertThat(h.removed()).hasSize(2).doesNotContain(0);
    assertThat(s.removedOptions()).isEqualTo(h.removed());
    assertThat(s.hint()).isEmpty();
    Response r = s.answer(new Answer.Choice("March 17"), T0);
    assertThat(r.hintsUsed()).isEqualTo(1);
    assertThat(s.removedOptions()).isEmpty();
    assertThat(s.hint().orElseThrow().text()).isEqualTo("it starts with \"D\" (14 letters)");
    assertThat(s.hint().orElseThrow().text()).isEqualTo("it looks like: D_____ M_______");
    s.answer(new Answer.Text("Medvedev"), T0);
    assertThat(Hints.next(QuizItem.natural(TestBanks.RESOLUTION, "b"), 0, Set.of()).orElseThrow().text())
        .isEqualTo("it starts with \"1\" (4 digits)");
    assertThat(s.hint()).as("true/false has no hint that is not the answer").isEmpty();
  }

  @Test
  void theChoicesAHintLeavesDoNotTellWhichOneIsRight() {
    // Four choices, the answer in each place in turn: whichever wrong choice survives the hint must
    // sometimes come before the answer, or "pick the first one left" would always win.
    int answerFirst = 0;
    int answerSecond = 0;
    List<String> options = List.of("March 17", "March 19", "March 31", "April 1");
    for (int id = 0; id < 40; id++) {
      var q = new org.factdrill.questions.MultipleChoice(String.format("q-%08x", id), TestBanks.WHEN_ADOPTED.prompt(), "March 17",
          options, List.of(), "date", TestBanks.WHEN_ADOPTED.source());
      for (int shift = 0; shift < 4; shift++) {
        var shown = new ArrayList<>(options);
        java.util.Collections.rotate(shown, shift);
        var item = new QuizItem(q, "b", shown);
        Hint h = Hints.next(item, 0, Set.of()).orElseThrow();
        assertThat(Hints.next(item, 0, Set.of())).as("the same hint again").contains(h);
        assertThat(h.removed()).hasSize(2).doesNotContain(shown.indexOf("March 17"));
        int firstLeft = 0;
        while (h.removed().contains(firstLeft)) firstLeft++;
        if (shown.get(firstLeft).equals("March 17")) answerFirst++;
        else answerSecond++;
      }
    }
    // With the wrong choice kept at random, the answer is first among the two left about half the time.
    assertThat(answerFirst).isBetween(50, 110);
    assertThat(answerSecond).isBetween(50, 110);
  }

  @Test
  void hintsCanBeTurnedOffForAClassQuiz() {
    var s = session(QuizSettings.selfStudy().withHintsAllowed(false), QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"));
    assertThat(s.hint()).isEmpty();
    assertThat(s.hintsUsed()).isZero();
  }

  @Test
  void anAnswerAfterTheTimeLimitIsWrongAndTheClockStartsWhenTheQuestionIsShown() {
    var s = session(QuizSettings.selfStudy().withTimeLimit(Duration.ofSeconds(30)),
        QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), QuizItem.natural(TestBanks.RESOLUTION, "b"), QuizItem.natural(TestBanks.MINISTER, "b"));
    s.shown(T0.plusSeconds(100));
    assertThat(s.deadline()).contains(T0.plusSeconds(130));
    assertThat(s.answer(new Answer.Choice("March 17"), T0.plusSeconds(129)).isCorrect()).isTrue();
    s.shown(T0.plusSeconds(200));
    Response late = s.answer(new Answer.Text("1973"), T0.plusSeconds(231));
    assertThat(late.verdict().outcome()).isEqualTo(Verdict.Outcome.WRONG);
    assertThat(late.verdict().note()).isEqualTo("time is up");
    s.shown(T0.plusSeconds(300));
    assertThat(s.timeIsUp(T0.plusSeconds(331))).isTrue();
    assertThat(s.timeUp(T0.plusSeconds(331)).given()).isEmpty();
    assertThat(s.finished()).isTrue();
  }

  @Test
  void matchingAndOrderingInputUseTheNumbersAndLettersShown() {
    var matching = new QuizItem(TestBanks.ROLES, "b", List.of("Secretary General", "Russian President", "Foreign Minister"));
    var ordering = new QuizItem(TestBanks.EVENTS, "b", List.of("Command transferred to NATO", "Resolution 1973 adopted", "Military operation launched"));
    var s = session(QuizSettings.selfStudy(), matching, ordering);
    assertThat(s.parse("1b 2")).isInstanceOf(AnswerParser.Result.Invalid.class);
    assertThat(s.parse("1b 2b 3a")).isInstanceOf(AnswerParser.Result.Invalid.class);
    Response m = s.answer(parsed(s, "1b, 2c, 3a"), T0);
    assertThat(m.isCorrect()).isTrue();
    assertThat(m.given()).isEqualTo("Dmitry Medvedev → Russian President; Sergei Lavrov → Foreign Minister; Ban Ki-moon → Secretary General");
    assertThat(s.answer(parsed(s, "2 3 1"), T0).isCorrect()).isTrue();
  }

  @Test
  void aResumedSessionCountsEarlierResponsesAndAsksTheRest() {
    var items = List.of(QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), QuizItem.natural(TestBanks.RESOLUTION, "b"));
    var first = session(QuizSettings.selfStudy(), items.toArray(QuizItem[]::new));
    Response r = first.answer(new Answer.Choice("March 17"), T0.plusSeconds(3));
    var resumed = QuizSession.resume("quiz-1", "Libya", items, QuizSettings.selfStudy(), T0, List.of(r), T0.plusSeconds(3600));
    assertThat(resumed.position()).isEqualTo(1);
    assertThat(resumed.score()).isEqualTo(1.0);
    assertThat(resumed.current().question()).isEqualTo(TestBanks.RESOLUTION);
    assertThat(resumed.answer(new Answer.Text("1973"), T0.plusSeconds(3605)).took()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> QuizSession.resume("quiz-1", "Libya", List.of(items.get(1)), QuizSettings.selfStudy(), T0, List.of(r), T0))
        .hasMessageContaining("another question");
  }

  @Test
  void selectionFiltersByTypeAndIdCutsToNAndIsRepeatableWithASeed() {
    var bank = TestBanks.libya();
    var sel = QuizSelection.all().withTypes(Set.of(QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE)).withCount(3);
    List<QuizItem> a = sel.choose(List.of(bank), new Random(7));
    List<QuizItem> b = sel.choose(List.of(bank), new Random(7));
    assertThat(a).hasSize(3).isEqualTo(b);
    assertThat(a).allMatch(i -> Set.of(QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE).contains(i.question().type()));
    assertThat(QuizSelection.all().withOnlyIds(Set.of("q-00000003")).choose(List.of(bank, bank), new Random(1)))
        .extracting(i -> i.question().id()).containsExactly("q-00000003");
    assertThat(QuizSelection.all().choose(List.of(bank), new Random(1))).hasSize(bank.questions().size());
  }

  @Test
  void shuffledOrderingAndMatchingNeverShowTheAnswerOrder() {
    for (int seed = 0; seed < 200; seed++) {
      var random = new Random(seed);
      assertThat(OptionOrder.shuffled(TestBanks.EVENTS, random)).isNotEqualTo(TestBanks.EVENTS.answers())
          .containsExactlyInAnyOrderElementsOf(TestBanks.EVENTS.answers());
      assertThat(OptionOrder.shuffled(TestBanks.ROLES, random)).isNotEqualTo(TestBanks.ROLES.rights());
    }
    assertThat(OptionOrder.shuffled(TestBanks.COMMAND_TRUE, new Random(1))).isEqualTo(List.of("True", "False"));
  }

  @Test
  void theSourceHighlightFindsTheAnswerAndItsAcceptedForms() {
    var spans = SourceHighlight.spans(TestBanks.WHEN_ADOPTED);
    String text = TestBanks.WHEN_ADOPTED.source().text();
    assertThat(spans).extracting(sp -> text.substring(sp.start(), sp.end())).containsExactly("March 17");
    assertThat(SourceHighlight.spans(TestBanks.WHO_ASKED)).extracting(sp -> TestBanks.WHO_ASKED.source().text().substring(sp.start(), sp.end()))
        .containsExactly("Dmitry Medvedev");
    assertThat(SourceHighlight.spans(TestBanks.COMMAND_TRUE)).isEmpty();
    assertThat(Optional.of(SourceHighlight.spans(TestBanks.LAUNCHERS).size())).contains(3);
    // "Ban Ki-moon" is found where the article wrote "Ban Ki moon".
    String s0 = TestBanks.WHO_SECRETARY.source().text();
    assertThat(SourceHighlight.spans(TestBanks.WHO_SECRETARY)).extracting(sp -> s0.substring(sp.start(), sp.end())).containsExactly("Ban Ki moon");
  }
}
