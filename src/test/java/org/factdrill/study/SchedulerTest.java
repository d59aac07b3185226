package org.factdrill.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** A card reviewed Good until its interval is long, so fuzz has room to act. */
  private static Card matured(Scheduler s) {
    Card c = Card.fresh(T0);
    Instant at = T0;
    for (int i = 0; i < 5; i++) {
      c = s.review(c, Rating.GOOD, at, new SplittableRandom(1)).after();
      at = c.due();
    }
    return c;
  }

  @Test
  void fuzzIsDrawnFromTheGivenSourceAndStaysNearTheInterval() {
    var plain = new Scheduler(FsrsParameters.defaults());
    var fuzzed = new Scheduler(FsrsParameters.defaults().withFuzz(true));
    Card card = matured(plain);
    Instant at = card.due();
    int exact = plain.review(card, Rating.GOOD, at, new SplittableRandom(1)).after().scheduledDays();
    assertThat(exact).isGreaterThan(20);
    var seen = new java.util.TreeSet<Integer>();
    for (long seed = 0; seed < 200; seed++) {
      int a = fuzzed.review(card, Rating.GOOD, at, new SplittableRandom(seed)).after().scheduledDays();
      int b = fuzzed.review(card, Rating.GOOD, at, new SplittableRandom(seed)).after().scheduledDays();
      assertThat(a).as("same seed, same interval").isEqualTo(b);
      // ts-fsrs's ranges: 1 + 0.15*4.5 + 0.1*13 + 0.05*(ivl-20) days either side.
      double delta = 1 + 0.675 + 1.3 + 0.05 * (exact - 20);
      assertThat((double) a).isBetween(exact - delta - 0.5, exact + delta + 0.5);
      seen.add(a);
    }
    assertThat(seen.size()).as("fuzz spreads the intervals").isGreaterThan(2);
  }

  @Test
  void aReviewBeforeTheLastOneIsRefused() {
    var s = new Scheduler(FsrsParameters.defaults());
    Card once = s.review(Card.fresh(T0), Rating.GOOD, T0, new SplittableRandom(1)).after();
    assertThatThrownBy(() -> s.review(once, Rating.GOOD, T0.minusSeconds(1), new SplittableRandom(1)))
        .isInstanceOf(ClockWentBack.class)
        .hasMessageContaining("before this question's last review");
  }

  @Test
  void intervalsGrowWithEachGoodReviewAndShrinkAfterALapse() {
    var s = new Scheduler(FsrsParameters.defaults());
    Card c = Card.fresh(T0);
    Instant at = T0;
    int previous = 0;
    for (int i = 0; i < 8; i++) {
      c = s.review(c, Rating.GOOD, at, new SplittableRandom(1)).after();
      if (c.state() == CardState.REVIEW && i > 1) assertThat(c.scheduledDays()).isGreaterThan(previous);
      previous = c.scheduledDays();
      at = c.due();
    }
    Card lapsed = s.review(c, Rating.AGAIN, at, new SplittableRandom(1)).after();
    assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
    assertThat(lapsed.lapses()).isEqualTo(1);
    assertThat(lapsed.stability()).isLessThan(c.stability());
    assertThat(Duration.between(at, lapsed.due())).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void retrievabilityIsNinetyPercentWhenTheElapsedTimeEqualsTheStability() {
    var s = new Scheduler(FsrsParameters.defaults());
    assertThat(s.forgettingCurve(10, 10)).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(s.forgettingCurve(30, 10)).isLessThan(0.9);
  }
}
