package org.factdrill.classroom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the teacher keeps and students never see: the whole quiz with its answers, the digest of
 * the paper it belongs to, the roster (empty when students name themselves), and the secret their
 * personal codes are made from.
 */
public record ClassKey(ClassQuiz quiz, String paperDigest, List<Student> roster, byte[] secret) {

  public static final int SECRET_BYTES = 32;

  public ClassKey {
    Objects.requireNonNull(quiz, "quiz");
    Objects.requireNonNull(paperDigest, "paperDigest");
    roster = List.copyOf(roster);
    Objects.requireNonNull(secret, "secret");
    if (secret.length < 16) throw new IllegalArgumentException("the secret must be at least 16 bytes");
    var ids = new HashMap<String, Student>();
    for (Student s : roster) {
      if (s.id().isEmpty()) throw new IllegalArgumentException("every student on a roster needs an id (" + s.name() + " has none)");
      Student other = ids.putIfAbsent(s.id(), s);
      if (other != null) throw new IllegalArgumentException("the roster gives the id " + s.id() + " to both " + other.name() + " and " + s.name());
    }
  }

  public boolean hasRoster() {
    return !roster.isEmpty();
  }

  public Optional<Student> onRoster(String studentId) {
    return roster.stream().filter(s -> s.id().equals(studentId)).findFirst();
  }

  public String codeOf(Student student) {
    return PersonalCodes.code(secret, quiz.code(), student.id());
  }

  /** The paper's checks of every roster student's code (empty without a roster). */
  public static Map<String, String> rosterChecks(byte[] secret, String quizCode, List<Student> roster) {
    var checks = new HashMap<String, String>();
    for (Student s : roster) {
      String code = PersonalCodes.code(secret, quizCode, s.id());
      checks.put(PersonalCodes.rosterEntry(quizCode, s.id()), PersonalCodes.check(quizCode, s.id(), code));
    }
    return checks;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassKey k && quiz.equals(k.quiz) && paperDigest.equals(k.paperDigest) && roster.equals(k.roster)
        && java.util.Arrays.equals(secret, k.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(quiz, paperDigest, roster, java.util.Arrays.hashCode(secret));
  }

  @Override
  public String toString() {
    // The secret stays out of logs and messages.
    return "ClassKey[" + quiz.code() + ", " + roster.size() + " on the roster]";
  }
}
