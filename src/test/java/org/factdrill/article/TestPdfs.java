package org.factdrill.article;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * PDFs made here, with PDFBox, from text written for the project: the shapes articles take when a
 * teacher keeps them as PDFs (one column, two columns, words hyphenated at line ends, a scan).
 */
final class TestPdfs {
  private TestPdfs() {}

  static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();

  static final String HEADLINE = "Harbour council approves tidal barrier";
  static final List<String> PARAGRAPHS = List.of(
      "The Westmere harbour council voted on Tuesday to build a tidal barrier across the mouth of the river, ending a debate that "
          + "had lasted nine years.",
      "Mayor Alice Brandt said the barrier would protect about 4,000 homes from storm floods. The council approved the plan by "
          + "seven votes to two.",
      "Work is due to start in March and to finish within three years. The regional government will pay half of the cost, "
          + "which the council puts at 85 million euros.",
      "Fishermen in the harbour asked for a lock wide enough for their boats, and the engineers agreed to widen it.");

  /** One line of text drawn at a place on the page (x from the left, baseline from the top). */
  record Placed(String text, float x, float top, PDType1Font font, float size) {}

  /** The lines of a paragraph, broken at spaces to fit a width at a font size. */
  static List<String> wrap(String paragraph, float width, float size) throws IOException {
    var lines = new ArrayList<String>();
    var line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && BODY.getStringWidth(tried) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }

  /** A PDF of one page drawing the lines in the order given (which need not be reading order). */
  static byte[] page(List<Placed> lines) throws IOException {
    return pages(List.of(lines));
  }

  /** A PDF of as many pages as lists of lines. */
  static byte[] pages(List<List<Placed>> pages) throws IOException {
    try (var doc = new PDDocument()) {
      for (List<Placed> lines : pages) {
        var page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (var content = new PDPageContentStream(doc, page)) {
          for (Placed p : lines) {
            content.beginText();
            content.setFont(p.font(), p.size());
            content.newLineAtOffset(p.x(), PAGE_HEIGHT - p.top());
            content.showText(p.text());
            content.endText();
          }
        }
      }
      return bytes(doc);
    }
  }

  /**
   * The article over two pages, each with a running head and a page number, the third paragraph
   * running on from the foot of the first page to the top of the second.
   */
  static byte[] twoPages() throws IOException {
    var first = new ArrayList<Placed>();
    var second = new ArrayList<Placed>();
    first.add(new Placed("Westmere Weekly", 72, 40, BODY, 9));
    second.add(new Placed("Westmere Weekly", 72, 40, BODY, 9));
    first.add(new Placed(HEADLINE, 72, 90, BOLD, 20));
    float top = 130;
    List<Placed> into = first;
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      List<String> lines = wrap(PARAGRAPHS.get(i), 420, 11);
      for (int j = 0; j < lines.size(); j++) {
        if (i == 2 && j == 1) {
          into = second;
          top = 90;
        }
        into.add(new Placed(lines.get(j), 72, top, BODY, 11));
        top += 14;
      }
      top += 12;
    }
    first.add(new Placed("1", 300, 760, BODY, 9));
    second.add(new Placed("Page 2 of 2", 280, 760, BODY, 9));
    return pages(List.of(first, second));
  }

  /** The headline, then the paragraphs in one column, each paragraph's first line indented. */
  static byte[] oneColumn() throws IOException {
    var placed = new ArrayList<Placed>();
    placed.add(new Placed(HEADLINE, 72, 90, BOLD, 20));
    float top = 130;
    for (String p : PARAGRAPHS) {
      boolean first = true;
      for (String line : wrap(p, 420, 11)) {
        placed.add(new Placed(line, first ? 90 : 72, top, BODY, 11));
        top += 14;
        first = false;
      }
    }
    return page(placed);
  }

  /**
   * The headline across the page, then the paragraphs in two columns, drawn row by row across both
   * columns (left line, right line, next row...) as some producers draw them.
   */
  static byte[] twoColumns() throws IOException {
    var left = new ArrayList<String>();
    var right = new ArrayList<String>();
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      List<String> into = i < 2 ? left : right;
      if (!into.isEmpty()) into.add("");
      into.addAll(wrap(PARAGRAPHS.get(i), 220, 10));
    }
    var placed = new ArrayList<Placed>();
    placed.add(new Placed(HEADLINE, 72, 90, BOLD, 20));
    for (int row = 0; row < Math.max(left.size(), right.size()); row++) {
      float top = 130 + row * 13;
      if (row < left.size() && !left.get(row).isEmpty()) placed.add(new Placed(left.get(row), 72, top, BODY, 10));
      if (row < right.size() && !right.get(row).isEmpty()) placed.add(new Placed(right.get(row), 320, top, BODY, 10));
    }
    return page(placed);
  }

  /** One paragraph whose lines end in words broken by hyphens. */
  static byte[] hyphenated() throws IOException {
    List<String> lines = List.of(
        "The engineers said the new agree-",
        "ment covers the lock, the pumping sta-",
        "tions and a well-known footpath along",
        "the north bank of the river.");
    var placed = new ArrayList<Placed>();
    placed.add(new Placed("Barrier deal signed", 72, 90, BOLD, 18));
    for (int i = 0; i < lines.size(); i++) placed.add(new Placed(lines.get(i), 72, 130 + i * 14, BODY, 11));
    return page(placed);
  }

  /** A page that is only a picture, as a scanner makes it. */
  static byte[] scanned() throws IOException {
    try (var doc = new PDDocument()) {
      var page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      var picture = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
      var g = picture.createGraphics();
      g.fillRect(10, 10, 100, 10);
      g.dispose();
      var image = LosslessFactory.createFromImage(doc, picture);
      try (var content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 72, 300, 468, 624 - 300);
      }
      return bytes(doc);
    }
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    var out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
