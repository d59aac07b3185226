package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StudentTest {

  @Test
  void fileNamesAreSafeSlugsWithAHashAndTheNameIsKeptAsGiven() {
    var zoe = new Student("  Zoë O'Brien/Smith ", "");
    assertThat(zoe.name()).isEqualTo("Zoë O'Brien/Smith");
    assertThat(zoe.fileName()).matches("zoe-o-brien-smith-[0-9a-f]{8}\\.json");
    assertThat(new Student("../../etc/passwd", "").fileName()).matches("etc-passwd-[0-9a-f]{8}\\.json");
    assertThat(new Student("王小明", "").fileName()).matches("student-[0-9a-f]{8}\\.json");
    assertThat(new Student("x".repeat(150), "").fileName()).hasSize(40 + 1 + 8 + 5);
  }

  @Test
  void theSameStudentWrittenDifferentlyIsOneStudentButSameSlugsStayApart() {
    var a = new Student("Ana  María", "");
    var b = new Student("ana maría", "");
    assertThat(a.key()).isEqualTo(b.key());
    assertThat(a.fileName()).isEqualTo(b.fileName());
    // Composed and decomposed accents are the same name.
    assertThat(new Student("Mari\u0301a", "").key()).isEqualTo(new Student("María", "").key());
    // Same slug, different people: the hash keeps their files apart.
    assertThat(new Student("Ana Maria", "").fileName()).isNotEqualTo(a.fileName());
    assertThat(new Student("Alex Kim", "s1").fileName()).isNotEqualTo(new Student("Alex Kim", "s2").fileName());
  }

  @Test
  void blankOrControlCharacterNamesAreRefused() {
    assertThatThrownBy(() -> new Student("  ", "")).hasMessage("the student's name must not be blank");
    assertThatThrownBy(() -> new Student("bob\u0007", "")).hasMessage("the student's name must not hold control characters");
    assertThatThrownBy(() -> new Student("b".repeat(201), "")).hasMessageContaining("longer than 200");
  }
}
