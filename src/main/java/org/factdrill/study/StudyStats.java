package org.factdrill.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Study figures for `factdrill stats`: the reviews due on each of the next days, the true retention
 * of past reviews against the target, and the cards by state.
 *
 * @param forecast reviews due on {@code today} (overdue included) and each of the next 7 days
 * @param retention how reviews of graduated cards went
 * @param states cards by state; NEW counts questions of the banks loaded never studied (empty when unknown)
 */
public record StudyStats(LocalDate today, List<Integer> forecast, Retention retention, Map<CardState, Integer> states,
    OptionalInt unstudied) {

  public static final int FORECAST_DAYS = 8;

  /**
   * Retention as Anki's "true retention": of the reviews of cards already in review (not learning
   * steps), the share not rated Again; beside it the recall FSRS predicted at those reviews.
   */
  public record Retention(int reviews, int passed, double predicted, double target) {
    public double rate() {
      return reviews == 0 ? 0 : (double) passed / reviews;
    }
  }

  public StudyStats {
    forecast = List.copyOf(forecast);
    states = Map.copyOf(states);
  }

  public static StudyStats of(Collection<StudyCard> cards, List<PastReview> log, Instant now, ZoneId zone, double target,
      OptionalInt unstudied) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    var forecast = new ArrayList<Integer>();
    for (int i = 0; i < FORECAST_DAYS; i++) forecast.add(0);
    Map<CardState, Integer> states = new EnumMap<>(CardState.class);
    for (CardState s : CardState.values()) states.put(s, 0);
    for (StudyCard c : cards) {
      states.merge(c.card().state(), 1, Integer::sum);
      if (c.card().isNew()) continue;
      long day = java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.ofInstant(c.card().due(), zone));
      if (day < FORECAST_DAYS) forecast.set((int) Math.max(0, day), forecast.get((int) Math.max(0, day)) + 1);
    }
    int reviews = 0;
    int passed = 0;
    double predicted = 0;
    for (PastReview r : log) {
      if (r.stateBefore() != CardState.REVIEW) continue;
      reviews++;
      if (r.rating() != Rating.AGAIN) passed++;
      predicted += r.predictedRecall();
    }
    return new StudyStats(today, forecast, new Retention(reviews, passed, reviews == 0 ? 0 : predicted / reviews, target), states,
        unstudied);
  }

  public boolean isEmpty() {
    return states.values().stream().mapToInt(Integer::intValue).sum() == 0;
  }
}
