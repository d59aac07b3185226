package org.factdrill.classroom;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdrill.questions.Question;

/**
 * A frozen class quiz: a fixed list of questions copied in (so the file stands alone and every
 * student gets the same questions), a short code, a title, when it was made and how it is taken.
 * Nothing in it changes once it is written; students' answers live in {@link StudentResult}s.
 */
public record ClassQuiz(
    String code, String title, Instant createdAt, ClassSettings settings, List<Question> questions) {

  public static final int SCHEMA_VERSION = 1;

  public ClassQuiz {
    if (!QuizCode.isValid(code)) {
      throw new IllegalArgumentException("code must be " + QuizCode.LENGTH + " characters from "
          + QuizCode.ALPHABET + ", was \"" + code + "\"");
    }
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) throw new IllegalArgumentException("title must not be blank");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(settings, "settings");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) throw new IllegalArgumentException("questions must not be empty");
    var ids = new HashSet<String>();
    for (Question q : questions) {
      if (!ids.add(q.id())) throw new IllegalArgumentException("questions repeat the id " + q.id());
    }
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The position of a question, 0-based; -1 when the quiz does not hold it. */
  public int indexOf(String questionId) {
    for (int i = 0; i < questions.size(); i++) if (questions.get(i).id().equals(questionId)) return i;
    return -1;
  }

  /** Each question is worth one mark. */
  public double maxScore() {
    return questions.size();
  }
}
