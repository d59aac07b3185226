package org.factdrill.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Kahoot's quiz spreadsheet template (.xlsx): title cells B2 and B3, the header row 8, then one
 * question per row from row 9 with 2 to 4 answers, a time limit and the correct answer numbers.
 * Kahoot holds only choice questions; true/false becomes the answers True and False.
 *
 * <p>Kahoot cuts questions at 120 characters and answers at 75. A text over the limit is shortened
 * only in ways that keep its meaning (dropping "according to the article" or a trailing
 * parenthetical remark); a question that still does not fit is skipped, and the skip names it.
 * A multiple-choice question with more than four choices keeps its answer and its first three
 * distractors.
 */
public final class KahootWriter implements BankWriter {

  static final int QUESTION_LIMIT = 120;
  static final int ANSWER_LIMIT = 75;
  static final List<Integer> TIME_LIMITS = List.of(5, 10, 20, 30, 60, 90, 120, 240);
  static final List<String> HEADERS = List.of(
      "Question - max 120 characters",
      "Answer 1 - max 75 characters",
      "Answer 2 - max 75 characters",
      "Answer 3 - max 75 characters",
      "Answer 4 - max 75 characters",
      "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
      "Correct answer(s) - choose at least one");
  static final String TITLE = "Quiz template";
  static final String INSTRUCTIONS = "Add questions, at least two answer alternatives, time limit and choose correct answers.";

  /** The fixed creation date written into the file, so the same bank gives the same bytes. */
  private static final String FIXED_CREATED = "2000-01-01T00:00:00Z";

  @Override
  public String name() {
    return "kahoot";
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  /** One row of the sheet: the question, its answers and the 1-based numbers of the correct ones. */
  record Row(String question, List<String> answers, List<Integer> correct, int seconds) {}

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var rows = new ArrayList<Row>();
    var skipped = new ArrayList<Skipped>();
    var seen = new HashSet<String>();
    for (Question q : questions) {
      if (!seen.add(q.id())) {
        skipped.add(new Skipped(q.id(), "the id appears twice"));
        continue;
      }
      Result r = row(q);
      if (r.row() != null) rows.add(r.row());
      else skipped.add(new Skipped(q.id(), r.reason()));
    }
    return new Export(sheet(bank, rows), rows.size(), skipped);
  }

  record Result(Row row, String reason) {
    static Result skip(String reason) {
      return new Result(null, reason);
    }
  }

  static Result row(Question q) {
    return q.visit(new Question.Visitor<Result>() {
      @Override
      public Result multipleChoice(MultipleChoice mc) {
        var kept = new ArrayList<String>();
        for (String c : mc.choices()) {
          if (c.equals(mc.answer()) || kept.size() < 4 && countDistractors(kept, mc.answer()) < 3) kept.add(c);
        }
        return build(mc, kept, List.of(mc.answer()));
      }

      @Override
      public Result multiSelect(MultiSelect ms) {
        if (ms.answers().size() > 3) {
          return Result.skip("it has " + ms.answers().size()
              + " correct answers; a Kahoot question has at most 4 answers and needs a wrong one");
        }
        var kept = new ArrayList<String>();
        int room = 4 - ms.answers().size();
        for (String c : ms.choices()) {
          if (ms.isCorrect(c)) kept.add(c);
          else if (room > 0) {
            kept.add(c);
            room--;
          }
        }
        return build(ms, kept, ms.answers());
      }

      @Override
      public Result trueFalse(TrueFalse tf) {
        return build(tf, List.of("True", "False"), List.of(tf.answer() ? "True" : "False"));
      }

      @Override
      public Result shortAnswer(ShortAnswer sa) {
        return Result.skip("a short answer question; Kahoot quizzes hold only choice questions");
      }

      @Override
      public Result ordering(Ordering o) {
        return Result.skip("an ordering question; Kahoot quizzes hold only choice questions");
      }

      @Override
      public Result matching(Matching m) {
        return Result.skip("a matching question; Kahoot quizzes hold only choice questions");
      }
    });
  }

  private static int countDistractors(List<String> kept, String answer) {
    return (int) kept.stream().filter(c -> !c.equals(answer)).count();
  }

  private static Result build(Question q, List<String> answers, List<String> correct) {
    Optional<String> question = KahootText.fitQuestion(q.prompt());
    if (question.isEmpty()) {
      return Result.skip("the question is " + KahootText.clean(q.prompt()).length() + " characters (Kahoot allows "
          + QUESTION_LIMIT + ") and cannot be shortened without changing its meaning: \"" + KahootText.clean(q.prompt()) + "\"");
    }
    var shortened = new ArrayList<String>();
    var distinct = new HashSet<String>();
    for (String a : answers) {
      Optional<String> fit = KahootText.fitAnswer(a);
      if (fit.isEmpty()) {
        return Result.skip("the answer \"" + KahootText.clean(a) + "\" is " + KahootText.clean(a).length()
            + " characters (Kahoot allows " + ANSWER_LIMIT + ") and cannot be shortened without changing its meaning");
      }
      if (!distinct.add(fit.get().toLowerCase(Locale.ROOT))) {
        return Result.skip("shortening its answers to " + ANSWER_LIMIT + " characters would make two of them the same");
      }
      shortened.add(fit.get());
    }
    var numbers = new ArrayList<Integer>();
    for (int i = 0; i < answers.size(); i++) if (correct.contains(answers.get(i))) numbers.add(i + 1);
    return new Result(new Row(question.get(), shortened, numbers, seconds(question.get(), shortened)), null);
  }

