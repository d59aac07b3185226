// Writes a class quiz of Q multiple-choice questions and S sealed student result files, for timing
// `factdrill class report`. Run with the factdrill jar on the class path (see class-report.sh):
//   java -cp target/factdrill.jar src/bench/classroom/SynthesiseClassResults.java OUT_DIR STUDENTS QUESTIONS
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassQuizCodec;
import org.factdrill.classroom.ClassSettings;
import org.factdrill.classroom.ResultCodec;
import org.factdrill.classroom.Student;
import org.factdrill.classroom.StudentResult;
import org.factdrill.grading.Answer;
import org.factdrill.grading.Grader;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.Source;

public class SynthesiseClassResults {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int students = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    var random = new Random(42);
    var questions = new ArrayList<Question>();
    for (int i = 0; i < count; i++) {
      String answer = "Answer " + i;
      List<String> choices = List.of(answer, "Wrong " + i + "a", "Wrong " + i + "b", "Wrong " + i + "c");
      questions.add(new MultipleChoice(QuestionIds.of("bench", Integer.toString(i)), "Synthetic question " + i + "?", answer,
          choices, List.of(), "number", new Source(i, "Sentence " + i + " holds " + answer + ".")));
    }
    Instant created = Instant.parse("2025-03-17T09:00:00Z");
    var quiz = new ClassQuiz("BENCH2", "Benchmark quiz", created, ClassSettings.defaults(), questions);
    Files.createDirectories(out);
    Files.writeString(out.resolve("quiz.json"), ClassQuizCodec.write(quiz));
    String digest = ClassQuizCodec.digest(quiz);
    Path folder = Files.createDirectories(out.resolve("results").resolve(quiz.code()));
    for (int s = 0; s < students; s++) {
      var student = new Student("Student " + s + " Ümlaut", "id-" + s);
      double ability = random.nextDouble();
      var responses = new ArrayList<StudentResult.Response>();
      for (int i = 0; i < count; i++) {
        MultipleChoice q = (MultipleChoice) questions.get(i);
        double difficulty = (double) i / count;
        Answer a = random.nextDouble() < 0.05 ? new Answer.Skip()
            : new Answer.Choice(random.nextDouble() < 0.25 + 0.7 * ability - 0.3 * difficulty ? q.answer() : q.choices().get(1 + random.nextInt(3)));
        responses.add(new StudentResult.Response(q.id(), a, a instanceof Answer.Choice c ? c.choice() : "", Grader.grade(q, a),
            a instanceof Answer.Skip ? Optional.empty() : Optional.of(created.plusSeconds(30L * (i + 1))), false));
      }
      var result = new StudentResult(quiz.code(), quiz.title(), digest, "attempt-" + s, student, created,
          created.plusSeconds(30L * (count + 1)), responses);
      Files.writeString(folder.resolve(student.fileName()), ResultCodec.write(result, quiz));
    }
  }
}
