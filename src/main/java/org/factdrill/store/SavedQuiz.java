package org.factdrill.store;

import java.time.Instant;
import java.util.List;
import org.factdrill.quiz.QuizSettings;

/**
 * A quiz as kept in the database: enough to take it up again (its questions by id, with the
 * option order shown) and the responses already given.
 */
public record SavedQuiz(
    String id, String user, String title, Instant startedAt, QuizSettings settings, List<SavedItem> items, List<SavedResponse> responses) {

  public SavedQuiz {
    items = List.copyOf(items);
    responses = List.copyOf(responses);
  }

  /** A question of the quiz, by id, with its options in the order shown. */
  public record SavedItem(int position, String questionId, String bankId, List<String> shown) {
    public SavedItem {
      shown = List.copyOf(shown);
    }
  }

  /** A response as kept. */
  public record SavedResponse(
      int position, String questionId, String given, String outcome, double score, String note, int hintsUsed, Instant answeredAt, long tookMillis) {}
}
