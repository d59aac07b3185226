package org.factdrill.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.grading.Verdict.Outcome;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartialCreditTest {
  static final Source SOURCE = new Source(8, "Two days later Britain, France, the US, Canada and Belgium launched a military operation there.");
  static final MultiSelect LAUNCHED = new MultiSelect("q-00000003", "Which countries launched the operation?",
      List.of("Britain", "France", "US"), List.of("Britain", "Germany", "France", "US", "Japan", "Italy"), "country", SOURCE);

  /** Three right choices (B, F, U) and three wrong (G, J, I): score = (right − wrong) / 3, at least 0. */
  @ParameterizedTest(name = "ticked {0} ⇒ {1}, score {2}")
  @CsvSource(delimiter = '|', value = {
      "Britain;France;US               | CORRECT | 1     | ''",
      "Britain;France                  | WRONG   | 0.667 | 2 of 3 right",
      "Britain                         | WRONG   | 0.333 | 1 of 3 right",
      "Britain;France;US;Germany       | WRONG   | 0.667 | 3 of 3 right, 1 wrong",
      "Britain;France;Germany          | WRONG   | 0.333 | 2 of 3 right, 1 wrong",
      "Britain;Germany                 | WRONG   | 0     | 1 of 3 right, 1 wrong",
      "Britain;Germany;Japan           | WRONG   | 0     | 1 of 3 right, 2 wrong",
      "Britain;France;US;Germany;Japan;Italy | WRONG | 0 | 3 of 3 right, 3 wrong",
      "Germany;Japan                   | WRONG   | 0     | 0 of 3 right, 2 wrong"})
  void multiSelectCountsRightTicksLessWrongOnes(String ticked, Outcome outcome, double score, String note) {
    Verdict v = Grader.grade(LAUNCHED, new Answer.Choices(Set.of(ticked.split(";"))));
    assertThat(v.outcome()).isEqualTo(outcome);
    assertThat(v.score()).isCloseTo(score, within(0.001));
    assertThat(v.note()).isEqualTo(note);
    assertThat(v.isCorrect()).isEqualTo(outcome == Outcome.CORRECT);
  }

  static final Ordering EVENTS = new Ordering("q-00000004", "Put in order.",
      List.of("Resolution 1973 adopted", "Operation launched", "Command passed to NATO", "Ban visits Moscow"), "event", SOURCE);

  @Test
  void orderingScoresTheShareOfItemsInTheirPlace() {
    List<String> a = EVENTS.answers();
    assertThat(Grader.grade(EVENTS, new Answer.Order(a))).isEqualTo(Verdict.correct());
    Verdict twoSwapped = Grader.grade(EVENTS, new Answer.Order(List.of(a.get(1), a.get(0), a.get(2), a.get(3))));
    assertThat(twoSwapped).isEqualTo(new Verdict(Outcome.WRONG, 0.5, "2 of 4 in the right place"));
    Verdict reversed = Grader.grade(EVENTS, new Answer.Order(List.of(a.get(3), a.get(2), a.get(1), a.get(0))));
    assertThat(reversed).isEqualTo(new Verdict(Outcome.WRONG, 0, "0 of 4 in the right place"));
  }

  static final Matching WHO = new Matching("q-00000005", "Match each person to the post.", List.of(
      new Matching.Pair("Dmitry Medvedev", "President"), new Matching.Pair("Sergei Lavrov", "Foreign Minister"),
      new Matching.Pair("Ban Ki-moon", "UN Secretary-General"), new Matching.Pair("Vladimir Putin", "Prime Minister")), "role", SOURCE);

  @Test
  void matchingScoresTheShareOfPairsRight() {
    var all = Map.of("Dmitry Medvedev", "President", "Sergei Lavrov", "Foreign Minister", "Ban Ki-moon", "UN Secretary-General",
        "Vladimir Putin", "Prime Minister");
    assertThat(Grader.grade(WHO, new Answer.Pairs(all))).isEqualTo(Verdict.correct());
    var threeRight = Map.of("Dmitry Medvedev", "President", "Sergei Lavrov", "Foreign Minister", "Ban Ki-moon", "UN Secretary-General");
    assertThat(Grader.grade(WHO, new Answer.Pairs(threeRight))).isEqualTo(new Verdict(Outcome.WRONG, 0.75, "3 of 4 pairs right"));
    var twoSwapped = Map.of("Dmitry Medvedev", "Prime Minister", "Sergei Lavrov", "Foreign Minister", "Ban Ki-moon", "UN Secretary-General",
        "Vladimir Putin", "President");
    assertThat(Grader.grade(WHO, new Answer.Pairs(twoSwapped))).isEqualTo(new Verdict(Outcome.WRONG, 0.5, "2 of 4 pairs right"));
  }

  @Test
  void anAnswerOfTheWrongShapeIsWrongAndASkipIsSkipped() {
    assertThat(Grader.grade(LAUNCHED, new Answer.Text("Britain, France, US"))).isEqualTo(Verdict.wrong());
    assertThat(Grader.grade(EVENTS, new Answer.Choices(Set.of("Operation launched")))).isEqualTo(Verdict.wrong());
    assertThat(Grader.grade(WHO, new Answer.Skip())).isEqualTo(Verdict.skipped());
  }
}
