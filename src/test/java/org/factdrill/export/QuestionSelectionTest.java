package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.junit.jupiter.api.Test;

class QuestionSelectionTest {
  private final List<Question> questions = Banks.sample().questions();

  @Test
  void noFilterKeepsEveryQuestionInBankOrder() {
    assertThat(QuestionSelection.of(null, null, null).apply(questions)).isEqualTo(questions);
  }

  @Test
  void typesKeepOnlyThoseTypesAndForgiveCaseAndHyphens() {
    var chosen = QuestionSelection.of(List.of("True-False", "matching"), null, null).apply(questions);
    assertThat(chosen).isNotEmpty().allMatch(q -> q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.MATCHING);
    assertThat(chosen).hasSize((int) questions.stream()
        .filter(q -> q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.MATCHING).count());
  }

  @Test
  void idsKeepBankOrderWhateverOrderTheyAreGivenIn() {
    String first = questions.get(0).id();
    String last = questions.get(questions.size() - 1).id();
    var chosen = QuestionSelection.of(null, List.of(last, first), null).apply(questions);
    assertThat(chosen).extracting(Question::id).containsExactly(first, last);
  }

  @Test
  void limitTakesTheFirstNThatPassTheOtherFilters() {
    var chosen = QuestionSelection.of(List.of("true_false"), null, 1).apply(questions);
    assertThat(chosen).hasSize(1);
    assertThat(chosen.get(0)).isEqualTo(questions.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).findFirst().orElseThrow());
    assertThat(QuestionSelection.of(null, null, 3).apply(questions)).isEqualTo(questions.subList(0, 3));
  }

  @Test
  void anUnknownTypeListsTheKnownOnes() {
    assertThatThrownBy(() -> QuestionSelection.of(List.of("essay"), null, null))
        .isInstanceOf(QuestionSelection.InvalidSelection.class)
        .hasMessage("unknown question type \"essay\"; known: multiple_choice, multi_select, short_answer, true_false, ordering, matching");
  }

  @Test
  void anIdNotInTheBankIsAnErrorNotASilentMiss() {
    assertThatThrownBy(() -> QuestionSelection.of(null, List.of("q-00000000"), null).apply(questions))
        .hasMessage("no question with id q-00000000 in the bank");
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> QuestionSelection.of(null, null, 0)).hasMessageContaining("-n must be at least 1");
  }
}
