package org.factdrill.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.export.PrintedSheet.Entry;
import org.factdrill.questions.Question;

/**
 * A printable worksheet as one HTML page: title, name and date lines, numbered questions with
 * lettered choices and room to answer, then the answer key (with each answer's source sentence)
 * starting on a new printed page. The page margins and the text width suit both A4 and US Letter,
 * and a question never splits across pages. All bank text is HTML-escaped; paragraphs take their
 * direction from their text ({@code dir="auto"}) and list items isolate theirs ({@code <bdi>}), so
 * right-to-left text shows in its own direction.
 */
public final class HtmlWorksheetWriter implements BankWriter {

  private static final String STYLE = """
      @page { margin: 16mm 18mm; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font: 11.5pt/1.45 Georgia, "DejaVu Serif", "Times New Roman", serif, "Noto Color Emoji",
             "Apple Color Emoji", "Segoe UI Emoji"; color: #000;
             max-width: 46em; margin: 0 auto; padding: 0; }
      h1 { font-size: 17pt; margin: 0 0 0.4em; }
      h2 { font-size: 15pt; margin: 0 0 0.8em; }
      .student { display: flex; gap: 2em; margin: 0.6em 0 0.9em; }
      .student .line { flex: 1; display: flex; align-items: flex-end; gap: 0.4em; }
      .student .line span { flex: 1; border-bottom: 1px solid #000; height: 1.3em; }
      .note { margin: 0 0 1.2em; font-style: italic; }
      .question { display: flex; gap: 0.6em; break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.1em; }
      .number { font-weight: bold; min-width: 1.8em; text-align: right; }
      .body { flex: 1; min-width: 0; }
      .prompt { margin: 0; overflow-wrap: anywhere; }
      .instruction { margin: 0.1em 0 0.35em; font-size: 9.5pt; font-style: italic; color: #333; }
      ol.options { list-style: upper-alpha; margin: 0; padding-left: 2em; }
      ol.options li { margin: 0.1em 0; overflow-wrap: anywhere; }
      ol.options.order li::before { content: ""; display: inline-block; width: 2.2em; margin-right: 0.5em;
             border-bottom: 1px solid #000; }
      ol.lefts { margin: 0 0 0.5em; padding-left: 2em; }
      ol.lefts li { margin: 0.15em 0; overflow-wrap: anywhere; }
      ol.lefts li::after { content: ""; display: inline-block; width: 2.2em; margin-left: 0.6em;
             border-bottom: 1px solid #000; }
      .true-false { margin: 0.2em 0 0 1em; word-spacing: 0.3em; }
      .write { display: flex; align-items: flex-end; gap: 0.4em; margin: 0.5em 0 0; }
      .write span { flex: 0 1 24em; border-bottom: 1px solid #000; height: 1.4em; }
      .key { break-before: page; page-break-before: always; }
      .key .answer { margin: 0; font-weight: bold; overflow-wrap: anywhere; }
      .key .detail { margin: 0; overflow-wrap: anywhere; }
      .gap { display: inline-block; width: 6em; border-bottom: 1px solid #000; }
      .key .source { margin: 0.2em 0 0; font-size: 9.5pt; font-style: italic; color: #333; overflow-wrap: anywhere; }
      @media screen {
        body { padding: 2em 1em; }
        .key { margin-top: 3em; padding-top: 2em; border-top: 2px dashed #888; }
      }
      """;

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    List<Entry> entries = PrintedSheet.entries(questions);
    String title = HtmlText.escape(bank.title());
    var h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(title).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<section class=\"sheet\">\n<h1 dir=\"auto\">").append(title).append("</h1>\n");
    h.append("<div class=\"student\"><div class=\"line\">Name:<span></span></div>")
        .append("<div class=\"line\">Date:<span></span></div></div>\n");
    h.append("<p class=\"note\">Answer every question. The answer key is on a separate page.</p>\n");
    for (Entry e : entries) question(h, e);
    h.append("</section>\n<section class=\"key\">\n<h2 dir=\"auto\">Answer key: ").append(title).append("</h2>\n");
    for (Entry e : entries) key(h, e);
    h.append("</section>\n</body>\n</html>\n");
    return new Export(h.toString().getBytes(StandardCharsets.UTF_8), entries.size(), List.of());
  }

  private static void question(StringBuilder h, Entry e) {
    h.append("<div class=\"question\"><div class=\"number\">").append(e.number()).append(".</div><div class=\"body\">\n");
    h.append("  <p class=\"prompt\" dir=\"auto\">").append(prompt(e.prompt())).append("</p>\n");
    h.append("  <p class=\"instruction\">").append(HtmlText.escape(e.instruction())).append("</p>\n");
    switch (e.response()) {
      case CHOOSE_ONE, CHOOSE_ALL -> options(h, e.options(), "options");
      case TRUE_FALSE -> h.append("  <p class=\"true-false\">True / False</p>\n");
      case WRITE -> h.append("  <div class=\"write\">Answer:<span></span></div>\n");
      case ORDER -> options(h, e.options(), "options order");
      case MATCH -> {
        h.append("  <ol class=\"lefts\">\n");
        for (String left : e.lefts()) h.append("    <li><bdi>").append(HtmlText.escape(left)).append("</bdi></li>\n");
        h.append("  </ol>\n");
        options(h, e.options(), "options");
      }
    }
    h.append("</div></div>\n");
  }

  /** The prompt, with a cloze gap drawn as a line long enough to write on. */
  private static String prompt(String prompt) {
    var parts = new java.util.ArrayList<String>();
    for (String part : prompt.split(java.util.regex.Pattern.quote(Question.GAP), -1)) parts.add(HtmlText.escape(part));
    return String.join("<span class=\"gap\" role=\"img\" aria-label=\"gap\"></span>", parts);
  }

  private static void options(StringBuilder h, List<String> options, String cssClass) {
    h.append("  <ol class=\"").append(cssClass).append("\" type=\"A\">\n");
    // bdi, not dir on the item: right-to-left text keeps its direction, the letter stays on the left.
    for (String o : options) h.append("    <li><bdi>").append(HtmlText.escape(o)).append("</bdi></li>\n");
    h.append("  </ol>\n");
  }

  private static void key(StringBuilder h, Entry e) {
    h.append("<div class=\"question\"><div class=\"number\">").append(e.number()).append(".</div><div class=\"body\">\n");
    h.append("  <p class=\"answer\" dir=\"auto\">").append(HtmlText.escape(e.answer())).append("</p>\n");
    for (String line : e.details()) h.append("  <p class=\"detail\" dir=\"auto\">").append(HtmlText.escape(line)).append("</p>\n");
    h.append("  <p class=\"source\" dir=\"auto\">").append(HtmlText.escape(e.source())).append("</p>\n");
    h.append("</div></div>\n");
  }
}
