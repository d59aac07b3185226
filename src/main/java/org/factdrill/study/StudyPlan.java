package org.factdrill.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    // One slot per card, marked when a question of the banks claims it; sized up front (100,000 cards is a year of study).
    Map<String, Slot> byQuestion = new HashMap<>(Math.max(16, (int) (cards.size() / 0.75f) + 1));
    for (StudyCard c : cards) byQuestion.put(c.questionId(), new Slot(c));
    var due = new ArrayList<StudyEntry>();
    var newOnes = new ArrayList<StudyQuestion>();
    var waiting = new ArrayList<StudyQuestion>();
    Optional<Instant> nextDue = Optional.empty();
    int claimed = 0;
    for (StudyQuestion q : available) {
      Slot slot = byQuestion.get(q.questionId());
      if (slot == null || slot.claimed) {
        // No card under this id: a new question, unless a card of its fact is left over (below).
        (q.factId().isPresent() ? waiting : newOnes).add(q);
        continue;
      }
      slot.claimed = true;
      claimed++;
      Card card = slot.card.card();
      if (card.isNew()) newOnes.add(q);
      else if (card.isDue(now)) due.add(new StudyEntry(q, card, Optional.of(slot.card.questionId())));
      else nextDue = earlier(nextDue, card.due());
    }
    if (!waiting.isEmpty()) {
      // A card whose question is gone from its bank is picked up by a question testing the same fact.
      Map<String, StudyCard> orphanByFact = new HashMap<>();
      for (Slot s : byQuestion.values()) {
        if (!s.claimed && s.card.factId().isPresent()) orphanByFact.merge(factKey(s.card.bankId(), s.card.factId().get()), s.card, StudyPlan::newer);
      }
      for (StudyQuestion q : waiting) {
        StudyCard orphan = orphanByFact.remove(factKey(q.bankId(), q.factId().get()));
        if (orphan == null) {
          newOnes.add(q);
          continue;
        }
        byQuestion.get(orphan.questionId()).claimed = true;
        claimed++;
        var entry = new StudyEntry(q, orphan.card(), Optional.of(orphan.questionId()));
        if (orphan.card().isNew()) newOnes.add(q);
        else if (orphan.card().isDue(now)) due.add(entry);
        else nextDue = earlier(nextDue, orphan.card().due());
      }
    }
    due.sort(Comparator.comparing((StudyEntry e) -> e.card().due()).thenComparing(e -> e.question().questionId()));

    Map<String, String> factsTaken = new HashMap<>(studiedToday);
    int room = Math.max(0, max);
    var reviews = new ArrayList<StudyEntry>();
    for (StudyEntry e : due) {
      if (reviews.size() < room && takeFact(e, factsTaken)) reviews.add(e);
      else nextDue = earlier(nextDue, e.card().due());
    }
    var fresh = new ArrayList<StudyEntry>();
    int allowance = Math.min(Math.max(0, newAllowance), room - reviews.size());
    for (StudyQuestion q : newOnes) {
      if (fresh.size() >= allowance) break;
      Slot slot = byQuestion.get(q.questionId());
      Card card = slot != null && slot.claimed && slot.card.questionId().equals(q.questionId()) ? slot.card.card() : Card.fresh(now);
      var e = new StudyEntry(q, card, slot != null && slot.card.questionId().equals(q.questionId()) ? Optional.of(q.questionId()) : Optional.empty());
      if (takeFact(e, factsTaken)) fresh.add(e);
    }
    return new StudyPlan(reviews, fresh, nextDue, cards.size() - claimed);
  }

  /** A card and whether a question of the banks loaded has claimed it. */
  private static final class Slot {
    final StudyCard card;
    boolean claimed;

    Slot(StudyCard card) {
      this.card = card;
    }
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
