package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.QuestionBank;
import org.factdrill.export.GiftText.Decoded;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/**
 * Reads Moodle GIFT the way Moodle's importer does (its type detection order, escapes, weights,
 * missing-word gaps), into factdrill questions. What factdrill cannot hold (descriptions, essays,
 * numerical ranges, partial credit, feedback) is left out with a warning; text that is not GIFT
 * is an error naming its line. Reads back everything {@link GiftWriter} writes: the id from the
 * question name, kind and sentence index from the comment, the source from the general feedback.
 */
public final class GiftReader implements BankReader {

  private static final Pattern KIND_COMMENT = Pattern.compile("//\\s*kind: (.*); sentence: ([0-9]{1,9})");
  private static final String FORMAT = "GIFT";

  @Override
  public String name() {
    return "gift";
  }

  @Override
  public List<String> extensions() {
    return List.of("gift");
  }

  /** One question's lines: where it starts, its comments, and the rest. */
  private record Block(int line, List<String> comments, String body) {}

  @Override
  public Import read(String text, String fileName) throws ImportException {
    var warnings = new ArrayList<String>();
    String bankId = null;
    String title = null;
    var questions = new ImportedQuestions(fileName);
    for (Block block : blocks(text)) {
      for (String comment : block.comments()) {
        if (comment.startsWith(GiftWriter.BANK_COMMENT.strip()) && bankId == null) {
          String id = comment.substring(GiftWriter.BANK_COMMENT.strip().length()).strip();
          if (ImportDefaults.isBankId(id)) bankId = id;
        } else if (comment.startsWith(GiftWriter.TITLE_COMMENT.strip()) && title == null) {
          title = Decoded.of(comment.substring(GiftWriter.TITLE_COMMENT.strip().length())).strip().toString();
        }
      }
      if (block.body().isEmpty() || block.body().startsWith("$CATEGORY:")) continue;
      Question q;
      try {
        q = question(block, warnings);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new ImportException(fileName, block.line(), e.getMessage());
      }
      if (q == null) continue;
      questions.add(q, block.line());
    }
    var bank = new QuestionBank(
        bankId != null ? bankId : ImportDefaults.bankId(fileName),
        title != null ? title : ImportDefaults.title(fileName),
        ImportDefaults.article(),
        questions.list());
    return new Import(bank, warnings.stream().map(w -> fileName + ": " + w).toList());
  }

  /** Questions are separated by blank lines; lines starting with // are comments. */
  private static List<Block> blocks(String text) {
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
    var blocks = new ArrayList<Block>();
    int start = -1;
    var comments = new ArrayList<String>();
    var body = new StringBuilder();
    int bodyLine = 0;
    for (int i = 0; i <= lines.length; i++) {
      boolean blank = i == lines.length || lines[i].isBlank();
      if (blank) {
        if (start >= 0) blocks.add(new Block(bodyLine > 0 ? bodyLine : start + 1, List.copyOf(comments), body.toString().strip()));
        start = -1;
        comments.clear();
        body.setLength(0);
        bodyLine = 0;
        continue;
      }
      if (start < 0) start = i;
      String trimmed = lines[i].strip();
      if (trimmed.startsWith("//")) {
        comments.add(trimmed);
      } else {
        if (bodyLine == 0) bodyLine = i + 1;
        body.append(lines[i]).append('\n');
      }
    }
    return blocks;
  }

