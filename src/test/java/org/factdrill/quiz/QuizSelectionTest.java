package org.factdrill.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdrill.bank.QuestionBank;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;

class QuizSelectionTest {

  @Test
  void positionsComeInTheOrderCollectionsShufflePutsThem() {
    for (int n : new int[] {0, 1, 2, 4, 5, 6, 17, 1000}) {
      for (long seed = 0; seed < 20; seed++) {
        List<Integer> list = IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(list, new Random(seed));
        int[] positions = QuizSelection.shuffledPositions(n, new Random(seed));
        assertThat(IntStream.of(positions).boxed().toList()).as("n=%d seed=%d", n, seed).isEqualTo(list);
      }
    }
  }

  @Test
  void aSeedGivesTheSameQuizAsBeforeTheSelectionWasMadeQuicker() {
    QuestionBank bank = TestBanks.libya();
    // The questions and option orders a shuffle of the whole list then a cut gave, computed as it was.
    var random = new Random(42);
    var all = new ArrayList<>(bank.questions());
    Collections.shuffle(all, random);
    var expected = new ArrayList<QuizItem>();
    for (var q : all.subList(0, 5)) expected.add(new QuizItem(q, bank.id(), OptionOrder.shuffled(q, random)));

    assertThat(QuizSelection.all().withCount(5).choose(List.of(bank), new Random(42))).isEqualTo(expected);
  }

  @Test
  void aQuestionInTwoBanksIsAskedOnce() {
    QuestionBank bank = TestBanks.libya();
    var items = QuizSelection.all().choose(List.of(bank, bank.withQuestions(bank.questions())), new Random(1));
    assertThat(items).hasSize(bank.questions().size());
    assertThat(items.stream().map(i -> i.question().id()).distinct()).hasSize(bank.questions().size());
  }

  @Test
  void aGeneratedBankIsAskedMostImportantThirdFirst() {
    // nine questions on nine facts, listed most important first: a quiz of three asks the first three
    var questions = new ArrayList<org.factdrill.questions.Question>();
    for (int i = 0; i < 9; i++) {
      String prompt = "Who signed agreement number " + (i + 1) + " in Nairobi?";
      questions.add(new org.factdrill.questions.ShortAnswer("q-0000000" + i, prompt, "Minister " + (char) ('A' + i), List.of(),
          "person", new org.factdrill.questions.Source(i, "Minister " + (char) ('A' + i) + " signed it."), "f-0000000" + i));
    }
    QuestionBank bank = new QuestionBank("b", "B", new QuestionBank.ArticleRef("", "", List.of()), questions);
    for (long seed = 0; seed < 10; seed++) {
      var asked = QuizSelection.all().withCount(3).choose(List.of(bank), new Random(seed)).stream().map(i -> i.question().id()).toList();
      assertThat(asked).as("seed %d", seed).containsExactlyInAnyOrder("q-00000000", "q-00000001", "q-00000002");
    }
  }
}

