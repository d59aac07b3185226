package org.factdrill.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.questions.Question;
import org.factdrill.quiz.QuizItem;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;

class StudyPlanTest {
  static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

  static StudyQuestion q(Question question, String fact) {
    return new StudyQuestion(QuizItem.natural(question, "libya"), Optional.ofNullable(fact));
  }

  /** A card in review, last seen {@code daysAgo}, due {@code dueInHours} from now (negative: overdue). */
  static StudyCard reviewCard(Question question, String fact, int daysAgo, int dueInHours) {
    Instant last = NOW.minus(Duration.ofDays(daysAgo));
    return new StudyCard(question.id(), Optional.ofNullable(fact), "libya",
        new Card(CardState.REVIEW, NOW.plus(Duration.ofHours(dueInHours)), 5, 5, 3, 3, 3, 0, 0, Optional.of(last)));
  }

  @Test
  void dueReviewsComeFirstMostOverdueFirstThenNewInBankOrderUpToTheAllowance() {
    var available = List.of(q(TestBanks.WHEN_ADOPTED, null), q(TestBanks.WHO_ASKED, null), q(TestBanks.RESOLUTION, null),
        q(TestBanks.COMMAND_TRUE, null), q(TestBanks.VISIT_FALSE, null), q(TestBanks.MINISTER, null));
    var cards = List.of(reviewCard(TestBanks.WHO_ASKED, null, 5, -2), reviewCard(TestBanks.RESOLUTION, null, 9, -30),
        reviewCard(TestBanks.COMMAND_TRUE, null, 1, 48));
    StudyPlan plan = StudyPlan.make(available, cards, NOW, 2, Map.of(), 100);
    assertThat(plan.reviews()).extracting(e -> e.question().questionId()).containsExactly("q-00000003", "q-00000002");
    assertThat(plan.fresh()).extracting(e -> e.question().questionId()).containsExactly("q-00000001", "q-00000005");
    assertThat(plan.nextDue()).contains(NOW.plus(Duration.ofHours(48)));
    assertThat(plan.dormant()).isZero();

    StudyPlan capped = StudyPlan.make(available, cards, NOW, 2, Map.of(), 3);
    assertThat(capped.entries()).hasSize(3);
    assertThat(capped.fresh()).hasSize(1);
  }

  @Test
  void oneQuestionPerFactPerDay() {
    var available = List.of(q(TestBanks.WHO_ASKED, "f-medvedev"), q(TestBanks.WHO_SECRETARY, "f-ban"), q(TestBanks.MINISTER, "f-lavrov"),
        q(TestBanks.VISIT_DAYS, "f-ban"), q(TestBanks.ROLES, "f-lavrov"));
    // Lavrov's fact was reviewed today with another question: its question waits for another day.
    StudyPlan plan = StudyPlan.make(available, List.of(), NOW, 20, Map.of(StudyPlan.factKey("libya", "f-lavrov"), "q-0000ffff"), 100);
    assertThat(plan.fresh()).extracting(e -> e.question().questionId()).containsExactly("q-00000002", "q-00000009");
  }

  @Test
  void aCardFollowsItsFactWhenTheQuestionWasReworded() {
    // The bank was regenerated: q-00000001 is gone, q-0000000c tests the same fact now.
    var before = reviewCard(TestBanks.WHEN_ADOPTED, "f-adopted", 4, -1);
    var unrelated = reviewCard(TestBanks.ROLES, null, 4, -1);
    var available = new ArrayList<StudyQuestion>(List.of(q(TestBanks.VISIT_DAYS, "f-adopted"), q(TestBanks.MINISTER, null)));
    StudyPlan plan = StudyPlan.make(available, List.of(before, unrelated), NOW, 0, Map.of(), 100);
    assertThat(plan.reviews()).hasSize(1);
    StudyEntry e = plan.reviews().get(0);
    assertThat(e.question().questionId()).isEqualTo("q-0000000c");
    assertThat(e.storedAs()).contains("q-00000001");
    assertThat(e.card()).isEqualTo(before.card());
    assertThat(plan.dormant()).as("the card of a question in no bank waits").isEqualTo(1);
  }

  @Test
  void aLearningCardStudiedTodayComesBackTheSameDay() {
    var learning = new StudyCard("q-00000002", Optional.of("f-medvedev"), "libya",
        new Card(CardState.LEARNING, NOW.minusSeconds(60), 2.3, 5, 0, 0, 1, 0, 1, Optional.of(NOW.minusSeconds(660))));
    StudyPlan plan = StudyPlan.make(List.of(q(TestBanks.WHO_ASKED, "f-medvedev")), List.of(learning), NOW, 0,
        Map.of(StudyPlan.factKey("libya", "f-medvedev"), "q-00000002"), 100);
    assertThat(plan.reviews()).hasSize(1);
  }
}
