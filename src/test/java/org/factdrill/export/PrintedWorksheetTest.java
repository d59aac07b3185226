package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Markdown worksheet read by a CommonMark parser and the HTML worksheet read by an HTML
 * parser: bank text must come out as the same text, never as markup.
 */
class PrintedWorksheetTest {

  static Document markdownAsHtml(QuestionBank bank) {
    String md = new String(new MarkdownWorksheetWriter().write(bank, bank.questions()).bytes(), StandardCharsets.UTF_8);
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
    return Jsoup.parseBodyFragment(html);
  }

  static Document html(QuestionBank bank) {
    return Jsoup.parse(new String(new HtmlWorksheetWriter().write(bank, bank.questions()).bytes(), StandardCharsets.UTF_8));
  }

  /** Text as shown, with each line break (however many newlines the markup makes of it) as one. */
  static String shown(Element e) {
    return e.wholeText().replaceAll("\n+", "\n").strip();
  }

  @Test
  void theMarkdownWorksheetHasTheQuestionsThenThePageBreakThenTheKey() {
    QuestionBank bank = ExportedFiles.sampleBank();
    Document doc = markdownAsHtml(bank);
    assertThat(doc.select("h1").eachText()).containsExactly(bank.title(), "Answer key: " + bank.title());
    assertThat(doc.select("ol, ul, code, a, img, hr, h2, h3")).as("no list, code, link or rule made by accident").isEmpty();
    assertThat(doc.select("blockquote")).hasSize(bank.questions().size());
    assertThat(doc.select("div[style*=page-break-after]")).hasSize(1);
    Element breakDiv = doc.selectFirst("div[style*=page-break-after]");
    Element keyTitle = doc.select("h1").get(1);
    assertThat(breakDiv.elementSiblingIndex()).isLessThan(keyTitle.elementSiblingIndex());
    assertThat(doc.text()).contains("Name: ____").contains("Date: ____");
    String sheet = shown(doc.body());
    assertThat(sheet).contains("1. On what date did the UN Security Council adopt Resolution 1973?\nCircle one.\n"
        + "A. March 19\nB. March 17\nC. March 31\nD. April 1");
    assertThat(sheet).contains("2. On March 31 the Libya command was transferred to ____.");
    assertThat(sheet).contains("1. Dmitry Medvedev ____\n2. Ban Ki-moon ____\n3. Sergei Lavrov ____");
    assertThat(sheet).contains("8. C, A, B\n1. The UN Security Council adopted Resolution 1973");
  }

  @Test
  void hostileTextSurvivesCommonMarkAsPlainText() {
    QuestionBank bank = HostileBank.bank();
    Document doc = markdownAsHtml(bank);
    assertThat(doc.select("h1").first().text()).isEqualTo(bank.title());
    assertThat(doc.select("ol, ul, code, a, img, hr, h2, h3, b, del")).as("markup made from bank text").isEmpty();
    assertThat(doc.select("div")).as("only the page break is raw HTML").hasSize(1);
    assertThat(doc.select("em")).as("only the instructions are emphasised").hasSize(bank.questions().size());
    String sheet = shown(doc.body());
    int n = 1;
    for (Question q : bank.questions()) {
      assertThat(sheet).contains(n + ". " + q.prompt());
      n++;
    }
    for (String choice : HostileBank.CHOICE.choices()) assertThat(sheet).contains(choice);
    assertThat(doc.select("blockquote").first().wholeText().replaceAll("\n+", "\n").strip()).isEqualTo(HostileBank.SOURCE.text());
  }

  @Test
  void theHtmlWorksheetPrintsTheKeyOnItsOwnPageAndKeepsQuestionsWhole() {
    QuestionBank bank = ExportedFiles.sampleBank();
    Document doc = html(bank);
    String css = doc.select("style").html();
    assertThat(css).contains("@page").contains(".key { break-before: page; page-break-before: always; }")
        .contains("break-inside: avoid");
    assertThat(doc.select("section.sheet .question")).hasSize(bank.questions().size());
    assertThat(doc.select("section.key .question")).hasSize(bank.questions().size());
    assertThat(doc.select(".student .line").eachText()).containsExactly("Name:", "Date:");
    assertThat(doc.select("section.sheet .prompt").get(1).select("span.gap")).hasSize(1);
    assertThat(doc.select("section.sheet .question").get(0).select("ol.options li").eachText())
        .containsExactly("March 19", "March 17", "March 31", "April 1");
    assertThat(doc.select("section.key .answer").eachText().get(0)).isEqualTo("B. March 17");
    assertThat(doc.select("section.key .source").eachText())
        .containsExactlyElementsOf(bank.questions().stream().map(q -> q.source().text()).toList());
  }

  @Test
  void hostileTextIsEscapedInTheHtmlWorksheetAndRightToLeftTextGetsItsDirection() {
    QuestionBank bank = HostileBank.bank();
    Document doc = html(bank);
    assertThat(doc.title()).isEqualTo(bank.title());
    assertThat(doc.select("b, i, script")).as("markup made from bank text").isEmpty();
    List<Element> prompts = doc.select("section.sheet .prompt");
    for (int i = 0; i < prompts.size(); i++) {
      Question q = bank.questions().get(i);
      assertThat(prompts.get(i).wholeText()).isEqualTo(q.prompt().replace(Question.GAP, ""));
      assertThat(prompts.get(i).attr("dir")).isEqualTo("auto");
    }
    assertThat(doc.select("section.sheet .question").get(0).select("ol.options li").eachText())
        .containsExactlyElementsOf(HostileBank.CHOICE.choices());
    assertThat(doc.select("section.key .source").first().wholeText()).isEqualTo(HostileBank.SOURCE.text());
  }
}
