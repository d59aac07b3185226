package org.factdrill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.factdrill.grading.Verdict;
import org.factdrill.quiz.QuizItem;
import org.factdrill.study.Card;
import org.factdrill.study.CardState;
import org.factdrill.study.FsrsParameters;
import org.factdrill.study.KeptReview;
import org.factdrill.study.Rating;
import org.factdrill.study.ReviewNotKept;
import org.factdrill.study.Scheduler;
import org.factdrill.study.StudyEntry;
import org.factdrill.study.StudyQuestion;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStoreTest {
  @TempDir Path home;
  static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
  final Scheduler scheduler = new Scheduler(FsrsParameters.defaults());

  ReviewStore open() {
    return ReviewStore.open(home, "kim", scheduler, new SplittableRandom(1));
  }

  static StudyEntry fresh() {
    return new StudyEntry(new StudyQuestion(QuizItem.natural(TestBanks.WHO_ASKED, "libya"), Optional.of("f-1")), Card.fresh(T), Optional.empty());
  }

  @Test
  void twoWindowsReviewingTheSameCardBuildOnEachOther() {
    try (ReviewStore a = open(); ReviewStore b = open()) {
      // Both windows planned the card as new; the second review is applied to the card the first one left.
      a.keep(fresh(), Rating.GOOD, T, Verdict.Outcome.CORRECT, Duration.ofSeconds(3));
      KeptReview second = b.keep(fresh(), Rating.GOOD, T.plusSeconds(700), Verdict.Outcome.CORRECT, Duration.ofSeconds(3));
      assertThat(second.review().before().reps()).isEqualTo(1);
      assertThat(second.review().after().reps()).isEqualTo(2);
      assertThat(second.review().after().state()).isEqualTo(CardState.REVIEW);
      assertThat(a.cards().cards()).singleElement().satisfies(c -> assertThat(c.card()).isEqualTo(second.review().after()));
      assertThat(a.reviews().reviews()).hasSize(2);

      // A rating change in the first window no longer applies: it says so and changes nothing.
      KeptReview stale = new KeptReview(1, "q-00000002", scheduler.review(Card.fresh(T), Rating.GOOD, T, new SplittableRandom(1)));
      assertThatThrownBy(() -> a.change(stale, Rating.EASY)).isInstanceOf(ReviewNotKept.class)
          .hasMessageContaining("reviewed again meanwhile");
      assertThat(b.cards().cards().get(0).card()).isEqualTo(second.review().after());
    }
  }

  @Test
  void aChangedRatingReschedulesFromTheCardBeforeTheReview() {
    try (ReviewStore s = open()) {
      KeptReview kept = s.keep(fresh(), Rating.AGAIN, T, Verdict.Outcome.WRONG, Duration.ofSeconds(3));
      KeptReview easy = s.change(kept, Rating.EASY);
      assertThat(easy.review().after()).isEqualTo(scheduler.review(Card.fresh(T), Rating.EASY, T, new SplittableRandom(1)).after());
      assertThat(s.cards().cards().get(0).card()).isEqualTo(easy.review().after());
      assertThat(s.reviews().reviews()).singleElement().satisfies(r -> assertThat(r.rating()).isEqualTo(Rating.EASY));
    }
  }

  @Test
  void aReviewBeforeTheLastOneIsNotKept() {
    try (ReviewStore s = open()) {
      s.keep(fresh(), Rating.GOOD, T, Verdict.Outcome.CORRECT, Duration.ofSeconds(3));
      assertThatThrownBy(() -> s.keep(fresh(), Rating.GOOD, T.minusSeconds(3600), Verdict.Outcome.CORRECT, Duration.ofSeconds(3)))
          .isInstanceOf(ReviewNotKept.class).hasMessageContaining("before this question's last review");
      assertThat(s.reviews().reviews()).hasSize(1);
    }
  }
}
