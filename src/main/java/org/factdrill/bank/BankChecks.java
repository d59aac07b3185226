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
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Integer earlier = first.putIfAbsent(questions.get(i).id(), i);
      if (earlier != null) {
        throw new BankFormatException(file, "$.questions[" + i + "].id",
            "the id \"" + questions.get(i).id() + "\" is already used by $.questions[" + earlier + "]; question ids must be unique");
      }
    }
  }
}
