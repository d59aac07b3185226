package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;

class ResultCodecTest {

  private final ClassQuiz quiz = ClassFixtures.quiz();
  private final String digest = ClassQuizCodec.digest(quiz);

  private StudentResult zoe() {
    return ClassFixtures.result(quiz, new Student("Zoë O'Brien/Smith", "s-17"), List.of(
        new Answer.Choice("March 19"),
        new Answer.Choice("1973"),
        new Answer.Choice("true"),
        new Answer.Text("Medvedev"),
        new Answer.Choices(Set.of("Britain", "France")),
        new Answer.Order(ClassFixtures.EVENTS.answers()),
        new Answer.Pairs(Map.of("Medvedev", "President", "Lavrov", "Secretary General", "Ban Ki-moon", "Foreign Minister"))));
  }

  @Test
  void aResultReadsBackAsWrittenWithTheRealNameInside() throws Exception {
    StudentResult r = zoe();
    String json = ResultCodec.write(r, quiz);
    var reading = ResultCodec.read(json, "r.json", quiz, digest);
    assertThat(reading).isInstanceOf(ResultCodec.Reading.Valid.class);
    StudentResult back = ((ResultCodec.Reading.Valid) reading).result();
    assertThat(back).isEqualTo(r);
    assertThat(back.student().name()).isEqualTo("Zoë O'Brien/Smith");
    // Five right, March 19 wrong, and one pair of three right in the matching (partial credit 1/3).
    assertThat(back.score()).isCloseTo(5 + 1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(json).contains("\"checksum\" : \"hmac-sha256:");
    // Re-indenting the file is not an edit.
    assertThat(ResultCodec.read(json.replace("\n", "\n    "), "r.json", quiz, digest)).isInstanceOf(ResultCodec.Reading.Valid.class);
  }

  @Test
  void anEditedResultIsDetected() throws Exception {
    String json = ResultCodec.write(zoe(), quiz);
    String betterScore = json.replace("\"choice\" : \"March 19\"", "\"choice\" : \"March 17\"")
        .replaceFirst("\"outcome\" : \"wrong\",\n      \"score\" : 0.0", "\"outcome\" : \"correct\",\n      \"score\" : 1.0");
    assertThat(betterScore).isNotEqualTo(json);
    assertThat(ResultCodec.read(betterScore, "r.json", quiz, digest))
        .isEqualTo(new ResultCodec.Reading.Edited("the file was changed after it was written (its checksum does not match)",
            zoe().attemptId()));
    String renamed = json.replace("Zoë O'Brien/Smith", "Zoe");
    assertThat(ResultCodec.read(renamed, "r.json", quiz, digest)).isInstanceOf(ResultCodec.Reading.Edited.class);
    String noChecksum = json.replaceAll(",\n  \"checksum\" : \"[^\"]*\"", "");
    assertThatThrownBy(() -> ResultCodec.read(noChecksum, "r.json", quiz, digest))
        .hasMessage("r.json: at $: required field \"checksum\" is missing");
  }

  @Test
  void aResultOfAnotherQuizIsToldApartFromAnEditedOne() throws Exception {
    var other = new ClassQuiz("ABCDEF", "Another quiz", quiz.createdAt(), quiz.settings(), quiz.questions());
    String theirs = ResultCodec.write(ClassFixtures.result(other, new Student("Bo", ""), List.of()), other);
    assertThat(ResultCodec.read(theirs, "r.json", quiz, digest)).isEqualTo(new ResultCodec.Reading.OtherQuiz("ABCDEF", "Another quiz"));
    // Relabelled to look like ours: the key is the quiz's, so the seal does not hold.
    String relabelled = theirs.replace("ABCDEF", "K7QF3M");
    assertThat(ResultCodec.read(relabelled, "r.json", quiz, digest)).isInstanceOf(ResultCodec.Reading.Edited.class);
    // Same code, other content (the teacher re-created the quiz): refused with that reason.
    var remade = new ClassQuiz("K7QF3M", quiz.title(), quiz.createdAt(), quiz.settings(), quiz.questions().subList(0, 3));
    String old = ResultCodec.write(ClassFixtures.result(remade, new Student("Bo", ""), List.of()), remade);
    assertThat(ResultCodec.read(old, "r.json", quiz, digest))
        .extracting(r -> ((ResultCodec.Reading.Edited) r).reason())
        .isEqualTo("it was made for another version of quiz K7QF3M (different questions or settings), or changed after it was written");
  }

  @Test
  void notAResultFileIsAClearError() {
    assertThatThrownBy(() -> ResultCodec.read(ClassQuizCodec.write(quiz), "q.json", quiz, digest))
        .hasMessage("q.json: at $.format: expected \"factdrill-class-result\", found \"factdrill-class-quiz\"");
  }
}
