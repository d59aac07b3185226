package org.factdrill.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF articles, from PDFs the tests make with PDFBox (see {@link TestPdfs}). */
class PdfTextTest {

  @TempDir Path dir;

  private static final String EXPECTED = TestPdfs.HEADLINE + "\n\n" + String.join("\n", TestPdfs.PARAGRAPHS) + "\n";

  @Test
  void aOneColumnArticleGivesItsHeadlineThenOneParagraphALine() throws Exception {
    Path pdf = Files.write(dir.resolve("barrier.pdf"), TestPdfs.oneColumn());
    assertThat(ArticleFile.load(pdf).text()).isEqualTo(EXPECTED);
  }

  @Test
  void twoColumnsAreReadOneAfterTheOtherEvenWhenDrawnRowByRow() throws Exception {
    Path pdf = Files.write(dir.resolve("columns.pdf"), TestPdfs.twoColumns());
    assertThat(ArticleFile.load(pdf).text()).isEqualTo(EXPECTED);
  }

  @Test
  void wordsBrokenByAHyphenAtALineEndAreMadeWholeAndOtherHyphensStay() throws Exception {
    Path pdf = Files.write(dir.resolve("hyphens.pdf"), TestPdfs.hyphenated());
    assertThat(ArticleFile.load(pdf).text()).isEqualTo("Barrier deal signed\n\n"
        + "The engineers said the new agreement covers the lock, the pumping stations and a well-known footpath along "
        + "the north bank of the river.\n");
  }

  @Test
  void aParagraphRunsOnAcrossPagesAndRunningHeadsAndPageNumbersAreLeftOut() throws Exception {
    Path pdf = Files.write(dir.resolve("pages.pdf"), TestPdfs.twoPages());
    assertThat(ArticleFile.load(pdf).text()).isEqualTo(EXPECTED);
  }

  @Test
  void aScannedPdfWithNoTextLayerIsRefusedSayingWhatToDo() throws Exception {
    Path pdf = Files.write(dir.resolve("scan.pdf"), TestPdfs.scanned());
    assertThatThrownBy(() -> ArticleFile.load(pdf)).isInstanceOf(ArticleException.class)
        .hasMessage(pdf + ": a scanned PDF: its pages are pictures with no text layer; run text recognition (OCR) on it first, "
            + "or save the article as text");
  }

  @Test
  void theFormatComesFromTheContentNotTheName() throws Exception {
    Path pdfAsText = Files.write(dir.resolve("article.txt"), TestPdfs.oneColumn());
    assertThat(ArticleFile.load(pdfAsText).text()).isEqualTo(EXPECTED);
    Path pageAsText = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><head><title>Westmere</title></head><body>"
        + "<article><h1>" + TestPdfs.HEADLINE + "</h1><p>" + TestPdfs.PARAGRAPHS.get(0) + "</p></article></body></html>");
    assertThat(ArticleFile.load(pageAsText).text()).isEqualTo(TestPdfs.HEADLINE + "\n\n" + TestPdfs.PARAGRAPHS.get(0) + "\n")
        .doesNotContain("<");
    Path fragment = Files.writeString(dir.resolve("fragment.txt"), "<p>" + TestPdfs.PARAGRAPHS.get(0) + "</p>\n<p>"
        + TestPdfs.PARAGRAPHS.get(1) + "</p>\n<p>" + TestPdfs.PARAGRAPHS.get(2) + "</p>\n");
    assertThat(ArticleFile.load(fragment).text()).doesNotContain("<p>").contains(TestPdfs.PARAGRAPHS.get(1));
    Path textAsPdf = Files.writeString(dir.resolve("notes.pdf"), TestPdfs.PARAGRAPHS.get(0));
    assertThat(ArticleFile.load(textAsPdf).text()).isEqualTo(TestPdfs.PARAGRAPHS.get(0));
  }

  @Test
  void aDamagedPdfIsRefusedInOneLineWithoutTheLibrarysWords() throws Exception {
    byte[] whole = TestPdfs.oneColumn();
    Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(whole, 200));
    assertThatThrownBy(() -> ArticleFile.load(cut)).isInstanceOf(ArticleException.class)
        .hasMessage(cut + ": not a readable PDF (damaged, incomplete or of a kind PDFBox cannot read)");
  }

  @Test
  void documentsOfOtherKindsAreNamed() throws Exception {
    Path docx = Files.write(dir.resolve("article.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
    assertThatThrownBy(() -> ArticleFile.load(docx)).hasMessage(docx + ": a zip archive (a Word .docx or OpenDocument file is one), "
        + "not an article; save the article as PDF, HTML or plain text");
  }
}
