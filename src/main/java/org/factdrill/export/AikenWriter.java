package org.factdrill.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Aiken: single-answer multiple choice only, each text on one line, choices "A) ...", then
 * "ANSWER: X". A true/false statement is written as a two-choice question (True, False), which
 * is how a teacher would type it; {@link AikenReader} reads such a pair back as true/false.
 */
public final class AikenWriter implements BankWriter {

  /** A line Moodle's Aiken reader takes for a choice: a capital letter, ')' or '.', then a space or tab. */
  static final Pattern CHOICE_LINE = Pattern.compile("^[A-Z][).][ \\t].*", Pattern.DOTALL);
  static final String ANSWER = "ANSWER:";

  @Override
  public String name() {
    return "aiken";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var collected = Rendering.collect(questions, q -> q.visit(new QuestionText()));
    String text = String.join("\n", collected.texts());
    return new Export(text.getBytes(StandardCharsets.UTF_8), collected.written(), collected.skipped());
  }

  /** Aiken's only escaping: a text must fit on one line, so line breaks and tabs become spaces. */
  static String oneLine(String raw) {
    return raw.replaceAll("[\\r\\n\\t\\u2028\\u2029\\u0085]+", " ").strip();
  }

  private static Rendering question(String prompt, List<String> choices, int answer) {
    String p = oneLine(prompt);
    if (CHOICE_LINE.matcher(p).matches() || p.startsWith(ANSWER)) {
      return Rendering.skipped("the question text starts like an Aiken choice or answer line (\"" + p.substring(0, 3) + "\")");
    }
    if (choices.size() > 26) return Rendering.skipped(choices.size() + " choices: Aiken letters them A to Z");
    var s = new StringBuilder(p).append('\n');
    for (int i = 0; i < choices.size(); i++) s.append((char) ('A' + i)).append(") ").append(oneLine(choices.get(i))).append('\n');
    return Rendering.written(s.append(ANSWER).append(' ').append((char) ('A' + answer)).append('\n').toString());
  }

  private static final class QuestionText implements Question.Visitor<Rendering> {
    @Override
    public Rendering multipleChoice(MultipleChoice q) {
      return question(q.prompt(), q.choices(), q.correctIndex());
    }

    @Override
    public Rendering multiSelect(MultiSelect q) {
      return Rendering.skipped("Aiken holds only questions with one right answer");
    }

    @Override
    public Rendering shortAnswer(ShortAnswer q) {
      return Rendering.skipped("Aiken holds only multiple choice, not typed answers");
    }

    @Override
    public Rendering trueFalse(TrueFalse q) {
      return question(q.prompt(), AikenReader.TRUE_FALSE, q.answer() ? 0 : 1);
    }

    @Override
    public Rendering ordering(Ordering q) {
      return Rendering.skipped("Aiken holds only multiple choice, not ordering");
    }

    @Override
    public Rendering matching(Matching q) {
      return Rendering.skipped("Aiken holds only multiple choice, not matching");
    }
  }
}
