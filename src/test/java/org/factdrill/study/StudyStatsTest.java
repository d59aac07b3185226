package org.factdrill.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StudyStatsTest {
  static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

  static StudyCard due(String id, Duration fromNow, CardState state) {
    return new StudyCard(id, Optional.empty(), "b", new Card(state, NOW.plus(fromNow), 3, 5, 1, 1, 2, 0, 0, Optional.of(NOW.minusSeconds(86_400))));
  }

  @Test
  void forecastCountsOverdueAsTodayAndEachLaterDayOnItsOwn() {
    var cards = List.of(due("a", Duration.ofDays(-3), CardState.REVIEW), due("b", Duration.ofHours(2), CardState.LEARNING),
        due("c", Duration.ofHours(10), CardState.REVIEW), due("d", Duration.ofDays(6), CardState.RELEARNING),
        due("e", Duration.ofDays(30), CardState.REVIEW));
    StudyStats s = StudyStats.of(cards, List.of(), NOW, ZoneOffset.UTC, 0.9, OptionalInt.of(7));
    // 15:00 + 10 h is tomorrow 01:00 in UTC.
    assertThat(s.forecast()).containsExactly(2, 1, 0, 0, 0, 0, 1, 0);
    assertThat(s.states()).containsEntry(CardState.REVIEW, 3).containsEntry(CardState.LEARNING, 1).containsEntry(CardState.RELEARNING, 1);
  }

  @Test
  void trueRetentionCountsOnlyReviewsOfLearnedCards() {
    var log = List.of(
        new PastReview(CardState.NEW, Rating.AGAIN, NOW, 0),
        new PastReview(CardState.LEARNING, Rating.AGAIN, NOW, 0.95),
        new PastReview(CardState.REVIEW, Rating.GOOD, NOW, 0.9),
        new PastReview(CardState.REVIEW, Rating.HARD, NOW, 0.8),
        new PastReview(CardState.REVIEW, Rating.AGAIN, NOW, 0.7),
        new PastReview(CardState.REVIEW, Rating.EASY, NOW, 0.96));
    StudyStats.Retention r = StudyStats.of(List.of(), log, NOW, ZoneOffset.UTC, 0.9, OptionalInt.empty()).retention();
    assertThat(r.reviews()).isEqualTo(4);
    assertThat(r.passed()).isEqualTo(3);
    assertThat(r.rate()).isEqualTo(0.75);
    assertThat(r.predicted()).isCloseTo(0.84, within(1e-9));
  }
}
