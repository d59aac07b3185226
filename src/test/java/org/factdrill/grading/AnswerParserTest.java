package org.factdrill.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AnswerParserTest {
  static final Source SOURCE = new Source(7, "On March 17, the UN Security Council adopted Resolution 1973.");

  static final MultipleChoice WHEN = new MultipleChoice("q-00000001", "On what date was Resolution 1973 adopted?", "March 17",
      List.of("March 17", "March 19", "March 31", "April 1"), List.of(), "date", SOURCE);
  /** As a quiz would show it: shuffled, so letters are not the bank's order. */
  static final List<String> WHEN_SHOWN = List.of("March 31", "March 17", "April 1", "March 19");

  static final TrueFalse ABSTAINED = new TrueFalse("q-00000002", "Russia abstained from the vote.", true, "event", SOURCE);

  static final MultiSelect LAUNCHED = new MultiSelect("q-00000003", "Which countries launched the operation?",
      List.of("Britain", "France", "US"), List.of("Britain", "Germany", "France", "US", "Japan"), "country", SOURCE);

  static final Ordering EVENTS = new Ordering("q-00000004", "Put in order.",
      List.of("Resolution 1973 adopted", "Operation launched", "Command passed to NATO"), "event", SOURCE);
  static final List<String> EVENTS_SHOWN = List.of("Operation launched", "Command passed to NATO", "Resolution 1973 adopted");

  static final Matching WHO = new Matching("q-00000005", "Match each person to the post.", List.of(
      new Matching.Pair("Dmitry Medvedev", "President"), new Matching.Pair("Sergei Lavrov", "Foreign Minister"),
      new Matching.Pair("Ban Ki-moon", "UN Secretary-General")), "role", SOURCE);
  static final List<String> WHO_SHOWN = List.of("Foreign Minister", "UN Secretary-General", "President");

  static AnswerParser.Result parse(Question q, List<String> shown, String input) {
    return AnswerParser.parse(q, shown, input);
  }

  static Answer parsed(Question q, List<String> shown, String input) {
    AnswerParser.Result r = parse(q, shown, input);
    assertThat(r).as("parse of \"%s\"", input).isInstanceOf(AnswerParser.Result.Parsed.class);
    return ((AnswerParser.Result.Parsed) r).answer();
  }

  static String invalid(Question q, List<String> shown, String input) {
    AnswerParser.Result r = parse(q, shown, input);
    assertThat(r).as("parse of \"%s\"", input).isInstanceOf(AnswerParser.Result.Invalid.class);
    String message = ((AnswerParser.Result.Invalid) r).message();
    assertThat(message).as("one line").doesNotContain("\n").isNotBlank();
    return message;
  }

  @Nested
  class MultipleChoiceInput {
    @ParameterizedTest
    @ValueSource(strings = {"b", "B", " b ", "2", "March 17", "march 17", "MARCH 17."})
    void choosesByLetterNumberOrTextInTheOrderShown(String input) {
      assertThat(parsed(WHEN, WHEN_SHOWN, input)).isEqualTo(new Answer.Choice("March 17"));
    }

    @Test
    void textThatIsNoChoiceIsKeptForTheGraderWhichAcceptsOtherFormsAndTypos() {
      assertThat(parsed(WHEN, WHEN_SHOWN, "17 March")).isEqualTo(new Answer.Text("17 March"));
      assertThat(Grader.grade(WHEN, parsed(WHEN, WHEN_SHOWN, "17 March")).outcome()).isEqualTo(Verdict.Outcome.CORRECT);
      assertThat(Grader.grade(WHEN, parsed(WHEN, WHEN_SHOWN, "Marhc 17")).note()).isEqualTo("almost: March 17");
      assertThat(Grader.grade(WHEN, parsed(WHEN, WHEN_SHOWN, "19 March")).outcome()).isEqualTo(Verdict.Outcome.WRONG);
    }

    @Test
    void aLetterOrNumberOutOfRangeIsInvalidNotAnAnswer() {
      assertThat(invalid(WHEN, WHEN_SHOWN, "e")).isEqualTo("choose a–d or 1–4, or type the answer");
      assertThat(invalid(WHEN, WHEN_SHOWN, "5")).isEqualTo("choose a–d or 1–4, or type the answer");
    }

    @Test
    void whenTheChoicesAreNumbersTypingOneMeansThatChoice() {
      var howMany = new MultipleChoice("q-00000006", "How many countries launched the operation?", "5",
          List.of("3", "4", "5", "6"), List.of(), "number", SOURCE);
      assertThat(parsed(howMany, howMany.choices(), "5")).isEqualTo(new Answer.Choice("5"));
      assertThat(parsed(howMany, howMany.choices(), "c")).isEqualTo(new Answer.Choice("5"));
      assertThat(parsed(howMany, howMany.choices(), "five")).isEqualTo(new Answer.Choice("5"));
      assertThat(parsed(howMany, howMany.choices(), "5 countries")).isEqualTo(new Answer.Text("5 countries"));
      assertThat(Grader.grade(howMany, new Answer.Text("5 countries")).outcome()).isEqualTo(Verdict.Outcome.CORRECT);
    }

    @Test
    void emptyInputAsksForAnAnswer() {
      assertThat(invalid(WHEN, WHEN_SHOWN, "   ")).isEqualTo("type an answer, or :skip");
    }
  }

  @Nested
  class TrueFalseInput {
    @ParameterizedTest
    @CsvSource({"t,true", "T,true", "true,true", "True,true", "yes,true", "y,true", "a,true", "1,true",
        "f,false", "false,false", "FALSE,false", "no,false", "n,false", "b,false", "2,false"})
    void readsEveryCommonWayOfSayingTrueOrFalse(String input, String expected) {
      assertThat(parsed(ABSTAINED, List.of("True", "False"), input)).isEqualTo(new Answer.Choice(expected));
    }

    @Test
    void lettersFollowTheOrderShown() {
      assertThat(parsed(ABSTAINED, List.of("False", "True"), "a")).isEqualTo(new Answer.Choice("false"));
      assertThat(parsed(ABSTAINED, List.of(), "b")).isEqualTo(new Answer.Choice("false"));
    }

    @Test
    void anythingElseIsInvalid() {
      assertThat(invalid(ABSTAINED, List.of("True", "False"), "maybe")).isEqualTo("answer true or false (t/f, yes/no, or a–b or 1–2)");
    }

    @Test
    void theParsedChoiceIsGraded() {
      assertThat(Grader.grade(ABSTAINED, parsed(ABSTAINED, List.of("True", "False"), "yes")).outcome()).isEqualTo(Verdict.Outcome.CORRECT);
      assertThat(Grader.grade(ABSTAINED, parsed(ABSTAINED, List.of("True", "False"), "f")).outcome()).isEqualTo(Verdict.Outcome.WRONG);
    }
  }

  @Nested
  class MultiSelectInput {
    static final List<String> SHOWN = List.of("Britain", "Germany", "France", "US", "Japan");

    @ParameterizedTest
    @ValueSource(strings = {"a c d", "a,c,d", "1,3,4", "1 3 4", "a, c, d", "acd", "134", "d c a", "Britain, France, US",
        "britain, france, the US", "a c d a"})
    void readsLettersNumbersOrTextsInAnyOrder(String input) {
      assertThat(parsed(LAUNCHED, SHOWN, input)).isEqualTo(new Answer.Choices(Set.of("Britain", "France", "US")));
    }

    @Test
    void namesTheInputThatIsNoChoice() {
      assertThat(invalid(LAUNCHED, SHOWN, "a c x")).isEqualTo("\"x\" is not one of them: choose one or more of a–e or 1–5, e.g. \"a c\" or \"1,3\"");
      assertThat(invalid(LAUNCHED, SHOWN, "1 9")).startsWith("\"9\" is not one of them");
    }
  }

  @Nested
  class OrderingInput {
    @ParameterizedTest
    @ValueSource(strings = {"3 1 2", "3,1,2", "3, 1, 2", "312", "c a b", "cab", "3 > 1 > 2",
        "Resolution 1973 adopted, Operation launched, Command passed to NATO"})
    void readsTheItemsInTheOrderGiven(String input) {
      assertThat(parsed(EVENTS, EVENTS_SHOWN, input)).isEqualTo(new Answer.Order(EVENTS.answers()));
    }

    @Test
    void saysWhichItemIsMissingRepeatedOrUnknown() {
      assertThat(invalid(EVENTS, EVENTS_SHOWN, "3 1")).isEqualTo("item 2 is missing: give each of 1–3 once, in order, e.g. \"2 1 3\"");
      assertThat(invalid(EVENTS, EVENTS_SHOWN, "3 1 1")).isEqualTo("item 1 is given twice: give each of 1–3 once, in order, e.g. \"2 1 3\"");
      assertThat(invalid(EVENTS, EVENTS_SHOWN, "3 1 4")).startsWith("\"4\" is not one of them: give each of 1–3 once");
    }
  }

  @Nested
  class MatchingInput {
    static final Map<String, String> RIGHT = Map.of("Dmitry Medvedev", "President", "Sergei Lavrov", "Foreign Minister",
        "Ban Ki-moon", "UN Secretary-General");

    @ParameterizedTest
    @ValueSource(strings = {"1c 2a 3b", "1-c, 2-a, 3-b", "1:c 2:a 3:b", "1=c;2=a;3=b", "1c2a3b", "3b 1c 2a", "1C 2A 3B",
        "1) c 2) a 3) b", "c a b", "cab"})
    void readsPairsOrLettersInOrder(String input) {
      assertThat(parsed(WHO, WHO_SHOWN, input)).isEqualTo(new Answer.Pairs(RIGHT));
    }

    @Test
    void aWrongPairingIsStillAnAnswer() {
      Answer a = parsed(WHO, WHO_SHOWN, "1a 2c 3b");
      assertThat(a).isEqualTo(new Answer.Pairs(Map.of("Dmitry Medvedev", "Foreign Minister", "Sergei Lavrov", "President",
          "Ban Ki-moon", "UN Secretary-General")));
      Verdict v = Grader.grade(WHO, a);
      assertThat(v.outcome()).isEqualTo(Verdict.Outcome.WRONG);
      assertThat(v.score()).isEqualTo(1.0 / 3);
    }

    @Test
    void saysWhatIsWrongWithTheInput() {
      String usage = "pair each of 1–3 with a letter a–c, e.g. \"1b 2c 3a\"";
      assertThat(invalid(WHO, WHO_SHOWN, "1c 2a")).isEqualTo("item 3 has no letter: " + usage);
      assertThat(invalid(WHO, WHO_SHOWN, "1c 2c 3b")).isEqualTo("letter c is used for items 1 and 2: " + usage);
      assertThat(invalid(WHO, WHO_SHOWN, "1c 1a 3b")).isEqualTo("item 1 is paired twice: " + usage);
      assertThat(invalid(WHO, WHO_SHOWN, "1c 2a 4b")).isEqualTo("there is no item 4: " + usage);
      assertThat(invalid(WHO, WHO_SHOWN, "1c 2a 3d")).isEqualTo("there is no letter d: " + usage);
      assertThat(invalid(WHO, WHO_SHOWN, "Medvedev is president")).isEqualTo(usage);
      assertThat(invalid(WHO, WHO_SHOWN, "1c 2a 3b and more")).isEqualTo(usage);
    }
  }

  @Test
  void shortAnswersAreTakenAsTyped() {
    var q = new ShortAnswer("q-00000007", "Who is Russia's foreign minister?", "Sergei Lavrov", List.of(), "person", SOURCE);
    assertThat(parsed(q, List.of(), "  Lavrov ")).isEqualTo(new Answer.Text("Lavrov"));
  }

  @Test
  void aVeryLongAnswerIsParsedAndGradedQuickly() {
    String huge = "x".repeat(10_000);
    var q = new ShortAnswer("q-00000007", "Who is Russia's foreign minister?", "Sergei Lavrov", List.of(), "person", SOURCE);
    assertThat(Grader.grade(q, parsed(q, List.of(), huge)).outcome()).isEqualTo(Verdict.Outcome.WRONG);
    assertThat(invalid(LAUNCHED, MultiSelectInput.SHOWN, huge)).endsWith("e.g. \"a c\" or \"1,3\"");
    assertThat(invalid(WHO, WHO_SHOWN, huge)).startsWith("pair each of 1–3");
  }
}
