package org.factdrill.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

  @ParameterizedTest(name = "{0} letters: {1} edits")
  @CsvSource({"1,0", "2,0", "3,0", "4,0", "5,1", "8,1", "9,2", "14,2", "15,3", "40,3"})
  void theThresholdGrowsWithLength(int letters, int edits) {
    assertThat(Typos.allowedEdits(letters)).isEqualTo(edits);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({"medvedev,medvedev,0", "medvedv,medvedev,1", "medevdev,medvedev,1", "lavrov,lavrof,1", "austrlia,australia,1",
      "austrlia,austria,1", "lybia,libya,2", "iran,iraq,1", "ab,ba,1", "'',abc,3"})
  void countsASwapOfNeighboursAsOneEdit(String a, String b, int distance) {
    assertThat(Typos.distance(a, b)).isEqualTo(distance);
  }

  @Test
  void eachWordMustBeWithinItsOwnThreshold() {
    // Two slips in "Lavrov" are too many even though the whole name could take two.
    assertThat(Typos.typoEdits(Phrase.of("Sergei Lvrv"), Phrase.of("Sergei Lavrov"))).isEqualTo(-1);
    assertThat(Typos.typoEdits(Phrase.of("Sergey Lavrof"), Phrase.of("Sergei Lavrov"))).isEqualTo(2);
    // Short words are exact, even inside a long answer.
    assertThat(Typos.typoEdits(Phrase.of("US Security Council"), Phrase.of("UN Security Council"))).isEqualTo(-1);
    // Numbers are never typos.
    assertThat(Typos.typoEdits(Phrase.of("Resolution 1974"), Phrase.of("Resolution 1973"))).isEqualTo(-1);
    assertThat(Typos.typoEdits(Phrase.of("Resolutoin 1973"), Phrase.of("Resolution 1973"))).isEqualTo(1);
    // A space dropped is no edit at all; a short word added or dropped is not a typo.
    assertThat(Typos.typoEdits(Phrase.of("SergeiLavrv"), Phrase.of("Sergei Lavrov"))).isEqualTo(1);
    assertThat(Typos.typoEdits(Phrase.of("US Security Council"), Phrase.of("Security Council"))).isEqualTo(-1);
  }
}
