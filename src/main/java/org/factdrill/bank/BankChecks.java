package org.factdrill.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.questions.Question;

/**
 * Checks that span more than one question, which neither the schema nor a question's own record
 * can make. (A choice question whose answer is not among its choices, or a matching question with
 * fewer than two pairs, cannot be built at all: the records refuse them, with the JSON path.)
 */
public final class BankChecks {
  private BankChecks() {}

  /**
   * Question ids are unique in a bank: results, scores and exports name questions by id, so two
   * questions with one id would mix their answers.
   */
  public static void uniqueIds(List<Question> questions, String file) throws BankFormatException {
    // sized for every id at once: growing it step by step took 3 of 24 profile samples of a 100,000-question bank's load
    Map<String, Integer> first = new HashMap<>(Math.max(16, (int) (questions.size() / 0.75f) + 1));
    for (int i = 0; i < questions.size(); i++) {
      Integer earlier = first.putIfAbsent(questions.get(i).id(), i);
      if (earlier != null) {
        throw new BankFormatException(file, "$.questions[" + i + "].id",
            "the id \"" + questions.get(i).id() + "\" is already used by $.questions[" + earlier + "]; question ids must be unique");
      }
    }
  }
}
