package org.factdrill.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Anki text import (Anki 2.1.55+ file headers): a UTF-8, tab-separated file whose header lines set
 * the separator, HTML, the deck, and which columns hold the note type, the tags and the GUID.
 * Every row has the same five columns: note type, first field, second field, tags, GUID.
 *
 * <ul>
 *   <li>Cloze questions (a prompt with a gap) become <b>Cloze</b> notes: the prompt with the gap
 *       filled by {@code {{c1::answer}}}, and the source sentence as Back Extra.
 *   <li>Every other question becomes a <b>Basic</b> note: the question with its choices (or items)
 *       on the front, the answer and the source sentence on the back.
 * </ul>
 *
 * The GUID column carries the question id, so importing a newer export of the same bank updates
 * the notes instead of adding copies.
 */
public final class AnkiWriter implements BankWriter {

  @Override
  public String name() {
    return "anki";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var out = new StringBuilder();
    out.append("#separator:tab\n");
    out.append("#html:true\n");
    out.append("#notetype column:1\n");
    out.append("#deck:").append(AnkiText.deckName(bank.title().isBlank() ? bank.id() : bank.title())).append('\n');
    out.append("#tags column:4\n");
    out.append("#guid column:5\n");
    var skipped = new ArrayList<Skipped>();
    var seen = new HashSet<String>();
    var firstFields = new java.util.HashMap<String, String>();
    int written = 0;
    for (Question q : questions) {
      if (!seen.add(q.id())) {
        skipped.add(new Skipped(q.id(), "the id appears twice; Anki would merge the two notes"));
        continue;
      }
      Note note = note(q);
      // a gap asked with choices and its typed twin make the same cloze: Anki keeps one note per first field
      String earlier = firstFields.putIfAbsent(note.type() + "\t" + note.first(), q.id());
      if (earlier != null) {
        skipped.add(new Skipped(q.id(), "the same note as " + earlier + " (Anki keeps one note per first field)"));
        continue;
      }
      String tags = String.join(" ", tags(bank, q));
      out.append(String.join("\t", note.type(), AnkiText.field(note.first()), AnkiText.field(note.second()),
          AnkiText.field(tags), AnkiText.field("factdrill-" + q.id()))).append('\n');
      written++;
    }
    return new Export(out.toString().getBytes(StandardCharsets.UTF_8), written, skipped);
  }

  /** A note's tags: factdrill, the bank, the question type and the kind of answer. */
  static List<String> tags(QuestionBank bank, Question q) {
    return List.of(AnkiText.tag("factdrill"), AnkiText.tag(bank.id()), AnkiText.tag(q.type().wireName()),
        AnkiText.tag(q.kind()));
  }

  /** One note: its type and its two fields, already HTML. */
  record Note(String type, String first, String second) {}

  static Note note(Question q) {
    // No attributes in the markup: a double quote would force the whole field into quotes.
    String source = "<div><i>" + AnkiText.html(q.source().text()) + "</i></div>";
    if (q.isCloze() && (q instanceof ShortAnswer || q instanceof MultipleChoice)) {
      String text = AnkiText.clozeText(q.prompt(), q.answerText());
      // The card shows the gap filled with one form; the others a learner may have typed go on the back.
      List<String> others = q instanceof ShortAnswer sa ? sa.accept() : List.of();
      return new Note("Cloze", text, also(others) + source);
    }
    return q.visit(new Question.Visitor<Note>() {
      @Override
      public Note multipleChoice(MultipleChoice mc) {
        return basic(mc, lettered(mc.choices()), letterOf(mc.choices(), mc.answer()) + AnkiText.html(mc.answer()));
      }

      @Override
      public Note multiSelect(MultiSelect ms) {
        var parts = new ArrayList<String>();
        for (String a : ms.answers()) parts.add(letterOf(ms.choices(), a) + AnkiText.html(a));
        return basic(ms, lettered(ms.choices()) + "<div>(choose all that apply)</div>", String.join("<br>", parts));
      }

      @Override
      public Note shortAnswer(ShortAnswer sa) {
        return new Note("Basic", "<div>" + AnkiText.html(sa.prompt()) + "</div>",
            "<div><b>" + AnkiText.html(sa.answer()) + "</b></div>" + also(sa.accept()) + source);
      }

      @Override
      public Note trueFalse(TrueFalse tf) {
        return basic(tf, "", tf.answer() ? "True" : "False");
      }

      @Override
      public Note ordering(Ordering o) {
        var lines = new ArrayList<String>();
        for (int i = 0; i < o.answers().size(); i++) lines.add((i + 1) + ". " + AnkiText.html(o.answers().get(i)));
        return basic(o, bulleted(DisplayOrder.of(o.id(), o.answers())), String.join("<br>", lines));
      }

      @Override
      public Note matching(Matching m) {
        var lines = new ArrayList<String>();
        for (Matching.Pair p : m.pairs()) lines.add(AnkiText.html(p.left()) + " → " + AnkiText.html(p.right()));
        String front = "<div>" + String.join("<br>", html(m.lefts())) + "</div><div>with:</div>"
            + bulleted(DisplayOrder.of(m.id(), m.rights()));
        return basic(m, front, String.join("<br>", lines));
      }

      private Note basic(Question q, String afterPrompt, String answer) {
        return new Note("Basic", "<div>" + AnkiText.html(q.prompt()) + "</div>" + afterPrompt,
            "<div><b>" + answer + "</b></div>" + source);
      }
    });
  }

