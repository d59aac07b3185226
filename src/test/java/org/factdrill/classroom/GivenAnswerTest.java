package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.factdrill.grading.Answer;
import org.factdrill.questions.MultiSelect;
import org.junit.jupiter.api.Test;

class GivenAnswerTest {

  @Test
  void choicesOrdersAndPairsAreReadBackFromTheirWords() {
    assertThat(GivenAnswer.decode(ClassFixtures.DATE, "March 19")).isEqualTo(new Answer.Choice("March 19"));
    assertThat(GivenAnswer.decode(ClassFixtures.NATO, "false")).isEqualTo(new Answer.Choice("false"));
    assertThat(GivenAnswer.decode(ClassFixtures.PRESIDENT, "Putin")).isEqualTo(new Answer.Text("Putin"));
    assertThat(GivenAnswer.decode(ClassFixtures.COUNTRIES, "Russia, Britain")).isEqualTo(new Answer.Choices(Set.of("Russia", "Britain")));
    assertThat(GivenAnswer.decode(ClassFixtures.EVENTS, "Military operation launched → Resolution 1973 adopted → Command transferred to NATO"))
        .isEqualTo(new Answer.Order(List.of("Military operation launched", "Resolution 1973 adopted", "Command transferred to NATO")));
    var pairs = new LinkedHashMap<String, String>();
    pairs.put("Medvedev", "Foreign Minister");
    pairs.put("Lavrov", "President");
    pairs.put("Ban Ki-moon", "Secretary General");
    assertThat(GivenAnswer.decode(ClassFixtures.ROLES, "Medvedev → Foreign Minister; Lavrov → President; Ban Ki-moon → Secretary General"))
        .isEqualTo(new Answer.Pairs(pairs));
    assertThat(GivenAnswer.decode(ClassFixtures.DATE, "")).isEqualTo(new Answer.Skip());
  }

  @Test
  void optionsHoldingTheSeparatorAreSplitRight() {
    var q = new MultiSelect("q-00000099", "Which?", List.of("Paris, France", "Rome"),
        List.of("Paris, France", "Rome", "Paris", "France"), "place", ClassFixtures.S0);
    assertThat(GivenAnswer.decode(q, "Paris, France, Rome")).isEqualTo(new Answer.Choices(Set.of("Paris, France", "Rome")));
    assertThat(GivenAnswer.decode(q, "Paris, Rome")).isEqualTo(new Answer.Choices(Set.of("Paris", "Rome")));
    assertThat(GivenAnswer.decode(q, "Berlin")).isEqualTo(new Answer.Text("Berlin"));
  }
}
