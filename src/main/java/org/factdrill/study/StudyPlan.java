package org.factdrill.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one study session asks: the reviews due (most overdue first), then new questions up to the
 * day's allowance (most important first), never two questions of one fact in a day, at most
 * {@code max} in all. Also what is not asked: when the next card falls due, and how many cards are
 * dormant (their question is in no bank loaded).
 *
 * @param reviews cards due now, in the order asked
 * @param fresh new questions, in the order asked
 * @param nextDue the earliest due time among the cards not asked now (for "nothing due until ...")
 * @param dormant cards kept whose question is in none of the banks loaded
 */
public record StudyPlan(List<StudyEntry> reviews, List<StudyEntry> fresh, Optional<Instant> nextDue, int dormant) {

  public StudyPlan {
    reviews = List.copyOf(reviews);
    fresh = List.copyOf(fresh);
  }

  /** Reviews then new questions: the session's order. */
  public List<StudyEntry> entries() {
    var all = new ArrayList<StudyEntry>(reviews);
    all.addAll(fresh);
    return all;
  }

  public boolean isEmpty() {
    return reviews.isEmpty() && fresh.isEmpty();
  }

  /**
   * The session for {@code now}.
   *
   * @param available the questions in the banks loaded, most important first
   * @param cards the learner's cards (any bank, any question, loaded or not)
   * @param newAllowance how many new questions may still be started today
   * @param studiedToday for each fact reviewed today ({@link #factKey}), the question it was reviewed with:
   *     another question of that fact waits for another day (one question per fact per day)
   * @param max at most this many questions in the session
   */
  public static StudyPlan make(List<StudyQuestion> available, Collection<StudyCard> cards, Instant now, int newAllowance,
      Map<String, String> studiedToday, int max) {
    Map<String, StudyCard> byQuestion = new HashMap<>();
    for (StudyCard c : cards) byQuestion.put(c.questionId(), c);
    Set<String> availableIds = new HashSet<>();
    for (StudyQuestion q : available) availableIds.add(q.questionId());
    // A card whose question is gone from its bank can be picked up by a question testing the same fact.
    Map<String, StudyCard> orphanByFact = new HashMap<>();
    for (StudyCard c : cards) {
      if (!availableIds.contains(c.questionId()) && c.factId().isPresent()) {
        orphanByFact.merge(factKey(c.bankId(), c.factId().get()), c, (a, b) -> newer(a, b));
      }
    }

    var due = new ArrayList<StudyEntry>();
    var notNew = new ArrayList<StudyEntry>();
    var newOnes = new ArrayList<StudyEntry>();
    Set<String> adopted = new HashSet<>();
    for (StudyQuestion q : available) {
      StudyCard stored = byQuestion.get(q.questionId());
      if (stored == null && q.factId().isPresent()) {
        StudyCard orphan = orphanByFact.get(factKey(q.bankId(), q.factId().get()));
        if (orphan != null && adopted.add(orphan.questionId())) stored = orphan;
      }
      if (stored == null || stored.card().isNew()) {
        newOnes.add(new StudyEntry(q, stored == null ? Card.fresh(now) : stored.card(),
            Optional.ofNullable(stored).map(StudyCard::questionId)));
      } else {
        var entry = new StudyEntry(q, stored.card(), Optional.of(stored.questionId()));
        (stored.card().isDue(now) ? due : notNew).add(entry);
      }
    }
    due.sort(Comparator.comparing((StudyEntry e) -> e.card().due()).thenComparing(e -> e.question().questionId()));

    Map<String, String> factsTaken = new HashMap<>(studiedToday);
    int room = Math.max(0, max);
    var reviews = new ArrayList<StudyEntry>();
    var skipped = new ArrayList<StudyEntry>();
    for (StudyEntry e : due) {
      if (reviews.size() >= room || !takeFact(e, factsTaken)) {
        skipped.add(e);
        continue;
      }
      reviews.add(e);
    }
    var fresh = new ArrayList<StudyEntry>();
    int allowance = Math.min(Math.max(0, newAllowance), room - reviews.size());
    for (StudyEntry e : newOnes) {
      if (fresh.size() >= allowance) break;
      if (takeFact(e, factsTaken)) fresh.add(e);
    }

    Optional<Instant> nextDue = Optional.empty();
    for (StudyEntry e : notNew) nextDue = earlier(nextDue, e.card().due());
    for (StudyEntry e : skipped) nextDue = earlier(nextDue, e.card().due());
    int dormant = 0;
    for (StudyCard c : cards) if (!availableIds.contains(c.questionId()) && !adopted.contains(c.questionId())) dormant++;
    return new StudyPlan(reviews, fresh, nextDue, dormant);
  }

  /** True (and the fact noted) unless another question of this entry's fact is in the session or was studied today. */
  private static boolean takeFact(StudyEntry e, Map<String, String> taken) {
    Optional<String> fact = e.question().factId();
    if (fact.isEmpty()) return true;
    String key = factKey(e.question().bankId(), fact.get());
    String holder = taken.putIfAbsent(key, e.question().questionId());
    return holder == null || holder.equals(e.question().questionId()) || e.storedAs().map(holder::equals).orElse(false);
  }

  /** How facts are named in the set of those studied today: a fact id is unique within its bank. */
  public static String factKey(String bankId, String factId) {
    return "f:" + bankId + "/" + factId;
  }

  private static StudyCard newer(StudyCard a, StudyCard b) {
    Instant ta = a.card().lastReview().orElse(Instant.MIN);
    Instant tb = b.card().lastReview().orElse(Instant.MIN);
    return tb.isAfter(ta) ? b : a;
  }

  private static Optional<Instant> earlier(Optional<Instant> a, Instant b) {
    return a.isEmpty() || b.isBefore(a.get()) ? Optional.of(b) : a;
  }
}
