package org.factdrill.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.ResponseSink;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;

/** The screens driven by events, with no terminal at all: what each key leads to and what is drawn. */
class ScreensTest {
  private Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final List<Response> kept = new ArrayList<>();

  private Flow flow(QuizSession session, Optional<Rater> rater) {
    session.addSink(new ResponseSink() {
      @Override
      public void responded(QuizSession s, Response r) {
        kept.add(r);
      }
    });
    return new Flow(session, () -> now, rater, QuizView.GO_ON_WITH_RESUME, () -> new QuizView(false, 100));
  }

  private static QuizSession session(QuizSettings settings, QuizItem... items) {
    return new QuizSession("s", "Libya", List.of(items), settings, Instant.parse("2026-03-02T09:00:00Z"));
  }

  private String drawn(Screen s) {
    return s.render(new QuizView(false, 100), now).stream().map(Object::toString).collect(Collectors.joining("\n"));
  }

  private static Screen type(Screen s, String text) {
    for (char c : text.toCharArray()) s = s.on(c == ' ' ? Screen.Event.key(Screen.Key.SPACE) : Screen.Event.chars(String.valueOf(c)));
    return s;
  }

  private static Screen enter(Screen s) {
    return s.on(Screen.Event.key(Screen.Key.ENTER));
  }

  // Choices: Ban Ki-moon, Sergei Lavrov, Dmitry Medvedev, Kofi Annan (a, b, c, d).
  private final QuizItem secretary = QuizItem.natural(TestBanks.WHO_SECRETARY, "b");

  @Test
  void typingAnAnswerOnAChoiceQuestionDoesNotPickChoicesLetterByLetter() {
    Flow f = flow(session(QuizSettings.selfStudy(), secretary), Optional.empty());
    Screen s = type(f.ask(), "Ban");
    assertThat(kept).as("no letter of \"Ban\" answered on its own").isEmpty();
    assertThat(((ChoiceScreen) s).typed()).isEqualTo("Ban");
    assertThat(((ChoiceScreen) s).cursor()).as("the cursor follows the only choice starting so").isEqualTo(0);
    assertThat(drawn(s)).contains("> Ban");
    s = enter(s);
    assertThat(kept).extracting(Response::given).containsExactly("Ban");
    assertThat(kept.get(0).isCorrect()).isTrue();
    assertThat(s).isInstanceOf(FeedbackScreen.class);
  }

  @Test
  void aLetterAloneNamesItsChoiceAndTextMatchingNoChoiceIsAskedAgain() {
    Flow f = flow(session(QuizSettings.selfStudy(), secretary, secretary), Optional.empty());
    Screen s = type(f.ask(), "c");
    assertThat(((ChoiceScreen) s).cursor()).isEqualTo(2);
    assertThat(kept).isEmpty();
    s = enter(s);
    assertThat(kept).extracting(Response::given).containsExactly("Dmitry Medvedev");
    s = enter(s); // past the feedback
    s = enter(type(s, "Obama"));
    assertThat(kept).hasSize(1);
    assertThat(s).isInstanceOf(ChoiceScreen.class);
    assertThat(drawn(s)).contains("\"Obama\" is not one of the choices");
    assertThat(((ChoiceScreen) s).typed()).as("asked again with an empty line").isEmpty();
    s = s.on(Screen.Event.key(Screen.Key.DOWN));
    enter(s);
    assertThat(kept).hasSize(2);
  }