  /**
   * Time to read the question and the answers and to choose: about eight characters a second,
   * never under 20 seconds, rounded up to a limit Kahoot offers.
   */
  static int seconds(String question, List<String> answers) {
    int chars = question.length() + answers.stream().mapToInt(String::length).sum();
    int wanted = Math.max(20, (chars + 7) / 8);
    for (int limit : TIME_LIMITS) if (limit >= wanted) return limit;
    return TIME_LIMITS.get(TIME_LIMITS.size() - 1);
  }

  private static byte[] sheet(QuestionBank bank, List<Row> rows) {
    var out = new ByteArrayOutputStream();
    try {
      var wb = new Workbook(out, "factdrill", "1.0");
      wb.properties().setTitle(KahootText.clean(bank.title()));
      Worksheet ws = wb.newWorksheet("Sheet1");
      ws.width(0, 6);
      ws.width(1, 60);
      for (int c = 2; c <= 5; c++) ws.width(c, 28);
      ws.width(6, 16);
      ws.width(7, 16);
      ws.value(1, 1, TITLE);
      ws.style(1, 1).bold().fontSize(14).set();
      ws.value(2, 1, INSTRUCTIONS);
      ws.value(3, 1, "Question has a limit of " + QUESTION_LIMIT + " characters and answers can have "
          + ANSWER_LIMIT + " characters max. If several answers are correct, separate them with a comma.");
      ws.value(5, 1, "Questions from: " + KahootText.clean(bank.title()));
      for (int c = 0; c < HEADERS.size(); c++) {
        ws.value(7, c + 1, HEADERS.get(c));
        ws.style(7, c + 1).bold().wrapText(true).set();
      }
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        int r = 8 + i;
        ws.value(r, 0, i + 1);
        ws.value(r, 1, SpreadsheetCell.guard(row.question()));
        for (int a = 0; a < row.answers().size(); a++) ws.value(r, 2 + a, SpreadsheetCell.guard(row.answers().get(a)));
        ws.value(r, 6, row.seconds());
        if (row.correct().size() == 1) ws.value(r, 7, row.correct().get(0));
        else ws.value(r, 7, String.join(",", row.correct().stream().map(String::valueOf).toList()));
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a spreadsheet in memory", e);
    }
    return stable(out.toByteArray());
  }

  /**
   * The spreadsheet library stamps the creation time and the zip entry times with the clock;
   * rewrite both to fixed values so that an export depends on the bank alone.
   */
  private static byte[] stable(byte[] xlsx) {
    var zip = new StableZip();
    StableZip.entries(xlsx).forEach((name, bytes) -> {
      if (name.equals("docProps/core.xml")) {
        String core = new String(bytes, StandardCharsets.UTF_8).replaceAll(
            "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + FIXED_CREATED + "$2");
        bytes = core.getBytes(StandardCharsets.UTF_8);
      }
      zip.add(name, bytes);
    });
    return zip.bytes();
  }

  /** Kahoot text: one line, within the limits, shortened only where the meaning survives. */
  static final class KahootText {
    private KahootText() {}

    // "In the text" needs its comma: without it the phrase may belong to the question ("In the text of ...").
    private static final Pattern LEADING_SOURCE = Pattern.compile(
        "^(according to the (article|text|report|story),?|(as reported in|as stated in|in) the (article|text|report|story),)\\s+",
        Pattern.CASE_INSENSITIVE);
    // Only "according to" at the end: "... in the article?" may be what the question asks about.
    private static final Pattern TRAILING_SOURCE = Pattern.compile(
        ",?\\s+(according to|as reported in|as stated in) the (article|text|report|story)(?=\\s*[?.!]?$)",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PARENTHETICAL = Pattern.compile("\\s*\\([^()]*\\)(?=\\s*[?.!]?$)");

    /** One line, no control characters, single spaces (Kahoot shows a cell as one line of text). */
    static String clean(String s) {
      var out = new StringBuilder();
      s.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
      return out.toString().replaceAll("\\s+", " ").strip();
    }

    static Optional<String> fitQuestion(String prompt) {
      String q = clean(prompt);
      if (q.length() <= QUESTION_LIMIT) return Optional.of(q);
      var leading = LEADING_SOURCE.matcher(q);
      if (leading.find()) q = capitalise(q.substring(leading.end()));
      q = TRAILING_SOURCE.matcher(q).replaceFirst("");
      if (q.length() > QUESTION_LIMIT) q = TRAILING_PARENTHETICAL.matcher(q).replaceFirst("");
      return q.length() <= QUESTION_LIMIT ? Optional.of(q) : Optional.empty();
    }

    static Optional<String> fitAnswer(String answer) {
      String a = clean(answer);
      if (a.length() > ANSWER_LIMIT) a = TRAILING_PARENTHETICAL.matcher(a).replaceFirst("");
      return a.length() <= ANSWER_LIMIT && !a.isEmpty() ? Optional.of(a) : Optional.empty();
    }

    private static String capitalise(String s) {
      return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
  }
}
