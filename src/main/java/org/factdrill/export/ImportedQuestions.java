package org.factdrill.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.questions.Question;

/**
 * The questions read from one import file, in file order, each id once. A second question with an
 * id already taken is refused with the line of the first: said as "the same question" when it is
 * one (a teacher who pasted a question twice never wrote an id), else as the id clash it is.
 */
final class ImportedQuestions {
  private record Placed(Question question, int line) {}

  private final String fileName;
  private final List<Question> questions = new ArrayList<>();
  private final Map<String, Placed> byId = new HashMap<>();

  ImportedQuestions(String fileName) {
    this.fileName = fileName;
  }

  void add(Question q, int line) throws ImportException {
    Placed earlier = byId.putIfAbsent(q.id(), new Placed(q, line));
    if (earlier != null) {
      throw new ImportException(fileName, line, earlier.question().equals(q)
          ? "the same question as on line " + earlier.line()
          : "the question id " + q.id() + " is already used by the question on line " + earlier.line());
    }
    questions.add(q);
  }

  List<Question> list() {
    return questions;
  }
}
