package org.factdrill.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.bank.QuestionBank;
import org.factdrill.export.PrintedSheet.Entry;
import org.factdrill.questions.Question;

/**
 * A printable worksheet in Markdown (CommonMark): title, name and date lines, numbered questions
 * with lettered choices and room to answer; then a page break and the answer key with the source
 * sentence of every answer. Every question type fits on paper, so nothing is skipped.
 */
public final class MarkdownWorksheetWriter implements BankWriter {

  /** Raw HTML that Markdown-to-PDF tools and printing browsers honour; plain viewers hide it. */
  static final String PAGE_BREAK = "<div style=\"page-break-after: always; break-after: page;\"></div>";

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    List<Entry> entries = PrintedSheet.entries(questions);
    String title = Md.text(bank.title());
    var md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append("Name: ______________________________ Date: ________________\n\n");
    md.append("Answer every question. The answer key follows on a separate page.\n");
    for (Entry e : entries) question(md, e);
    md.append("\n").append(PAGE_BREAK).append("\n\n");
    md.append("# Answer key: ").append(title).append("\n");
    for (Entry e : entries) key(md, e);
    return new Export(md.toString().getBytes(StandardCharsets.UTF_8), entries.size(), List.of());
  }

  private static void question(StringBuilder md, Entry e) {
    md.append("\n**").append(e.number()).append(".** ").append(Md.text(e.prompt())).append("\\\n");
    md.append('*').append(Md.text(e.instruction())).append("*\n\n");
    switch (e.response()) {
      case CHOOSE_ONE, CHOOSE_ALL -> lines(md, lettered(e.options(), ""));
      case TRUE_FALSE -> md.append("True  /  False\n");
      case WRITE -> md.append("Answer: ________________________________________\n");
      case ORDER -> lines(md, lettered(e.options(), "____ "));
      case MATCH -> {
        var rows = new java.util.ArrayList<String>();
        for (int i = 0; i < e.lefts().size(); i++) rows.add(Md.text((i + 1) + ". " + e.lefts().get(i)) + " ____");
        lines(md, rows);
        md.append("\n");
        lines(md, lettered(e.options(), ""));
      }
    }
  }

  private static List<String> lettered(List<String> options, String before) {
    var out = new java.util.ArrayList<String>();
    for (int i = 0; i < options.size(); i++) {
      out.add(before + PrintedSheet.letter(i) + ". " + Md.text(options.get(i)));
    }
    return out;
  }

  /** Lines of one paragraph, kept apart by hard line breaks (a backslash at the line's end). */
  private static void lines(StringBuilder md, List<String> lines) {
    md.append(String.join("\\\n", lines)).append('\n');
  }

  private static void key(StringBuilder md, Entry e) {
    md.append("\n**").append(e.number()).append(". ").append(Md.text(e.answer())).append("**");
    for (String line : e.details()) md.append("\\\n").append(Md.text(line));
    md.append("\n\n> ").append(Md.text(e.source()).replace("\\\n", "\\\n> ")).append('\n');
  }

  /**
   * Escaping for CommonMark text: a backslash before every character that can start inline markup
   * anywhere, before block markers at the start of a line, and before an entity-like ampersand.
   * A line break inside a text becomes a hard line break.
   */
  static final class Md {
    private Md() {}

    private static final Pattern LINE_START_BLOCK = Pattern.compile("^(\\s*)([#+=-]|\\d+(?=[.)]))");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    static String text(String s) {
      String[] lines = s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
      var out = new StringBuilder();
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) out.append("\\\n");
        out.append(blockSafe(inline(i > 0 ? lines[i].stripLeading() : lines[i])));
      }
      return out.toString();
    }

    /**
     * A line could open a heading, a list, a quote or a setext underline when it starts a paragraph
     * or follows a line break; escaping its first marker keeps it text wherever it lands.
     */
    private static String blockSafe(String line) {
      var m = LINE_START_BLOCK.matcher(line);
      if (!m.find()) return line;
      String marker = m.group(2);
      return marker.chars().allMatch(Character::isDigit)
          ? line.substring(0, m.end()) + "\\" + line.substring(m.end())
          : line.substring(0, m.start(2)) + "\\" + line.substring(m.start(2));
    }

    private static String inline(String line) {
      var out = new StringBuilder();
      for (char c : line.toCharArray()) {
        if ("\\`*_[]<>|~".indexOf(c) >= 0) out.append('\\');
        out.append(c == '\t' ? ' ' : c);
      }
      return ENTITY.matcher(out).replaceAll("\\\\&");
    }
  }
}
