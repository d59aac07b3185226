package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyCodecTest {

  @Test
  void writeThenReadGivesTheSameKey() throws Exception {
    ClassKey key = ClassFixtures.key(ClassFixtures.quiz(), List.of(new Student("Ana", "s01"), new Student("Ben", "s02")));
    String json = KeyCodec.write(key);
    ClassKey back = KeyCodec.read(json, "key.json");
    assertThat(back).isEqualTo(key);
    assertThat(KeyCodec.write(back)).isEqualTo(json);
    assertThat(back.codeOf(new Student("Ana", "s01"))).isEqualTo(key.codeOf(new Student("Ana", "s01")));
    assertThat(key.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(ClassFixtures.SECRET));
  }

  @Test
  void aRosterWithoutIdsOrWithARepeatedIdCannotBeAKey() {
    var quiz = ClassFixtures.quiz();
    assertThatThrownBy(() -> ClassFixtures.key(quiz, List.of(new Student("Ana", ""))))
        .hasMessage("every student on a roster needs an id (Ana has none)");
    assertThatThrownBy(() -> ClassFixtures.key(quiz, List.of(new Student("Ana", "7"), new Student("Ben", "7"))))
        .hasMessage("the roster gives the id 7 to both Ana and Ben");
  }

  @Test
  void aPaperIsNotAKey() {
    String paper = PaperCodec.write(ClassFixtures.paper(ClassFixtures.quiz(), List.of()));
    assertThatThrownBy(() -> KeyCodec.read(paper, "quiz.json"))
        .hasMessage("quiz.json: at $.format: not a factdrill answer key (expected \"factdrill-class-key\")");
  }
}
