package org.factdrill.classroom;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;
import org.factdrill.quiz.OptionOrder;

/**
 * The order in which one student sees the options of each question. It is a function of the
 * quiz code, the student and the question alone (seeded from their SHA-256), so a student who
 * starts again sees the same letters, and neighbours, being different students, mostly see
 * different letters. With shuffling off, every student sees the bank's order.
 *
 * <p>Items to put in order and the right-hand side of a matching question are always mixed (in
 * their bank order they would give the answer away); with shuffling off they are mixed the same
 * way for everyone.
 */
public final class StudentShuffle {
  private StudentShuffle() {}

  /** The options as shown (choices, "True"/"False", items, right-hand items); empty for a typed answer. */
  public static List<String> options(ClassQuiz quiz, Student student, Question question) {
    boolean own = quiz.settings().shuffleOptions();
    Random random = random(quiz.code(), own ? student.key() : "", question.id());
    return question.visit(new Question.Visitor<List<String>>() {
      @Override
      public List<String> multipleChoice(MultipleChoice q) {
        return own ? shuffled(q.choices(), random) : q.choices();
      }

      @Override
      public List<String> multiSelect(MultiSelect q) {
        return own ? shuffled(q.choices(), random) : q.choices();
      }

      @Override
      public List<String> shortAnswer(ShortAnswer q) {
        return List.of();
      }

      @Override
      public List<String> trueFalse(TrueFalse q) {
        return List.of("True", "False");
      }

      @Override
      public List<String> ordering(Ordering q) {
        return OptionOrder.mixed(q.answers(), random);
      }

      @Override
      public List<String> matching(Matching q) {
        return OptionOrder.mixed(q.rights(), random);
      }
    });
  }

  private static List<String> shuffled(List<String> items, Random random) {
    var copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return List.copyOf(copy);
  }

  /** java.util.Random and Collections.shuffle are specified exactly, so orders stay the same across JDKs. */
  static Random random(String code, String studentKey, String questionId) {
    String seedText = code + '\u0000' + studentKey + '\u0000' + questionId;
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(seedText.getBytes(StandardCharsets.UTF_8));
      return new Random(ByteBuffer.wrap(hash).getLong());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
