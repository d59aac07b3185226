package org.factdrill.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.ResponseNotKept;
import org.factdrill.quiz.ResponseSink;

/**
 * A study session: the plan's questions asked through a {@link QuizSession} (so the quiz's screens
 * serve study unchanged), each answer turned into a rating and a review kept by the {@link
 * ReviewKeeper} as it is given. The rating of the last answer may be changed until the next is given.
 */
public final class StudySession implements ResponseSink {
  private final QuizSession quiz;
  private final Map<String, StudyEntry> entryByQuestion = new HashMap<>();
  private final ReviewKeeper keeper;
  private final List<KeptReview> kept = new ArrayList<>();
  private final Optional<Instant> nextDueElsewhere;
  private int fresh;

  public StudySession(String id, String title, StudyPlan plan, ReviewKeeper keeper, Instant now) {
    this.keeper = Objects.requireNonNull(keeper, "keeper");
    var items = new ArrayList<QuizItem>();
    for (StudyEntry e : plan.entries()) {
      items.add(e.question().item());
      entryByQuestion.put(e.question().questionId(), e);
    }
    this.quiz = new QuizSession(id, title, items, QuizSettings.selfStudy(), now);
    this.nextDueElsewhere = plan.nextDue();
    quiz.addSink(this);
  }

  /** What the screens drive. */
  public QuizSession quiz() {
    return quiz;
  }

  @Override
  public void responded(QuizSession session, Response response) {
    StudyEntry entry = entryByQuestion.get(response.item().question().id());
    Rating rating = RatingRule.of(response);
    try {
      kept.add(keeper.keep(entry, rating, response.answeredAt(), response.verdict().outcome(), response.took()));
    } catch (ReviewNotKept e) {
      throw new ResponseNotKept(e.getMessage(), e);
    }
    if (entry.isNew()) fresh++;
  }

  /** The review of the answer just given, if one was. */
  public Optional<KeptReview> lastReview() {
    return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
  }

  /** Why the last answer got its rating ("right", "right after a hint"...). */
  public String lastReason() {
    Response r = quiz.last().orElseThrow();
    Rating earned = RatingRule.of(r);
    boolean changed = lastReview().map(k -> k.review().rating() != earned).orElse(false);
    return changed ? "your choice; the answer earned " + earned.label() : RatingRule.reason(r, earned);
  }

  /**
   * Changes the last answer's rating (a key 1–4 on the feedback screen). The same rating again is
   * no change.
   *
   * @throws ReviewNotKept when the change cannot be committed; the rating kept stays
   */
  public KeptReview rerate(Rating rating) {
    KeptReview last = lastReview().orElseThrow(() -> new IllegalStateException("no answer to rate yet"));
    if (last.review().rating() == rating) return last;
    KeptReview changed = keeper.change(last, rating);
    kept.set(kept.size() - 1, changed);
    return changed;
  }

  public StudySummary summary() {
    int right = 0;
    for (Response r : quiz.responses()) if (r.isCorrect()) right++;
    Optional<Instant> next = nextDueElsewhere;
    // Reviews planned but not answered (the learner left) are still due.
    for (int i = quiz.position(); i < quiz.size(); i++) {
      StudyEntry e = entryByQuestion.get(quiz.items().get(i).question().id());
      if (!e.isNew() && (next.isEmpty() || e.card().due().isBefore(next.get()))) next = Optional.of(e.card().due());
    }
    for (KeptReview k : kept) {
      Instant due = k.review().after().due();
      if (next.isEmpty() || due.isBefore(next.get())) next = Optional.of(due);
    }
    return new StudySummary(kept.size() - fresh, fresh, right, quiz.size(), next);
  }
}
