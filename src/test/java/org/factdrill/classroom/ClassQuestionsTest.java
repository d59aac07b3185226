package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.junit.jupiter.api.Test;

class ClassQuestionsTest {

  @Test
  void theSameSeedPicksTheSameQuestionsAndOnlyTheTypesAsked() {
    var banks = List.of(ClassFixtures.bank());
    var one = ClassQuestions.pick(banks, 3, Set.of(), new Random(7));
    assertThat(one.questions()).hasSize(3).doesNotHaveDuplicates();
    assertThat(ClassQuestions.pick(banks, 3, Set.of(), new Random(7))).isEqualTo(one);
    var mc = ClassQuestions.pick(banks, 10, EnumSet.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE), new Random(1));
    assertThat(mc.questions()).extracting(Question::type).containsOnly(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE);
    assertThat(mc.questions()).hasSize(3);
    assertThat(mc.available()).isEqualTo(3);
  }

  @Test
  void everyBankIsRepresentedAndAQuestionInTwoBanksCountsOnce() {
    QuestionBank a = ClassFixtures.bank();
    QuestionBank b = new QuestionBank("other", "Other", a.article(), List.of(ClassFixtures.DATE, ClassFixtures.ROLES));
    var picked = ClassQuestions.pick(List.of(b, a), 2, Set.of(), new Random(3));
    // Two picks from two banks: one from each (the repeat of DATE in bank a is dropped).
    assertThat(picked.available()).isEqualTo(7);
    assertThat(picked.questions()).hasSize(2);
    List<Question> fromB = List.of(ClassFixtures.DATE, ClassFixtures.ROLES);
    assertThat(picked.questions().stream().filter(fromB::contains).count()).isEqualTo(1);
  }
}
