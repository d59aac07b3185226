package org.factdrill.classroom;

import java.time.Instant;
import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/** A small bank about the seed article with one question of every type, for the classroom tests. */
public final class ClassFixtures {
  private ClassFixtures() {}

  static final Source S7 = new Source(7, "On March 17,the UN Security Council adopted Resolution 1973,imposing a no- fly zone on Libya.");
  static final Source S8 = new Source(8, "Two days later Britain,France,the US,Canada and Belgium launched a military operation there. On March 31 the Libya command was transferred to NATO.");
  static final Source S0 = new Source(0, "Russian President Dmitry Medvedev today asked Secretary General Ban Ki moon to seek strict observance of Security Council resolutions.");

  public static final MultipleChoice DATE = new MultipleChoice("q-0000000a",
      "On what date did the UN Security Council adopt Resolution 1973?", "March 17",
      List.of("March 17", "March 19", "March 31", "April 1"), List.of("17 March"), "date", S7);
  public static final MultipleChoice NUMBER = new MultipleChoice("q-0000000b",
      "Which resolution imposed a no-fly zone on Libya?", "1973",
      List.of("1970", "1973", "1975", "2011"), List.of(), "document", S7);
  public static final TrueFalse NATO = new TrueFalse("q-0000000c",
      "True or false: on March 31 the Libya command was transferred to NATO.", true, "organization", S8);
  public static final ShortAnswer PRESIDENT = new ShortAnswer("q-0000000d",
      "Russian President ____ asked Ban Ki-moon to seek strict observance of Security Council resolutions.",
      "Dmitry Medvedev", List.of("Medvedev"), "person", S0);
  public static final MultiSelect COUNTRIES = new MultiSelect("q-0000000e",
      "Which countries launched the military operation? (choose all that apply)",
      List.of("Britain", "France"), List.of("Britain", "France", "Russia", "China"), "country", S8);
  public static final Ordering EVENTS = new Ordering("q-0000000f", "Put these events in the order they happened.",
      List.of("Resolution 1973 adopted", "Military operation launched", "Command transferred to NATO"), "event", S8);
  public static final Matching ROLES = new Matching("q-00000010", "Match each person with their role.",
      List.of(new Matching.Pair("Medvedev", "President"), new Matching.Pair("Lavrov", "Foreign Minister"),
          new Matching.Pair("Ban Ki-moon", "Secretary General")), "role", S0);

  public static final List<Question> ALL = List.of(DATE, NUMBER, NATO, PRESIDENT, COUNTRIES, EVENTS, ROLES);

  public static QuestionBank bank() {
    return new QuestionBank("libya-fixture", "Russia, Ban Ki-moon and Resolution 1973",
        new QuestionBank.ArticleRef("seeds/000_d995f425960e1381.txt", "", List.of()), ALL);
  }

  public static final Instant CREATED = Instant.parse("2025-03-17T09:00:00Z");

  public static ClassQuiz quiz(ClassSettings settings) {
    return new ClassQuiz("K7QF3M", "Libya and the UN", CREATED, settings, ALL);
  }

  /** A handed-in result: each answer graded by the real grader, a minute apart. */
  public static StudentResult result(ClassQuiz quiz, Student student, java.util.List<org.factdrill.grading.Answer> answers) {
    var responses = new java.util.ArrayList<StudentResult.Response>();
    for (int i = 0; i < quiz.questions().size(); i++) {
      var q = quiz.questions().get(i);
      var a = i < answers.size() ? answers.get(i) : new org.factdrill.grading.Answer.Skip();
      responses.add(new StudentResult.Response(q.id(), a, a.toString(), org.factdrill.grading.Grader.grade(q, a),
          java.util.Optional.of(CREATED.plusSeconds(60L * (i + 1))), false));
    }
    return new StudentResult(quiz.code(), quiz.title(), ClassQuizCodec.digest(quiz), "attempt-" + student.key().hashCode(),
        student, CREATED, CREATED.plusSeconds(60L * (quiz.questions().size() + 1)), responses);
  }

  public static ClassQuiz quiz() {
    return quiz(ClassSettings.defaults());
  }

  /** A fixed secret, so tests know each student's personal code. */
  public static final byte[] SECRET = "a test secret of thirty-two byte".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** The students' paper of {@code quiz}, its options mixed by a fixed seed. */
  public static QuestionPaper paper(ClassQuiz quiz, List<Student> roster) {
    var random = new java.util.Random(1);
    var questions = new java.util.ArrayList<PaperQuestion>();
    for (Question q : quiz.questions()) questions.add(PaperQuestion.of(q, random));
    return new QuestionPaper(quiz.code(), quiz.title(), quiz.createdAt(), quiz.settings(), questions,
        ClassKey.rosterChecks(SECRET, quiz.code(), roster));
  }

  public static ClassKey key(ClassQuiz quiz, List<Student> roster) {
    return new ClassKey(quiz, PaperCodec.digest(paper(quiz, roster)), roster, SECRET);
  }

  /** An attempt handed in with these answers (a skip for each question past the last answer), a minute apart. */
  public static HandedIn handIn(ClassKey key, Student student, String attemptId, Instant startedAt, List<org.factdrill.grading.Answer> answers) {
    var given = new java.util.ArrayList<HandedIn.Given>();
    for (int i = 0; i < key.quiz().questions().size(); i++) {
      var a = i < answers.size() ? answers.get(i) : new org.factdrill.grading.Answer.Skip();
      given.add(new HandedIn.Given(key.quiz().questions().get(i).id(), a, java.util.Optional.of(startedAt.plusSeconds(60L * (i + 1))), false));
    }
    return new HandedIn(key.quiz().code(), key.quiz().title(), key.paperDigest(), attemptId, student, startedAt,
        startedAt.plusSeconds(60L * (answers.size() + 1)), given);
  }

  /** As {@code class take} writes it: sealed with the student's code when the key has a roster. */
  public static String sealed(ClassKey key, HandedIn attempt) {
    return ResultCodec.write(attempt, key.hasRoster() ? key.codeOf(attempt.student()) : "");
  }

  public static ResultCodec.Expecting expecting(ClassKey key) {
    return ResultCodec.Expecting.paper(key.quiz().code(), key.paperDigest(),
        key.hasRoster() ? id -> key.onRoster(id).map(key::codeOf) : null);
  }
}