  /** The other accepted forms of a typed answer, "(also: ...)", or nothing when there are none. */
  private static String also(List<String> accepted) {
    if (accepted.isEmpty()) return "";
    return "<div>(also: " + String.join(", ", html(accepted)) + ")</div>";
  }

  private static List<String> html(List<String> texts) {
    var out = new ArrayList<String>();
    for (String t : texts) out.add(AnkiText.html(t));
    return out;
  }

  private static String lettered(List<String> choices) {
    var lines = new ArrayList<String>();
    for (int i = 0; i < choices.size(); i++) lines.add(letter(i) + ". " + AnkiText.html(choices.get(i)));
    return "<div>" + String.join("<br>", lines) + "</div>";
  }

  private static String bulleted(List<String> items) {
    var lines = new ArrayList<String>();
    for (String item : items) lines.add("• " + AnkiText.html(item));
    return "<div>" + String.join("<br>", lines) + "</div>";
  }

  private static String letterOf(List<String> choices, String choice) {
    return letter(choices.indexOf(choice)) + ". ";
  }

  private static String letter(int i) {
    return i < 26 ? String.valueOf((char) ('A' + i)) : Integer.toString(i + 1);
  }

  /** Escaping for Anki's text import with {@code #html:true}. */
  static final class AnkiText {
    private AnkiText() {}

    /** Field text as HTML ({@link HtmlText}); a tab, the column separator, becomes a space. */
    static String html(String s) {
      return HtmlText.escape(s.replace('\t', ' '));
    }

    /**
     * Text for a Cloze field: besides HTML escaping, braces and colons become character references,
     * so text like {@code }}} or {@code ::} cannot end the deletion or start a hint; Anki shows
     * them as the characters.
     */
    static String cloze(String s) {
      return html(s).replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;");
    }

    /** The prompt with its (first) gap replaced by the answer as cloze deletion 1. */
    static String clozeText(String prompt, String answer) {
      int gap = prompt.indexOf(Question.GAP);
      return cloze(prompt.substring(0, gap)) + "{{c1::" + cloze(answer) + "}}"
          + cloze(prompt.substring(gap + Question.GAP.length()));
    }

    /**
     * One field as the Anki manual describes: a field holding the separator, a line break or a
     * double quote goes inside double quotes, with each double quote doubled.
     */
    static String field(String s) {
      if (s.contains("\t") || s.contains("\n") || s.contains("\r") || s.contains("\"")) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
      }
      return s;
    }

    /** Anki tags are separated by spaces, so a tag has none; "::" would make a tag hierarchy. */
    static String tag(String s) {
      String t = s.strip().replaceAll("\\s+", "_").replace("::", "_").replace("\"", "");
      return t.isEmpty() ? "_" : t.toLowerCase(Locale.ROOT);
    }

    /** A header value ends at the line break; "::" would nest decks. */
    static String deckName(String title) {
      return "factdrill::" + title.replaceAll("\\s+", " ").strip().replace("::", ":");
    }
  }
}
