package org.factdrill.export;

import static org.factdrill.export.GiftText.escape;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Moodle GIFT. Each question is named by its id, its text is marked {@code [plain]} (so Moodle shows
 * {@code <b>} as typed, not bold), the source sentence is the general feedback ({@code ####}), and a
 * comment line before it keeps the kind and the sentence index for {@link GiftReader}. Answers are
 * laid out one per line as Moodle's own exporter does.
 *
 * <p>Moodle trims every text it reads, so texts are written trimmed: then a file read back and
 * written again is byte for byte the same.
 */
public final class GiftWriter implements BankWriter {

  static final String BANK_COMMENT = "// bank: ";
  static final String TITLE_COMMENT = "// title: ";

  @Override
  public String name() {
    return "gift";
  }

  @Override
  public String extension() {
    return "gift";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var collected = Rendering.collect(questions, q -> q.visit(new QuestionText()));
    var out = new StringBuilder();
    out.append(BANK_COMMENT).append(bank.id()).append('\n');
    out.append(TITLE_COMMENT).append(text(bank.title())).append('\n');
    for (String question : collected.texts()) out.append('\n').append(question);
    return new Export(out.toString().getBytes(StandardCharsets.UTF_8), collected.written(), collected.skipped());
  }

  private static String text(String raw) {
    return escape(raw.strip());
  }

  private static final class QuestionText implements Question.Visitor<Rendering> {

    private static String head(Question q) {
      return head(q, "{");
    }

    private static String head(Question q, String open) {
      return "// kind: " + text(q.kind()) + "; sentence: " + q.source().sentence() + "\n"
          + "::" + escape(q.id()) + "::[plain]" + text(q.prompt()) + open + "\n";
    }

    private static String tail(Question q) {
      return "\t####" + GiftText.markedText(q.source().text()) + "\n}\n";
    }

    private static String answer(String marker, String answer) {
      return "\t" + marker + GiftText.markedText(answer) + "\n";
    }

    @Override
    public Rendering multipleChoice(MultipleChoice q) {
      var s = new StringBuilder(head(q));
      for (String choice : q.choices()) {
        boolean right = choice.equals(q.answer());
        // After '~' a leading "%50%" is read as a weight; after '=' it is not.
        if (!right && GiftText.looksLikeWeight(choice.strip())) return Rendering.skipped("the choice \"" + choice + "\" starts like a GIFT weight (%n%)");
        s.append(answer(right ? "=" : "~", choice));
      }
      return Rendering.written(s.append(tail(q)).toString());
    }

    @Override
    public Rendering multiSelect(MultiSelect q) {
      // No '=' at all is what makes Moodle read a multiple-answer question (single=0).
      var cannot = MoodleGrades.cannotShare(q.answers().size());
      if (cannot.isPresent()) return Rendering.skipped(cannot.get());
      String right = "~%" + MoodleGrades.share(q.answers().size()).orElseThrow() + "%";
      String wrong = "~%" + MoodleGrades.wrongPick(q.choices().size() - q.answers().size()) + "%";
      var s = new StringBuilder(head(q));
      for (String choice : q.choices()) s.append(answer(q.isCorrect(choice) ? right : wrong, choice));
      return Rendering.written(s.append(tail(q)).toString());
    }

    @Override
    public Rendering shortAnswer(ShortAnswer q) {
      if (q.accept().isEmpty() && GiftText.isPlainNumber(q.answer().strip())) {
        return Rendering.written(head(q, "{#") + answer("=", q.answer()) + tail(q));
      }
      var forms = new java.util.ArrayList<String>();
      forms.add(q.answer());
      forms.addAll(q.accept());
      for (String form : forms) {
        // '->' cannot be escaped, and '=' with '->' makes Moodle read a matching question.
        if (form.contains("->")) return Rendering.skipped("the accepted answer \"" + form + "\" contains \"->\", which GIFT cannot escape");
        if (GiftText.looksLikeWeight(form.strip())) return Rendering.skipped("the accepted answer \"" + form + "\" starts like a GIFT weight (%n%)");
      }
      var s = new StringBuilder(head(q));
      for (String form : forms) s.append(answer("=", form));
      return Rendering.written(s.append(tail(q)).toString());
    }

    @Override
    public Rendering trueFalse(TrueFalse q) {
      return Rendering.written(head(q) + "\t" + (q.answer() ? "TRUE" : "FALSE") + "\n" + tail(q));
    }

    @Override
    public Rendering ordering(Ordering q) {
      return Rendering.skipped("GIFT has no ordering question");
    }

    @Override
    public Rendering matching(Matching q) {
      var s = new StringBuilder(head(q));
      for (Matching.Pair p : q.pairs()) {
        // The first '->' ends the left item, so only the right one may hold it.
        if (p.left().contains("->")) return Rendering.skipped("the item \"" + p.left() + "\" contains \"->\", which GIFT cannot escape");
        // Moodle reads a format marker before the left item, not before the right one.
        s.append("\t=").append(GiftText.markedText(p.left())).append(" -> ").append(text(p.right())).append('\n');
      }
      return Rendering.written(s.append(tail(q)).toString());
    }
  }
}
