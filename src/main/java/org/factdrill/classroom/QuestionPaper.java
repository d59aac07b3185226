package org.factdrill.classroom;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The class quiz as handed to students: the code, the title, how it is taken, and the questions
 * without their answers (the teacher's {@link ClassKey} keeps those). With a roster it also holds,
 * per student, a one-byte check of their personal code (see {@link PersonalCodes}), so a mistyped
 * code is caught when the quiz starts while the paper gives away almost nothing about the code.
 */
public record QuestionPaper(
    String code, String title, Instant createdAt, ClassSettings settings, List<PaperQuestion> questions,
    Map<String, String> rosterChecks) {

  public static final int SCHEMA_VERSION = 2;

  public QuestionPaper {
    if (!QuizCode.isValid(code)) {
      throw new IllegalArgumentException("code must be " + QuizCode.LENGTH + " characters from " + QuizCode.ALPHABET + ", was \"" + code + "\"");
    }
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) throw new IllegalArgumentException("title must not be blank");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(settings, "settings");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) throw new IllegalArgumentException("questions must not be empty");
    var ids = new HashSet<String>();
    for (PaperQuestion q : questions) {
      if (!ids.add(q.id())) throw new IllegalArgumentException("questions repeat the id " + q.id());
    }
    rosterChecks = Map.copyOf(rosterChecks);
  }

  /** Whether students are on a roster and prove who they are with a personal code. */
  public boolean hasRoster() {
    return !rosterChecks.isEmpty();
  }

  public Optional<PaperQuestion> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }
}
