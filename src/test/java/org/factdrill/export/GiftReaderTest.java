package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class GiftReaderTest {
  private final GiftReader reader = new GiftReader();

  private BankReader.Import read(String gift) throws ImportException {
    return reader.read(gift, "My Quiz.gift");
  }

  @Test
  void readsHandWrittenGiftOfEveryTypeMoodleDocuments() throws Exception {
    String gift = String.join("\r\n",
        "// A teacher's file, as Moodle's docs show it.",
        "::Grant::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
        "",
        "Grant is {~buried =entombed ~living} in Grant's tomb.",
        "",
        "Grant is buried in Grant's tomb.{FALSE}",
        "",
        "Who's buried in Grant's tomb?{=no one =nobody}",
        "",
        "When was Ulysses S. Grant born?{#1822}",
        "",
        "Match the following countries with their capitals. {",
        "   =Canada -> Ottawa",
        "   =Italy  -> Rome",
        "}",
        "",
        "What two people are entombed in Grant's tomb? {",
        "   ~%-100%No one",
        "   ~%50%Grant",
        "   ~%50%Grant's wife",
        "   ~%-100%Grant's father",
        "}",
        "");
    var result = read(gift);
    List<Question> q = result.bank().questions();
    assertThat(q).hasSize(7);
    assertThat(q.get(0)).isInstanceOfSatisfying(MultipleChoice.class, mc -> {
      assertThat(mc.prompt()).isEqualTo("Who's buried in Grant's tomb?");
      assertThat(mc.answer()).isEqualTo("no one");
      assertThat(mc.choices()).containsExactly("Grant", "Jefferson", "no one");
      assertThat(mc.id()).matches("q-[0-9a-f]{8}");
    });
    assertThat(q.get(1).prompt()).isEqualTo("Grant is ____ in Grant's tomb.");
    assertThat(q.get(2)).isInstanceOfSatisfying(TrueFalse.class, tf -> assertThat(tf.answer()).isFalse());
    assertThat(q.get(3)).isInstanceOfSatisfying(ShortAnswer.class, sa -> {
      assertThat(sa.answer()).isEqualTo("no one");
      assertThat(sa.accept()).containsExactly("nobody");
    });
    assertThat(q.get(4)).isInstanceOfSatisfying(ShortAnswer.class, sa -> {
      assertThat(sa.answer()).isEqualTo("1822");
      assertThat(sa.kind()).isEqualTo(ImportDefaults.NUMBER_KIND);
    });
    assertThat(q.get(5)).isInstanceOfSatisfying(Matching.class, m ->
        assertThat(m.pairs()).containsExactly(new Matching.Pair("Canada", "Ottawa"), new Matching.Pair("Italy", "Rome")));
    assertThat(q.get(6)).isInstanceOfSatisfying(MultiSelect.class, ms -> {
      assertThat(ms.answers()).containsExactly("Grant", "Grant's wife");
      assertThat(ms.choices()).hasSize(4);
    });
    assertThat(q.get(0).kind()).isEqualTo(ImportDefaults.KIND);
    assertThat(q.get(0).source()).isEqualTo(ImportDefaults.source("GIFT"));
    assertThat(result.bank().id()).isEqualTo("my-quiz");
    assertThat(result.bank().title()).isEqualTo("My Quiz");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void whatFactdrillCannotHoldIsLeftOutWithAWarningNamingTheLine() throws Exception {
    var result = read("Just some instructions.\n\nWrite an essay.{}\n\nA number from 1 to 5?{#1..5}\n\nTwo?{#2:0.5}\n");
    assertThat(result.bank().questions()).hasSize(1);
    assertThat(result.warnings()).containsExactly(
        "My Quiz.gift: line 1: left out a description (text with no answers): factdrill holds only questions",
        "My Quiz.gift: line 3: left out an essay question: factdrill cannot grade essays",
        "My Quiz.gift: line 5: left out a numerical question with a range (1..5): factdrill has no ranges",
        "My Quiz.gift: line 7: the tolerance ±0.5 of 2 left out: only the exact number counts");
  }

  @Test
  void escapedControlCharactersAreTextAndAnEscapedNewlineIsANewline() throws Exception {
    var q = read("Is 1\\=1 \\{really\\}\\ntrue?{=yes \\~ sure =a\\#b}").bank().questions().get(0);
    assertThat(q.prompt()).isEqualTo("Is 1=1 {really}\ntrue?");
    assertThat(((ShortAnswer) q).answer()).isEqualTo("yes ~ sure");
    assertThat(q.accept()).containsExactly("a#b");
  }

  @Test
  void malformedGiftNamesTheLine() {
    assertThatThrownBy(() -> read("// header\n\nFine?{T}\n\n\nBroken {=a =b\nno closing brace\n"))
        .isInstanceOf(ImportException.class)
        .hasMessage("My Quiz.gift: line 6: a \"{\" without its \"}\" (or the other way round); escape a literal brace as \\{ or \\}");
    assertThatThrownBy(() -> read("Q1?{T}\n\nHow many?{#many}\n")).hasMessage("My Quiz.gift: line 3: not a number: \"many\"");
    assertThatThrownBy(() -> read("Pairs?{=a -> 1 =b}\n")).hasMessageStartingWith("My Quiz.gift: line 1: a matching pair without \"->\"");
    assertThatThrownBy(() -> read("Which?{~a ~b ~c}\n")).hasMessageStartingWith("My Quiz.gift: line 1: no right answer");
  }

  @Test
  void aRepeatedQuestionIdIsAnError() {
    assertThatThrownBy(() -> read("::q-00000001::A?{T}\n\n::q-00000001::B?{F}\n"))
        .hasMessage("My Quiz.gift: line 3: the question id q-00000001 is already used by the question on line 1");
    // No id written: a question pasted twice is named as such, not by an id the teacher never saw.
    assertThatThrownBy(() -> read("What is 2+2? {=4 ~5 ~6}\n\nWhat is 2+2? {=4 ~5 ~6}\n"))
        .hasMessage("My Quiz.gift: line 3: the same question as on line 1");
  }
}