  @Test
  void sourceBeforeAnsweringSaysItComesAfterAndNeverShowsTheLastOne() {
    Flow f = flow(session(QuizSettings.selfStudy(), QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), secretary), Optional.empty());
    Screen s = enter(type(f.ask(), "a"));
    s = enter(s); // on to question 2
    s = s.on(Screen.Event.chars(":"));
    assertThat(s.line()).contains(new Screen.LineRequest("> ", ":"));
    s = s.on(new Screen.Event.Line(":source"));
    String screen = drawn(s);
    assertThat(screen).contains("The source sentence of this question is shown after you answer it.")
        .doesNotContain("Source: On March 17");
  }

  @Test
  void aTimedQuestionShowsTheTimeLeftAndTimesOutOnItsOwn() {
    var settings = QuizSettings.selfStudy().withTimeLimit(Duration.ofSeconds(30)).withHintsAllowed(false);
    Flow f = flow(session(settings, secretary), Optional.empty());
    Screen s = f.ask();
    assertThat(s.ticks()).isTrue();
    now = now.plusSeconds(12);
    assertThat(drawn(s.on(new Screen.Event.Tick()))).contains("Time left: 18s");
    now = now.plusSeconds(19);
    s = s.on(new Screen.Event.Tick());
    assertThat(s).isInstanceOf(FeedbackScreen.class);
    assertThat(kept).hasSize(1);
    assertThat(drawn(s)).contains("⌛ Time is up — the answer: Ban Ki-moon");
  }

  @Test
  void aRightAnswerAfterTheLimitIsShownAsTooLateWithTheAnswerGiven() {
    var settings = QuizSettings.selfStudy().withTimeLimit(Duration.ofSeconds(30));
    Flow f = flow(session(settings, secretary), Optional.empty());
    Screen s = type(f.ask(), "a");
    now = now.plusSeconds(45);
    s = enter(s);
    assertThat(kept.get(0).isLate()).isTrue();
    assertThat(drawn(s)).contains("⌛ Too late — you gave Ban Ki-moon after the time limit, so it counts as wrong; the answer: Ban");

    // Under feedback at the end, the next question says so.
    kept.clear();
    Flow exam = flow(session(settings.withFeedback(QuizSettings.Feedback.AT_END), secretary, secretary), Optional.empty());
    Screen e = type(exam.ask(), "a");
    now = now.plusSeconds(45);
    e = enter(e);
    assertThat(drawn(e)).contains("Question 2 of 2").contains("Too late: your answer to question 1 (Ban Ki-moon) came after the time limit");
  }

  @Test
  void textTypedWhenTheTimeRunsOutIsGivenAsTooLateNotLost() {
    var settings = QuizSettings.selfStudy().withTimeLimit(Duration.ofSeconds(10));
    Flow f = flow(session(settings, secretary), Optional.empty());
    Screen s = type(f.ask(), "Kofi");
    now = now.plusSeconds(11);
    s = s.on(new Screen.Event.Tick());
    assertThat(kept).extracting(Response::given).containsExactly("Kofi");
    assertThat(kept.get(0).isLate()).isTrue();
    assertThat(drawn(s)).contains("⌛ Too late — you gave Kofi after the time limit");
  }

  @Test
  void keysOneToFourChangeTheRatingOnTheFeedbackScreen() {
    var changes = new ArrayList<Integer>();
    Rater rater = new Rater() {
      @Override
      public String describe(boolean plain) {
        return "Rated Good (right)";
      }

      @Override
      public String change(int grade) {
        changes.add(grade);
        return "Rating changed to " + grade;
      }
    };
    Flow f = flow(session(QuizSettings.selfStudy(), secretary, secretary), Optional.of(rater));
    Screen s = enter(type(f.ask(), "a"));
    assertThat(drawn(s)).contains("Rated Good (right)");
    s = s.on(Screen.Event.chars("2"));
    assertThat(s).isInstanceOf(FeedbackScreen.class);
    assertThat(drawn(s)).contains("Rating changed to 2");
    s = s.on(Screen.Event.chars("4"));
    assertThat(changes).containsExactly(2, 4);
    assertThat(enter(s)).isInstanceOf(ChoiceScreen.class);
  }

  @Test
  void ctrlCAsksAndNoGoesBackToTheSameQuestion() {
    Flow f = flow(session(QuizSettings.selfStudy(), secretary), Optional.empty());
    Screen q = type(f.ask(), "K");
    Screen leave = q.on(Screen.Event.key(Screen.Key.INTERRUPT));
    assertThat(drawn(leave)).contains("Leave? Your 0 answers are saved");
    assertThat(leave.on(Screen.Event.chars("n"))).isSameAs(q);
    assertThat(leave.on(Screen.Event.chars("y"))).isEqualTo(new Screen.Done(QuizEnd.LEFT));
  }
}
