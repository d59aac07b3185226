package org.factdrill.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;

/** The canonical bank JSON (holds every type); escaping is Jackson's, inside {@link BankCodec}. */
public final class JsonWriter implements BankWriter {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    String json = BankCodec.write(bank.withQuestions(questions));
    return new Export(json.getBytes(StandardCharsets.UTF_8), questions.size(), List.of());
  }
}
