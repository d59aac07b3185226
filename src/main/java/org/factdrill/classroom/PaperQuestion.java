package org.factdrill.classroom;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;
import org.factdrill.quiz.OptionOrder;

/**
 * A question as the students' paper holds it: what is asked and the options to answer with, and
 * nothing that says which is right. Choices and ordering items are mixed (the bank lists a
 * multi-select's right choices first and an ordering's items in order); a matching question keeps
 * its left items and mixes the right ones; a short answer has no options; true/false offers
 * "True" and "False".
 */
public record PaperQuestion(String id, QuestionType type, String prompt, List<String> options, List<String> lefts) {

  public PaperQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(prompt, "prompt");
    options = List.copyOf(options);
    lefts = List.copyOf(lefts);
    boolean typed = type == QuestionType.SHORT_ANSWER;
    if (typed != options.isEmpty()) {
      throw new IllegalArgumentException(typed ? "a short answer question has no options" : "a " + type.wireName() + " question needs options");
    }
    if ((type == QuestionType.MATCHING) != !lefts.isEmpty()) {
      throw new IllegalArgumentException("left items belong to matching questions only, and every matching question has them");
    }
    if (options.stream().distinct().count() != options.size()) throw new IllegalArgumentException("options must be distinct");
  }

  /** The question as the paper shows it, its options mixed by {@code random}. */
  public static PaperQuestion of(Question question, Random random) {
    return question.visit(new Question.Visitor<PaperQuestion>() {
      @Override
      public PaperQuestion multipleChoice(MultipleChoice q) {
        return new PaperQuestion(q.id(), q.type(), q.prompt(), OptionOrder.mixed(q.choices(), random), List.of());
      }

      @Override
      public PaperQuestion multiSelect(MultiSelect q) {
        return new PaperQuestion(q.id(), q.type(), q.prompt(), OptionOrder.mixed(q.choices(), random), List.of());
      }

      @Override
      public PaperQuestion shortAnswer(ShortAnswer q) {
        return new PaperQuestion(q.id(), q.type(), q.prompt(), List.of(), List.of());
      }

      @Override
      public PaperQuestion trueFalse(TrueFalse q) {
        return new PaperQuestion(q.id(), q.type(), q.prompt(), List.of("True", "False"), List.of());
      }

      @Override
      public PaperQuestion ordering(Ordering q) {
        return new PaperQuestion(q.id(), q.type(), q.prompt(), OptionOrder.mixed(q.answers(), random), List.of());
      }

      @Override
      public PaperQuestion matching(Matching q) {
        return new PaperQuestion(q.id(), q.type(), q.prompt(), OptionOrder.mixed(q.rights(), random), q.lefts());
      }
    });
  }

  /**
   * The options in the order one student sees them: with {@code ownOrder}, mixed from the quiz
   * code, the student and the question (so a student who starts again sees the same letters, and
   * neighbours mostly different ones); true/false always reads True, False.
   */
  public List<String> optionsFor(String quizCode, Student student, boolean ownOrder) {
    if (!ownOrder || type == QuestionType.TRUE_FALSE || options.isEmpty()) return options;
    return OptionOrder.mixed(options, StudentShuffle.random(quizCode, student.key(), id));
  }
}
