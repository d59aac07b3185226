package org.factdrill.export;

import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/**
 * A bank whose every text is hostile to some export format: the GIFT and Markdown specials
 * {@code ~ = # { } : \ [ ] * _}, markup {@code < > & " '}, the CDATA end {@code ]]>}, the GIFT
 * matching arrow {@code ->}, cloze syntax {@code {{c1::}}}, line breaks, an emoji and
 * right-to-left text (Arabic and Hebrew).
 */
final class HostileBank {
  private HostileBank() {}

  static final String MARKS = "~ = # { } : \\ < > & \" ' ]]> -> *star* _under_ [link](x) `code` |pipe|";
  static final String EMOJI = "🎉";
  static final String ARABIC = "مجلس الأمن";
  static final String HEBREW = "מועצת הביטחון";
  static final String ENTITY = "&amp; &#60;";

  static final Source SOURCE = new Source(0, "Source with " + MARKS + "\n# not a heading " + EMOJI + " " + ARABIC);

  static final MultipleChoice CHOICE = new MultipleChoice("q-00000a01",
      "Which <b>bold</b> {{c1::x}} " + MARKS + " " + EMOJI + "?",
      "AT&T <Inc.> ]]>", List.of("Plain & simple", "AT&T <Inc.> ]]>", ARABIC + " ->", "\"quoted\" 'single' " + ENTITY),
      List.of(), "organization", SOURCE);
  static final MultipleChoice CLOZE_CHOICE = new MultipleChoice("q-00000a02",
      "The " + Question.GAP + " said \"hi\" & <left> -> right {{c2::no}} " + EMOJI + ".",
      "A::B}} {x}", List.of("A::B}} {x}", "Other ~ = #"), List.of(), "person", SOURCE);
  static final MultiSelect MULTI = new MultiSelect("q-00000a03",
      "Pick all: " + HEBREW + " " + MARKS,
      List.of("one # two", "three = four"), List.of("one # two", "three = four", "five ~ six", EMOJI + " seven"),
      "country", SOURCE);
  static final ShortAnswer SHORT = new ShortAnswer("q-00000a04",
      "Which firm is \"<Inc.>\" & co?\nSecond line: 1. not a list",
      "AT&T <Inc.>", List.of("\"quoted\"", "emoji " + EMOJI, HEBREW, "AT&T <inc.>"), "organization", SOURCE);
  static final ShortAnswer CLOZE = new ShortAnswer("q-00000a05",
      "First line\n- second line with " + Question.GAP + " and # hash " + ARABIC,
      "x}}y::z", List.of(), "document", SOURCE);
  static final TrueFalse TRUE_FALSE = new TrueFalse("q-00000a06",
      "True or false: " + MARKS + " " + EMOJI, false, "date", SOURCE);
  static final Ordering ORDER = new Ordering("q-00000a07",
      "Order these <items> & " + MARKS,
      List.of("first -> " + EMOJI, "second ]]>", "third \"q\" " + ARABIC), "event", SOURCE);
  static final Matching MATCH = new Matching("q-00000a08",
      "Match " + MARKS,
      List.of(new Matching.Pair("a -> b", "<right> & " + HEBREW), new Matching.Pair("c = d", "{e} ~ f " + EMOJI)),
      "role", SOURCE);

  static final List<Question> QUESTIONS = List.of(CHOICE, CLOZE_CHOICE, MULTI, SHORT, CLOZE, TRUE_FALSE, ORDER, MATCH);

  static QuestionBank bank() {
    return new QuestionBank("hostile", "Hostile <title> & \"quotes\" ~ " + EMOJI + " " + ARABIC,
        new QuestionBank.ArticleRef("seeds/x.txt", "", List.of(SOURCE.text())), QUESTIONS);
  }
}
