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
 * <p>A teacher exporting to Kahoot wants the quiz, so what is not a choice question becomes one
 * where that can be done without changing what is asked ({@link KahootChoices}): a typed answer
 * gets wrong choices from the other answers of its kind in the bank, a select-all question with
 * more than three right answers shows three of them, an ordering question asks which came first,
 * and a matching question asks which pairing is right. Each question is asked once: a typed twin
 * of a choice question is left to its twin, and a typed gap asked as true or false (a fallback)
 * only where no other question asks its fact. Kahoot cuts questions at 120 characters
 * and answers at 75; {@link KahootText} shortens a text only where its meaning survives. What still
 * does not fit is skipped, and the skip names the question and says why.
 */
public final class KahootWriter implements BankWriter {

  static final int QUESTION_LIMIT = KahootText.QUESTION_LIMIT;
  static final int ANSWER_LIMIT = KahootText.ANSWER_LIMIT;
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
    var results = new java.util.LinkedHashMap<Question, Result>();
    var factsAsked = new java.util.HashMap<String, String>();
    var askedWithChoices = new java.util.HashMap<String, String>();
    for (Question q : questions) {
      if (!seen.add(q.id())) {
        skipped.add(new Skipped(q.id(), "the id appears twice"));
        continue;
      }
      Result r = row(q, bank);
      results.put(q, r);
      if (r.row() == null || r.fallback()) continue;
      if (q.fact() != null) factsAsked.putIfAbsent(q.fact(), q.id());
      if (!(q instanceof ShortAnswer)) askedWithChoices.putIfAbsent(KahootText.clean(q.prompt()), q.id());
    }
    for (var e : results.entrySet()) {
      Question q = e.getKey();
      Result r = e.getValue();
      String sameQuestion = q instanceof ShortAnswer ? askedWithChoices.get(KahootText.clean(q.prompt())) : null;
      if (r.row() != null && sameQuestion != null) {
        // the typed twin of a choice question: as a choice question it would be asked twice
        skipped.add(new Skipped(q.id(), "a typed question the sheet asks already, with choices, as " + sameQuestion
            + "; Kahoot quizzes hold only choice questions", sameQuestion));
      } else if (r.row() != null && r.fallback() && q.fact() != null && factsAsked.containsKey(q.fact())) {
        skipped.add(new Skipped(q.id(), "a typed gap whose fact the sheet asks already (" + factsAsked.get(q.fact())
            + "); as true or false it would ask it again"));
      } else if (r.row() != null) {
        rows.add(r.row());
        if (q.fact() != null) factsAsked.putIfAbsent(q.fact(), q.id());
      } else if (q instanceof ShortAnswer && q.fact() != null && factsAsked.containsKey(q.fact())) {
        // a typed question with no choices to offer, whose fact another question of the sheet asks
        skipped.add(new Skipped(q.id(), "a typed question whose fact the sheet asks already (" + factsAsked.get(q.fact())
            + "); Kahoot quizzes hold only choice questions"));
      } else {
        skipped.add(new Skipped(q.id(), r.reason()));
      }
    }
    return new Export(sheet(bank, rows), rows.size(), skipped);
  }

  /** A row, or the reason there is none; {@code fallback} as in {@link KahootChoices.Choices#fallback}. */
  record Result(Row row, String reason, boolean fallback) {
    static Result skip(String reason) {
      return new Result(null, reason, false);
    }
  }

  /** A question alone, with no bank to take wrong choices from. */
  static Result row(Question q) {
    return row(q, new QuestionBank("", "", new QuestionBank.ArticleRef("", "", List.of()), List.of(q)));
  }

  static Result row(Question q, QuestionBank bank) {
    KahootChoices.Choices choices = KahootChoices.of(q, bank);
    if (choices.skipReason() != null) return Result.skip(choices.skipReason());
    Result built = build(choices.prompt(), choices.answers(), choices.correct(), choices.spare());
    return built.row() == null ? built : new Result(built.row(), null, choices.fallback());
  }

  /**
   * The row for a prompt and its answers (the right ones among them). A wrong answer too long for
   * Kahoot gives its place to a spare one of the same question; a right one too long skips the
   * question, as would a prompt that cannot be shortened.
   */
  private static Result build(String prompt, List<String> answers, List<String> correct, List<String> spare) {
    Optional<String> question = KahootText.fitQuestion(prompt);
    if (question.isEmpty()) {
      String shown = KahootText.clean(prompt);
      return Result.skip("the question is " + shown.length() + " characters (Kahoot allows "
          + QUESTION_LIMIT + ") and cannot be shortened without changing its meaning: \"" + shown + "\"");
    }
    var spares = new ArrayList<>(spare);
    var shortened = new ArrayList<String>();
    var numbers = new ArrayList<Integer>();
    var distinct = new HashSet<String>();
    for (String a : answers) {
      boolean right = correct.contains(a);
      Optional<String> fit = KahootText.fitAnswer(a);
      while (fit.isEmpty() && !right && !spares.isEmpty()) fit = KahootText.fitAnswer(spares.remove(0));
      if (fit.isEmpty() && !right) continue;
      if (fit.isEmpty()) {
        String shown = KahootText.clean(a);
        return Result.skip("the answer \"" + shown + "\" is " + shown.length()
            + " characters (Kahoot allows " + ANSWER_LIMIT + ") and cannot be shortened without changing its meaning");
      }
      if (!distinct.add(fit.get().toLowerCase(Locale.ROOT))) {
        return Result.skip("shortening its answers to " + ANSWER_LIMIT + " characters would make two of them the same");
      }
      shortened.add(fit.get());
      if (right) numbers.add(shortened.size());
    }
    if (shortened.size() < 2 || numbers.size() == shortened.size()) {
      return Result.skip("no wrong answer fits Kahoot's " + ANSWER_LIMIT + " characters");
    }
    return new Result(new Row(question.get(), shortened, numbers, seconds(question.get(), shortened)), null, false);
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
    return stable(out.toByteArray(), dimension(rows.size()));
  }

  /**
   * The range the sheet uses, as its {@code <dimension ref>} must say: from the title in B2 to the
   * last question row in column H (column A holds the question numbers). Readers that trust the
   * dimension, as openpyxl does in read-only mode, read only that range.
   */
  static String dimension(int questions) {
    return (questions == 0 ? "B2" : "A2") + ":H" + (8 + questions);
  }

  /**
   * Two fixes to what the spreadsheet library writes. It stamps the creation time and the zip
   * entry times with the clock: both become fixed values, so that an export depends on the bank
   * alone. And it always declares the sheet's dimension as A1 (one cell): the true range replaces it.
   */
  private static byte[] stable(byte[] xlsx, String dimension) {
    var zip = new StableZip();
    StableZip.entries(xlsx).forEach((name, bytes) -> {
      if (name.equals("docProps/core.xml")) {
        String core = new String(bytes, StandardCharsets.UTF_8).replaceAll(
            "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + FIXED_CREATED + "$2");
        bytes = core.getBytes(StandardCharsets.UTF_8);
      }
      if (name.equals("xl/worksheets/sheet1.xml")) {
        String sheet = new String(bytes, StandardCharsets.UTF_8);
        if (!sheet.contains(WRITTEN_DIMENSION)) {
          throw new IllegalStateException("the spreadsheet library no longer writes " + WRITTEN_DIMENSION + "; check the dimension");
        }
        bytes = sheet.replace(WRITTEN_DIMENSION, "<dimension ref=\"" + dimension + "\"/>").getBytes(StandardCharsets.UTF_8);
      }
      zip.add(name, bytes);
    });
    return zip.bytes();
  }

  /** What fastexcel 0.19 writes as every sheet's dimension, whatever the sheet holds. */
  private static final String WRITTEN_DIMENSION = "<dimension ref=\"A1\"/>";
}
