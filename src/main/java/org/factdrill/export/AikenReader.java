package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.TrueFalse;

/**
 * Reads Aiken as Moodle does: a question line, choice lines "A) text" or "A. text", then
 * "ANSWER: X". A question whose choices are exactly True and False becomes a true/false question.
 */
public final class AikenReader implements BankReader {

  static final List<String> TRUE_FALSE = List.of("True", "False");
  private static final String FORMAT = "Aiken";

  @Override
  public String name() {
    return "aiken";
  }

  @Override
  public List<String> extensions() {
    return List.of("aiken");
  }

  @Override
  public Import read(String text, String fileName) throws ImportException {
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
    var questions = new ImportedQuestions(fileName);
    String prompt = null;
    int promptLine = 0;
    var choices = new ArrayList<String>();
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty()) continue;
      if (AikenWriter.CHOICE_LINE.matcher(line).matches()) {
        if (prompt == null) throw new ImportException(fileName, lineNumber, "a choice before any question text");
        if (line.charAt(0) != 'A' + choices.size()) {
          throw new ImportException(fileName, lineNumber, "expected choice " + (char) ('A' + choices.size()) + ", found " + line.charAt(0));
        }
        choices.add(line.substring(2).strip());
      } else if (line.startsWith(AikenWriter.ANSWER)) {
        if (prompt == null) throw new ImportException(fileName, lineNumber, "an ANSWER line before any question text");
        String letter = line.substring(AikenWriter.ANSWER.length()).strip();
        if (!letter.matches("[A-Z]") || letter.charAt(0) - 'A' >= choices.size()) {
          throw new ImportException(fileName, lineNumber, "ANSWER must be one of the choice letters A to "
              + (char) ('A' + Math.max(choices.size() - 1, 0)) + ", was \"" + letter + "\"");
        }
        if (choices.size() < 2) throw new ImportException(fileName, promptLine, "a question needs at least 2 choices, has " + choices.size());
        Question q;
        try {
          q = question(prompt, choices, letter.charAt(0) - 'A');
        } catch (IllegalArgumentException e) {
          throw new ImportException(fileName, promptLine, e.getMessage());
        }
        questions.add(q, promptLine);
        prompt = null;
        choices.clear();
      } else {
        if (!choices.isEmpty()) {
          throw new ImportException(fileName, promptLine, "the question has no \"ANSWER: X\" line after its choices");
        }
        // Text lines before the choices are one question text.
        if (prompt == null) promptLine = lineNumber;
        prompt = prompt == null ? line : prompt + " " + line;
      }
    }
    if (prompt != null) throw new ImportException(fileName, promptLine, "the question has no \"ANSWER: X\" line");
    var bank = new QuestionBank(ImportDefaults.bankId(fileName), ImportDefaults.title(fileName), ImportDefaults.article(), questions.list());
    return new Import(bank, List.of());
  }

  private static Question question(String prompt, List<String> choices, int answer) {
    var source = ImportDefaults.source(FORMAT);
    if (choices.size() == 2 && choices.get(0).equalsIgnoreCase("true") && choices.get(1).equalsIgnoreCase("false")) {
      boolean value = answer == 0;
      return new TrueFalse(QuestionIds.of("true_false", prompt, Boolean.toString(value)), prompt, value, ImportDefaults.KIND, source);
    }
    var parts = new ArrayList<String>();
    parts.add("multiple_choice");
    parts.add(prompt);
    parts.addAll(choices);
    return new MultipleChoice(QuestionIds.of(parts.toArray(String[]::new)), prompt, choices.get(answer), List.copyOf(choices),
        List.of(), ImportDefaults.KIND, source);
  }
}
