package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Source;
import org.junit.jupiter.api.Test;

class MoodleXmlWriterTest {

  /** What the writer puts inside one {@code <text>} element for {@code raw}, as written. */
  private static String text(String raw) {
    var x = XmlOut.document().start("r");
    MoodleXmlWriter.text(x, raw);
    String xml = x.end().finish();
    return xml.substring(xml.indexOf("<text>") + "<text>".length(), xml.lastIndexOf("</text>"));
  }

  @Test
  void textWithMarkupGoesIntoCdataAndAnEndMarkerInsideIsSplit() {
    assertThat(text("plain words")).isEqualTo("plain words");
    assertThat(text("a < b & c")).isEqualTo("<![CDATA[a < b & c]]>");
    assertThat(text("x ]]> y <")).isEqualTo("<![CDATA[x ]]]]><![CDATA[> y <]]>");
    assertThat(text("'quoted'")).isEqualTo("<![CDATA['quoted']]>");
  }

  @Test
  void charactersXmlCannotCarryAreDroppedAndEmojiAndRightToLeftTextKept() {
    assertThat(text("a\u0001b\u0000c\uFFFE\uD800d 🦆 שלום\te\nf")).isEqualTo("abcd 🦆 שלום\te\nf");
  }

  @Test
  void aCategoryPathKeepsASlashInTheTitleAsOneName() {
    var bank = new QuestionBank("b", "Libya / UN", new QuestionBank.ArticleRef("", "", List.of()),
        List.of(new Ordering("q-00000001", "Order.", List.of("a", "b"), "event", new Source(0, "S."))));
    var e = new MoodleXmlWriter().write(bank, bank.questions());
    assertThat(Banks.text(e)).contains("<text>$course$/top/Libya // UN</text>");
    assertThat(e.written()).isZero();
    assertThat(e.skipped()).hasSize(1);
  }
}
