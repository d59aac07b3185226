package org.factdrill.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures at the end of a quiz (or where it was left): score, percentage, time taken, results
 * by type and by kind, and the questions missed.
 *
 * @param questions how many questions the quiz has
 * @param answered responses given (skips included)
 * @param timeTaken time spent on the questions (the sum of each response's time), not wall time,
 *     so a quiz resumed the next day does not count the night
 */
public record QuizSummary(
    String title,
    int questions,
    int answered,
    int correct,
    int skipped,
    int hintsUsed,
    double score,
    Duration timeTaken,
    Map<String, Tally> byType,
    Map<String, Tally> byKind,
    List<Response> missed) {

  /** Responses and correct ones among them, for one type or kind. */
  public record Tally(int answered, int correct) {
    Tally plus(Response r) {
      return new Tally(answered + 1, correct + (r.isCorrect() ? 1 : 0));
    }

    public int percent() {
      return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
    }
  }

  public QuizSummary {
    // Sorted by name, so summaries read the same every time.
    byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
    byKind = java.util.Collections.unmodifiableMap(new TreeMap<>(byKind));
    missed = List.copyOf(missed);
  }

  static QuizSummary of(QuizSession session, java.time.Instant now) {
    var byType = new TreeMap<String, Tally>();
    var byKind = new TreeMap<String, Tally>();
    var missed = new ArrayList<Response>();
    Duration time = Duration.ZERO;
    int skipped = 0;
    int hints = 0;
    for (Response r : session.responses()) {
      byType.merge(r.item().question().type().wireName(), new Tally(0, 0).plus(r), (a, b) -> a.plus(r));
      byKind.merge(r.item().question().kind(), new Tally(0, 0).plus(r), (a, b) -> a.plus(r));
      if (!r.isCorrect()) missed.add(r);
      if (r.isSkipped()) skipped++;
      hints += r.hintsUsed();
      time = time.plus(r.took());
    }
    return new QuizSummary(session.title(), session.size(), session.responses().size(), session.correctCount(), skipped, hints,
        session.score(), time, new TreeMap<>(byType), new TreeMap<>(byKind), missed);
  }

  /** Score as a share of the questions answered, 0–100. */
  public int percent() {
    return answered == 0 ? 0 : (int) Math.round(100.0 * score / answered);
  }

  public boolean complete() {
    return answered == questions;
  }
}
