package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

  @Test
  void discriminationIsThePearsonCorrelationWithTheRestOfTheTest() {
    // Five students. Question scores x and rest-of-test scores y:
    //   x = 1 1 1 0 0   (mean 0.6)     y = 4 3 2 2 1   (mean 2.4)
    //   Σ(x−x̄)² = 3·0.16 + 2·0.36 = 1.2
    //   Σ(y−ȳ)² = 2.56 + 0.36 + 0.16 + 0.16 + 1.96 = 5.2
    //   Σ(x−x̄)(y−ȳ) = 0.4·1.6 + 0.4·0.6 + 0.4·(−0.4) + (−0.6)(−0.4) + (−0.6)(−1.4) = 0.64+0.24−0.16+0.24+0.84 = 1.8
    //   r = 1.8 / sqrt(1.2 · 5.2) = 1.8 / 2.4980 = 0.72058
    double[] x = {1, 1, 1, 0, 0};
    double[] y = {4, 3, 2, 2, 1};
    assertThat(ItemAnalysis.discrimination(x, y).getAsDouble()).isCloseTo(1.8 / Math.sqrt(1.2 * 5.2), within(1e-12));
    assertThat(ItemAnalysis.facility(x)).isEqualTo(0.6);
    // Reversed: weaker students did better.
    assertThat(ItemAnalysis.discrimination(new double[] {0, 0, 0, 1, 1}, y).getAsDouble()).isCloseTo(-0.72058, within(1e-5));
  }

  @Test
  void noDiscriminationWhenEveryoneScoredTheSameOrThereIsOneStudent() {
    assertThat(ItemAnalysis.discrimination(new double[] {1, 1, 1}, new double[] {3, 2, 1})).isEmpty();
    assertThat(ItemAnalysis.discrimination(new double[] {1, 0, 1}, new double[] {2, 2, 2})).isEmpty();
    assertThat(ItemAnalysis.discrimination(new double[] {1}, new double[] {2})).isEmpty();
  }

  @Test
  void gradeBandsPutBoundariesInTheHigherBand() {
    var quiz = new ClassQuiz("K7QF3M", "t", ClassFixtures.CREATED, ClassSettings.defaults(),
        List.of(ClassFixtures.DATE, ClassFixtures.NUMBER, ClassFixtures.NATO));
    Answer right1 = new Answer.Choice("March 17");
    Answer right2 = new Answer.Choice("1973");
    Answer right3 = new Answer.Choice("true");
    var none = ClassFixtures.result(quiz, new Student("A", ""), List.of());
    var one = ClassFixtures.result(quiz, new Student("B", ""), List.of(right1));
    var two = ClassFixtures.result(quiz, new Student("C", ""), List.of(right1, right2));
    var all = ClassFixtures.result(quiz, new Student("D", ""), List.of(right1, right2, right3));
    // 0%, 33.3%, 66.7%, 100%
    assertThat(ItemAnalysis.distribution(List.of(none, one, two, all)).counts()).containsExactly(1, 0, 0, 1, 0, 0, 1, 0, 0, 1);
    var g = ItemAnalysis.grades(List.of(none, one, two, all));
    assertThat(g.meanPercent()).isCloseTo(50, within(1e-9));
    assertThat(g.medianPercent()).isCloseTo(50, within(1e-9));
    assertThat(g.maxPercent()).isEqualTo(100);
  }

  @Test
  void wrongPicksCountEveryDistractorAndGroupTypedAnswers() {
    var quiz = new ClassQuiz("K7QF3M", "t", ClassFixtures.CREATED, ClassSettings.defaults(),
        List.of(ClassFixtures.COUNTRIES, ClassFixtures.PRESIDENT));
    var results = List.of(
        ClassFixtures.result(quiz, new Student("A", ""), List.of(new Answer.Choices(Set.of("Britain", "Russia")), new Answer.Text("Putin"))),
        ClassFixtures.result(quiz, new Student("B", ""), List.of(new Answer.Choices(Set.of("Britain", "France")), new Answer.Text("putin "))),
        ClassFixtures.result(quiz, new Student("C", ""), List.of(new Answer.Choices(Set.of("Russia")), new Answer.Text("Lavrov"))),
        ClassFixtures.result(quiz, new Student("D", ""), List.of(new Answer.Skip(), new Answer.Text("medvedev"))));
    var a = ItemAnalysis.analyse(quiz, results);
    var countries = a.questions().get(0);
    assertThat(countries.wrongPicks()).containsExactly(new ItemAnalysis.WrongPick("Russia", 2), new ItemAnalysis.WrongPick("China", 0));
    assertThat(countries.correct()).isEqualTo(1);
    assertThat(countries.skipped()).isEqualTo(1);
    // "Putin" twice (case and spaces folded); "Lavrov" once is not listed; the right "medvedev" is not a wrong pick.
    assertThat(a.questions().get(1).wrongPicks()).containsExactly(new ItemAnalysis.WrongPick("Putin", 2));
    assertThat(a.mostMissed()).extracting(ItemAnalysis.QuestionStats::number).containsExactly(1, 2);
  }
}
