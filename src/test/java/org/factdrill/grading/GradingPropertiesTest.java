package org.factdrill.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** What must hold for every answer, not only the ones in the table. */
class GradingPropertiesTest {

  @Provide
  Arbitrary<String> answers() {
    // Letters (some accented), digits, spaces and the punctuation found in answers.
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçñ0123456789 -.,'()/")
        .ofMinLength(1).ofMaxLength(30).filter(s -> s.chars().anyMatch(Character::isLetterOrDigit));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).list().ofMinSize(1).ofMaxSize(4)
        .map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("person", "organization", "country", "date", "number", "document", "role", "event", "place");
  }

  @Property(tries = 300)
  void theAnswerAsWrittenIsAlwaysCorrect(@ForAll("answers") String answer, @ForAll("kinds") String kind) {
    assertThat(TextGrader.grade(answer, new ExpectedAnswer(answer, List.of(), List.of(), kind, "")).outcome())
        .isEqualTo(Verdict.Outcome.CORRECT);
  }

  @Property(tries = 300)
  void caseSpacingAndEndPunctuationNeverMatter(@ForAll("answers") String answer, @ForAll("kinds") String kind) {
    String shouted = "  " + answer.toUpperCase(Locale.ROOT).replace(" ", "   ") + "!?  ";
    assertThat(TextGrader.grade(shouted, new ExpectedAnswer(answer, List.of(), List.of(), kind, "")).outcome())
        .isEqualTo(Verdict.Outcome.CORRECT);
  }

  @Property(tries = 300)
  void aWrongChoiceTypedOutIsNeverAccepted(@ForAll("words") String answer, @ForAll("words") String other, @ForAll("kinds") String kind) {
    Assume.that(Forms.of(List.of(answer), kind).stream().noneMatch(f -> f.phrase().key().equals(Phrase.of(other).key())));
    Verdict v = TextGrader.grade(other, new ExpectedAnswer(answer, List.of(), List.of(other), kind, ""));
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.WRONG);
  }

  @Property(tries = 300)
  void gradingNeverFailsWhateverIsTyped(@ForAll @StringLength(max = 60) String given, @ForAll("answers") String answer,
      @ForAll @StringLength(max = 20) String other, @ForAll("kinds") String kind) {
    var choices = other.isBlank() ? List.<String>of() : List.of(other);
    Verdict v = TextGrader.grade(given, new ExpectedAnswer(answer, List.of(), choices, kind, given));
    assertThat(v.score()).isBetween(0.0, 1.0);
    assertThat(v.outcome()).isNotEqualTo(Verdict.Outcome.SKIPPED);
    assertThat(v.outcome() == Verdict.Outcome.ALMOST).isEqualTo(v.note().startsWith("almost: "));
  }

  @Property(tries = 200)
  void aTypoIsNeverAcceptedWhenItIsAsNearToAWrongChoice(@ForAll("words") String answer, @ForAll("words") String other,
      @ForAll("words") String given) {
    Verdict v = TextGrader.grade(given, new ExpectedAnswer(answer, List.of(), List.of(other), "event", ""));
    if (v.outcome() == Verdict.Outcome.ALMOST) {
      assertThat(Typos.distance(Phrase.of(given).key(), Phrase.of(other).key()))
          .isGreaterThan(Typos.distance(Phrase.of(given).key(), Phrase.of(answer).key()));
    }
  }
}