  /** One block to a question, or null (with a warning) when factdrill cannot hold it. */
  private static Question question(Block block, List<String> warnings) {
    String at = "line " + block.line() + ": ";
    Decoded text = Decoded.of(block.body());
    String name = null;
    if (text.startsWith("::")) {
      int end = text.find("::", 2);
      if (end >= 0) {
        name = text.sub(2, end).strip().toString();
        text = text.sub(end + 2).strip();
      }
    }
    int open = text.find('{', 0);
    int close = text.find('}', 0);
    if (open < 0 && close < 0) {
      warnings.add(at + "left out a description (text with no answers): factdrill holds only questions");
      return null;
    }
    if (open < 0 || close < 0 || close < open) {
      throw new IllegalArgumentException("a \"{\" without its \"}\" (or the other way round); escape a literal brace as \\{ or \\}");
    }
    Decoded answers = text.sub(open + 1, close).strip();
    Decoded after = text.sub(close + 1).strip();
    String prompt = after.isEmpty()
        ? withoutFormat(text.sub(0, open).strip().toString())
        : withoutFormat(text.sub(0, open).toString()) + Question.GAP + text.sub(close + 1).toString();
    prompt = prompt.strip();

    String sourceText = null;
    int general = answers.findLast("####");
    if (general >= 0) {
      sourceText = withoutFormat(answers.sub(general + 4).strip().toString()).strip();
      answers = answers.sub(0, general).strip();
    }
    String kind = null;
    int sentence = 0;
    for (String comment : block.comments()) {
      Matcher m = KIND_COMMENT.matcher(comment);
      if (m.matches()) {
        kind = Decoded.of(m.group(1)).strip().toString();
        sentence = Integer.parseInt(m.group(2));
      }
    }
    Source source = sourceText == null || sourceText.isBlank()
        ? ImportDefaults.source(FORMAT)
        : new Source(sentence, sourceText);
    var parts = new Parts(at, name, prompt, source, kind, warnings);

    if (answers.isEmpty()) {
      warnings.add(at + "left out an essay question: factdrill cannot grade essays");
      return null;
    }
    if (answers.isControl(0, '#')) return parts.numerical(answers.sub(1));
    if (answers.find('~', 0) >= 0) return parts.multipleChoice(answers);
    if (answers.find('=', 0) >= 0 && answers.find("->", 0) >= 0) return parts.matching(answers);
    int hash = answers.find('#', 0);
    String trueFalse = (hash > 0 ? answers.sub(0, hash) : answers).strip().toString();
    if (List.of("T", "TRUE", "F", "FALSE").contains(trueFalse)) return parts.trueFalse(trueFalse.startsWith("T"));
    return parts.shortAnswer(answers);
  }

  /** Drops a leading [html], [moodle], [plain] or [markdown] marker, as Moodle does. */
  private static String withoutFormat(String text) {
    return GiftText.withoutMarker(text);
  }

  /** One answer of an answer list: its weight in percent (null when none is written) and its text. */
  private record Answer(char marker, Double weight, String text, boolean hadFeedback) {}

  /**
   * @param weightAfterEquals whether "=%50%x" carries a weight: yes in short answers, no in
   *     multiple choice, where '=' already means 100% (as in Moodle)
   */
  private static List<Answer> answerList(Decoded answers, String markers, boolean weightAfterEquals) {
    var out = new ArrayList<Answer>();
    List<Decoded> pieces = answers.splitBefore(markers);
    for (int i = 0; i < pieces.size(); i++) {
      Decoded piece = pieces.get(i).strip();
      if (piece.isEmpty()) continue;
      char marker = i == 0 ? ' ' : piece.toString().charAt(0);
      Decoded rest = i == 0 ? piece : piece.sub(1).strip();
      Double weight = null;
      int w = rest.isControl(0, '%') && (marker != '=' || weightAfterEquals) ? GiftText.weightLength(rest.toString()) : 0;
      if (w > 0) {
        String digits = rest.sub(1, w - 1).toString().replaceAll("^-+", "-");
        weight = Double.parseDouble(digits);
        rest = rest.sub(w);
      }
      int hash = rest.find('#', 0);
      boolean feedback = hash >= 0;
      if (feedback) rest = rest.sub(0, hash);
      out.add(new Answer(marker, weight, withoutFormat(rest.strip().toString()).strip(), feedback));
    }
    return out;
  }

  /** What every question has, and the builders for each GIFT type. */
  private record Parts(String at, String name, String prompt, Source source, String kind, List<String> warnings) {

    private String id(String type, List<String> content) {
      if (name != null && ImportDefaults.isQuestionId(name)) return name;
      var all = new ArrayList<String>();
      all.add(type);
      all.add(prompt);
      all.addAll(content);
      return QuestionIds.of(all.toArray(String[]::new));
    }

    private String kindOr(String fallback) {
      return kind != null && !kind.isBlank() ? kind : fallback;
    }

    private void noteFeedback(List<Answer> answers) {
      if (answers.stream().anyMatch(Answer::hadFeedback)) warnings.add(at + "left out per-answer feedback: factdrill has no place for it");
    }

