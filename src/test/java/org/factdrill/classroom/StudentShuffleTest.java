package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentShuffleTest {

  private final ClassQuiz quiz = ClassFixtures.quiz();

  @Test
  void aStudentSeesTheSameOrderEveryTimeAndEveryOptionOnce() {
    var alice = new Student("Alice", "");
    for (var q : quiz.questions()) {
      List<String> first = StudentShuffle.options(quiz, alice, q);
      assertThat(StudentShuffle.options(quiz, new Student("alice", ""), q)).isEqualTo(first);
      assertThat(new HashSet<>(first)).hasSize(first.size());
    }
    assertThat(StudentShuffle.options(quiz, alice, ClassFixtures.DATE)).containsExactlyInAnyOrderElementsOf(ClassFixtures.DATE.choices());
    assertThat(StudentShuffle.options(quiz, alice, ClassFixtures.NATO)).containsExactly("True", "False");
    assertThat(StudentShuffle.options(quiz, alice, ClassFixtures.PRESIDENT)).isEmpty();
  }

  @Test
  void neighboursMostlySeeTheAnswerUnderDifferentLetters() {
    // Over 30 students, where the right answer of a 4-option question lands should vary: every
    // letter is used, and no letter takes more than half the class.
    int[] at = new int[4];
    for (int s = 0; s < 30; s++) {
      at[StudentShuffle.options(quiz, new Student("Student " + s, ""), ClassFixtures.DATE).indexOf("March 17")]++;
    }
    for (int n : at) assertThat(n).isBetween(1, 15);
    // Another quiz code gives another order for the same student.
    var other = new ClassQuiz("ABCDEF", quiz.title(), quiz.createdAt(), quiz.settings(), quiz.questions());
    long differing = java.util.stream.IntStream.range(0, 30)
        .filter(s -> !StudentShuffle.options(quiz, new Student("S" + s, ""), ClassFixtures.DATE)
            .equals(StudentShuffle.options(other, new Student("S" + s, ""), ClassFixtures.DATE)))
        .count();
    assertThat(differing).isGreaterThan(15);
  }

  @Test
  void withShufflingOffEveryoneSeesTheBankOrderButItemsToOrderAreStillMixed() {
    var same = ClassFixtures.quiz(new ClassSettings(false, 0, ClassSettings.Feedback.AT_END, false));
    var a = new Student("A", "");
    var b = new Student("B", "");
    assertThat(StudentShuffle.options(same, a, ClassFixtures.DATE)).isEqualTo(ClassFixtures.DATE.choices());
    List<String> items = StudentShuffle.options(same, a, ClassFixtures.EVENTS);
    assertThat(items).isEqualTo(StudentShuffle.options(same, b, ClassFixtures.EVENTS));
    assertThat(items).isNotEqualTo(ClassFixtures.EVENTS.answers()).containsExactlyInAnyOrderElementsOf(ClassFixtures.EVENTS.answers());
    assertThat(StudentShuffle.options(same, a, ClassFixtures.ROLES)).isNotEqualTo(ClassFixtures.ROLES.rights());
  }
}
