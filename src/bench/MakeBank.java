import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/**
 * Writes a synthetic bank of N questions (multiple choice, short answer, true/false in turn) for
 * the start-up benchmark: `java -cp target/factdrill.jar src/bench/MakeBank.java N OUT.json`.
 */
public class MakeBank {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    var questions = new ArrayList<Question>(n);
    var sentences = new ArrayList<String>();
    var ids = new java.util.HashSet<String>();
    for (int i = 0; i < n; i++) {
      String sentence = "On day " + i + " the council adopted resolution " + (1000 + i) + " after a vote of " + (i % 15) + " members.";
      if (i < 1000) sentences.add(sentence);
      var source = new Source(i % 1000, sentence);
      // Ids are 8 hex digits: among 100,000 some collide, and a bank's ids must be unique.
      String id = QuestionIds.of("bench", Integer.toString(i));
      for (int salt = 1; !ids.add(id); salt++) id = QuestionIds.of("bench", i + "#" + salt);
      questions.add(switch (i % 3) {
        case 0 -> new MultipleChoice(id, "Which resolution did the council adopt on day " + i + "?", "Resolution " + (1000 + i),
            List.of("Resolution " + (1000 + i), "Resolution " + (2000 + i), "Resolution " + (3000 + i), "Resolution " + (4000 + i)),
            List.of(Integer.toString(1000 + i)), "document", source);
        case 1 -> new ShortAnswer(id, "On day " + i + " the council adopted resolution ____.", Integer.toString(1000 + i), List.of(), "number", source);
        default -> new TrueFalse(id, "True or false: on day " + i + " the council adopted resolution " + (1000 + i) + ".", true, "document", source);
      });
    }
    var bank = new QuestionBank("bench-" + n, "Synthetic bank of " + n + " questions",
        new QuestionBank.ArticleRef("bench.txt", "", sentences), questions);
    Files.writeString(Path.of(args[1]), BankCodec.write(bank));
  }
}
