package org.factdrill.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Putting lines back into paragraphs: what happens to a hyphen or dash at the end of a line. */
class PdfLayoutTest {

  private static String joined(String first, String second) {
    var paragraph = new StringBuilder(first);
    PdfLayout.join(paragraph, second);
    return paragraph.toString();
  }

  @Test
  void aWordBrokenByAHyphenIsMadeWhole() {
    assertThat(joined("the new agree-", "ment covers")).isEqualTo("the new agreement covers");
    assertThat(joined("a soft hy\u00ADphen", "ated")).isEqualTo("a soft hy\u00ADphen ated");
    assertThat(joined("a soft hy\u00AD", "phen")).isEqualTo("a soft hyphen");
  }

  @Test
  void aHyphenBetweenNamesStaysWithoutASpace() {
    assertThat(joined("the North-", "East coast")).isEqualTo("the North-East coast");
  }

  @Test
  void aDashOrANumberRangeIsNotTakenForABrokenWord() {
    assertThat(joined("from 1990 -", "to 2000")).isEqualTo("from 1990 - to 2000");
    assertThat(joined("pages 10-", "12")).isEqualTo("pages 10-12");
    assertThat(joined("pages 10\u2013", "12")).isEqualTo("pages 10\u201312");
    assertThat(joined("he said\u2014", "and left")).isEqualTo("he said\u2014and left");
    assertThat(joined("he said \u2014", "and left")).isEqualTo("he said \u2014 and left");
    assertThat(joined("an ordinary line", "and the next")).isEqualTo("an ordinary line and the next");
  }

  private static PdfLayout.Line line(String text, float y, int page) {
    return new PdfLayout.Line(text, 72, y, 11, page, 0);
  }

  @Test
  void runningHeadsFeetAndPageNumbersGoButARepeatedShortLineOfTheTextStays() {
    var lines = new java.util.ArrayList<PdfLayout.Line>();
    for (int page = 1; page <= 2; page++) {
      lines.add(line("Westmere Weekly, issue " + (40 + page), 40, page));
      lines.add(line(page == 1 ? "The barrier will be finished" : "Work on the lock ends", 100, page));
      lines.add(line("in September.", 114, page));
      lines.add(line("The council met " + (page == 1 ? "on Tuesday" : "again on Friday") + " to vote.", 140, page));
      lines.add(line(page == 1 ? "Engineers will start work" : "The pumps are tested", 166, page));
      lines.add(line("in September.", 180, page));
      lines.add(line("https://westmere.example/news/barrier " + page + "/2", 760, page));
    }
    assertThat(PdfLayout.paragraphs(lines)).containsExactly(
        "The barrier will be finished in September.", "The council met on Tuesday to vote.",
        "Engineers will start work in September.", "Work on the lock ends in September.",
        "The council met again on Friday to vote.", "The pumps are tested in September.");
  }
}
