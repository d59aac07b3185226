package org.factdrill.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The article in a PDF, read from its text layer with Apache PDFBox: the headline (the first
 * line, or the lines in a larger type at the top) on the first line, then one paragraph a line,
 * columns read one after another and words broken by hyphens at line ends made whole again (see
 * {@link PdfLayout}). A PDF with no text layer, as a scan is, is refused with what to do about it.
 */
public final class PdfText {
  private PdfText() {}

  public static String articleText(Path file, byte[] pdf) throws ArticleException {
    List<PdfLayout.Line> lines;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var glyphs = new Glyphs();
      glyphs.getText(document);
      lines = glyphs.lines;
      if (lines.isEmpty()) {
        throw new ArticleException(file + (hasImages(document)
            ? ": a scanned PDF: its pages are pictures with no text layer; run text recognition (OCR) on it first, or save the article as text"
            : ": the PDF holds no text"));
      }
    } catch (InvalidPasswordException e) {
      throw new ArticleException(file + ": the PDF is protected by a password; save a copy without one");
    } catch (IOException | RuntimeException e) {
      throw new ArticleException(file + ": not a readable PDF (damaged, incomplete or of a kind PDFBox cannot read)");
    }
    List<String> paragraphs = PdfLayout.paragraphs(lines);
    String all = String.join("", paragraphs);
    long letters = all.codePoints().filter(Character::isLetter).count();
    if (letters < all.codePoints().filter(c -> !Character.isWhitespace(c)).count() / 2) {
      // fonts without a character map give glyph codes, not letters: such text would only make nonsense questions
      throw new ArticleException(file + ": the PDF's text layer cannot be read as letters (its fonts map no characters); save the article as text");
    }
    return text(paragraphs, lines);
  }

  /** The paragraphs one a line, the first set apart by a blank line when it is a headline. */
  private static String text(List<String> paragraphs, List<PdfLayout.Line> lines) {
    var out = new StringBuilder();
    String first = paragraphs.get(0);
    out.append(first).append(isHeadline(first, lines) && paragraphs.size() > 1 ? "\n\n" : "\n");
    for (String p : paragraphs.subList(1, paragraphs.size())) out.append(p).append('\n');
    return out.toString();
  }

  /** Set in a larger type than the text, or short and not ending like a sentence. */
  private static boolean isHeadline(String first, List<PdfLayout.Line> lines) {
    float top = lines.get(0).size();
    var sizes = new ArrayList<Float>();
    for (PdfLayout.Line l : lines) sizes.add(l.size());
    sizes.sort(Float::compare);
    float body = sizes.get(sizes.size() / 2);
    return top > 1.15f * body || first.split(" ").length <= 20 && !first.matches(".*[.!?:][\"”’')]*$");
  }

  private static boolean hasImages(PDDocument document) {
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      if (resources == null) continue;
      for (COSName name : resources.getXObjectNames()) {
        try {
          if (resources.isImageXObject(name)) return true;
        } catch (RuntimeException e) {
          // a damaged entry says nothing either way
        }
      }
    }
    return false;
  }

  /**
   * Collects every glyph PDFBox finds on each page, with its position, instead of letting PDFBox
   * order the text: the order is {@link PdfLayout}'s to decide.
   */
  private static final class Glyphs extends PDFTextStripper {
    final List<PdfLayout.Line> lines = new ArrayList<>();
    private final List<PdfLayout.Glyph> page = new ArrayList<>();
    private int pageNumber;

    Glyphs() {
      super();
    }

    @Override
    protected void startPage(PDPage p) {
      page.clear();
      pageNumber++;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      if (t.getUnicode() == null) return;
      float size = t.getFontSizeInPt();
      if (size < 1) size = Math.max(1, t.getHeightDir());
      page.add(new PdfLayout.Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, t.getUnicode()));
    }

    @Override
    protected void endPage(PDPage p) {
      lines.addAll(PdfLayout.pageLines(page, pageNumber));
    }
  }
}