    Question multipleChoice(Decoded text) {
      List<Answer> answers = answerList(text, "=~", false);
      noteFeedback(answers);
      boolean single = text.find('=', 0) >= 0;
      var choices = answers.stream().map(Answer::text).toList();
      if (single) {
        var right = answers.stream().filter(a -> a.marker() == '=').map(Answer::text).toList();
        if (right.size() > 1) {
          warnings.add(at + "left out a multiple choice question with " + right.size() + " answers marked '=': factdrill allows one");
          return null;
        }
        if (answers.stream().anyMatch(a -> a.marker() != '=' && a.weight() != null && a.weight() > 0)) {
          warnings.add(at + "partial credit on wrong choices left out: they count as wrong");
        }
        return new MultipleChoice(id("multiple_choice", choices), prompt, right.get(0), choices, List.of(), kindOr(ImportDefaults.KIND), source);
      }
      // No '=': Moodle's multiple-answer question; the choices with a positive weight are right.
      var right = answers.stream().filter(a -> a.weight() != null && a.weight() > 0).map(Answer::text).toList();
      if (right.isEmpty()) throw new IllegalArgumentException("no right answer: mark one with '=' or give weights like ~%50%");
      if (right.size() == 1) {
        warnings.add(at + "a multiple-answer question with one right choice is read as multiple choice");
        return new MultipleChoice(id("multiple_choice", choices), prompt, right.get(0), choices, List.of(), kindOr(ImportDefaults.KIND), source);
      }
      if (right.size() == choices.size()) {
        warnings.add(at + "left out a multiple-answer question whose every choice is right");
        return null;
      }
      return new MultiSelect(id("multi_select", choices), prompt, right, choices, kindOr(ImportDefaults.KIND), source);
    }

    Question matching(Decoded text) {
      var pairs = new ArrayList<Matching.Pair>();
      var content = new ArrayList<String>();
      for (Decoded piece : text.splitBefore("=")) {
        Decoded p = piece.strip();
        if (p.isEmpty()) continue;
        if (p.isControl(0, '=')) p = p.sub(1);
        int arrow = p.find("->", 0);
        if (arrow < 0) throw new IllegalArgumentException("a matching pair without \"->\": \"" + p.strip() + "\"");
        String left = withoutFormat(p.sub(0, arrow).strip().toString()).strip();
        String right = p.sub(arrow + 2).strip().toString();
        pairs.add(new Matching.Pair(left, right));
        content.add(left);
        content.add(right);
      }
      return new Matching(id("matching", content), prompt, pairs, kindOr(ImportDefaults.KIND), source);
    }

    Question trueFalse(boolean answer) {
      return new TrueFalse(id("true_false", List.of(Boolean.toString(answer))), prompt, answer, kindOr(ImportDefaults.KIND), source);
    }

    Question shortAnswer(Decoded text) {
      List<Answer> answers = answerList(text, "=", true);
      noteFeedback(answers);
      var forms = new ArrayList<String>();
      for (Answer a : answers) {
        if (a.weight() == null || a.weight() >= 100) forms.add(a.text());
        else if (a.weight() > 0) warnings.add(at + "the partly right answer \"" + a.text() + "\" left out: factdrill takes only fully right answers");
      }
      if (forms.isEmpty()) throw new IllegalArgumentException("no fully right answer in a short answer question");
      return new ShortAnswer(id("short_answer", forms), prompt, forms.get(0), forms.subList(1, forms.size()), kindOr(ImportDefaults.KIND), source);
    }

    Question numerical(Decoded text) {
      int wrong = text.find('~', 0);
      if (wrong >= 0) text = text.sub(0, wrong);
      var forms = new ArrayList<String>();
      List<Answer> answers = answerList(text, "=", true);
      noteFeedback(answers);
      for (Answer a : answers) {
        String value = a.text();
        if (value.contains("..")) {
          warnings.add(at + "left out a numerical question with a range (" + value + "): factdrill has no ranges");
          return null;
        }
        int colon = value.indexOf(':');
        if (colon > 0) {
          String tolerance = value.substring(colon + 1).strip();
          value = value.substring(0, colon).strip();
          if (!isNumber(tolerance)) throw new IllegalArgumentException("not a number: \"" + tolerance + "\"");
          if (Double.parseDouble(tolerance) != 0) warnings.add(at + "the tolerance ±" + tolerance + " of " + value + " left out: only the exact number counts");
        }
        if (!isNumber(value)) throw new IllegalArgumentException("not a number: \"" + value + "\"");
        if (a.weight() == null || a.weight() >= 100) forms.add(value);
        else if (a.weight() > 0) warnings.add(at + "the partly right answer " + value + " left out: factdrill takes only fully right answers");
      }
      if (forms.isEmpty()) throw new IllegalArgumentException("no fully right answer in a numerical question");
      return new ShortAnswer(id("short_answer", forms), prompt, forms.get(0), forms.subList(1, forms.size()), kindOr(ImportDefaults.NUMBER_KIND), source);
    }

    private static boolean isNumber(String s) {
      return s.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    }
  }
}
