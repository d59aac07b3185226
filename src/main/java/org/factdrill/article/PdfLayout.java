package org.factdrill.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article's text from the glyphs a PDF draws, wherever they are on the page: the order a PDF
 * draws text in is the producer's business, and many interleave the lines of two columns. So the
 * glyphs are put into lines by their baselines, the lines into columns by the gutters no line
 * crosses, and the columns read one after another; then lines become paragraphs (by spacing, font
 * size and indent) with the hyphens that broke words across lines taken out. Pure: no PDF library.
 */
final class PdfLayout {
  private PdfLayout() {}

  /** One glyph as drawn: left edge and baseline (from the top of the page), width, font size, text. */
  record Glyph(float x, float y, float width, float size, String text) {
    float end() {
      return x + width;
    }
  }

  /** A line of text in reading order; {@code column} is -1 for a line across the columns (a headline). */
  record Line(String text, float x, float y, float size, int page, int column) {}

  /** A run of glyphs on one baseline with no wide gap inside: a line of one column, or part of one. */
  private record Chunk(List<Glyph> glyphs, float x, float end, float size) {}

  /** A chunk gap wider than this many ems parts columns; word gaps in justified text stay below it. */
  private static final float COLUMN_GAP_EM = 0.8f;
  /** A gap wider than this many ems between two glyphs is a space between words. */
  private static final float WORD_GAP_EM = 0.15f;
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)\\W*(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?\\W*");
  /** A web address alone on a line (with a page count), as browsers print at the foot of each page. */
  private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+(\\s+\\d{1,4}\\s*/\\s*\\d{1,4})?");

  /** The lines of one page in reading order. */
  static List<Line> pageLines(List<Glyph> drawn, int page) {
    List<Glyph> glyphs = withoutOverprint(drawn.stream().filter(g -> !g.text().isBlank()).toList());
    if (glyphs.isEmpty()) return List.of();
    List<List<Chunk>> rows = new ArrayList<>();
    for (List<Glyph> row : rows(glyphs)) rows.add(chunks(row));
    List<Float> gutters = gutters(rows);

    var out = new ArrayList<Line>();
    List<List<Line>> columns = new ArrayList<>();
    for (int i = 0; i <= gutters.size(); i++) columns.add(new ArrayList<>());
    for (List<Chunk> row : rows) {
      boolean across = row.stream().anyMatch(c -> gutters.stream().anyMatch(g -> c.x() < g && c.end() > g));
      if (across) {
        flush(columns, out);
        out.add(line(row, page, -1));
        continue;
      }
      Map<Integer, List<Chunk>> byColumn = new HashMap<>();
      for (Chunk c : row) byColumn.computeIfAbsent(column(c, gutters), k -> new ArrayList<>()).add(c);
      byColumn.forEach((column, chunks) -> columns.get(column).add(line(chunks, page, column)));
    }
    flush(columns, out);
    return out;
  }

  /** The same glyph drawn twice at (almost) the same place, the way some PDFs fake bold, counts once. */
  private static List<Glyph> withoutOverprint(List<Glyph> glyphs) {
    var out = new ArrayList<Glyph>();
    Glyph last = null;
    for (Glyph g : glyphs) {
      if (last != null && last.text().equals(g.text()) && Math.abs(last.x() - g.x()) < 0.1f * g.size()
          && Math.abs(last.y() - g.y()) < 0.1f * g.size()) {
        continue;
      }
      out.add(g);
      last = g;
    }
    return out;
  }

  /** Glyphs grouped by baseline, top to bottom. */
  private static List<List<Glyph>> rows(List<Glyph> glyphs) {
    var sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    var rows = new ArrayList<List<Glyph>>();
    List<Glyph> row = null;
    float rowY = 0;
    for (Glyph g : sorted) {
      if (row == null || g.y() - rowY > 0.3f * g.size()) {
        row = new ArrayList<>();
        rows.add(row);
        rowY = g.y();
      }
      row.add(g);
    }
    for (List<Glyph> r : rows) r.sort(Comparator.comparingDouble(Glyph::x));
    return rows;
  }

  private static List<Chunk> chunks(List<Glyph> row) {
    var chunks = new ArrayList<Chunk>();
    var current = new ArrayList<Glyph>();
    for (Glyph g : row) {
      if (!current.isEmpty()) {
        Glyph prev = current.get(current.size() - 1);
        if (g.x() - prev.end() > COLUMN_GAP_EM * Math.max(prev.size(), g.size())) {
          chunks.add(chunk(current));
          current = new ArrayList<>();
        }
      }
      current.add(g);
    }
    chunks.add(chunk(current));
    return chunks;
  }

  private static Chunk chunk(List<Glyph> glyphs) {
    float end = glyphs.stream().map(Glyph::end).max(Float::compare).orElseThrow();
    float size = median(glyphs.stream().map(Glyph::size).toList());
    return new Chunk(List.copyOf(glyphs), glyphs.get(0).x(), end, size);
  }

  /**
   * Where the page's columns part: the middle of each strip of the page that (nearly) no line
   * touches, with text on both sides in many lines. A page of one column has none.
   */
  private static List<Float> gutters(List<List<Chunk>> rows) {
    if (rows.size() < 4) return List.of();
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float size = 0;
    for (List<Chunk> row : rows) {
      for (Chunk c : row) {
        left = Math.min(left, c.x());
        right = Math.max(right, c.end());
        size = Math.max(size, c.size());
      }
    }
    int bins = (int) Math.ceil(right - left) + 1;
    if (bins < 3 || bins > 20_000) return List.of();
    int[] touching = new int[bins];
    for (List<Chunk> row : rows) {
      boolean[] seen = new boolean[bins];
      for (Chunk c : row) {
        for (int b = (int) (c.x() - left); b <= (int) (c.end() - left) && b < bins; b++) seen[b] = true;
      }
      for (int b = 0; b < bins; b++) if (seen[b]) touching[b]++;
    }
    int few = Math.max(1, rows.size() / 10);
    int many = Math.max(2, rows.size() * 3 / 10);
    float minWidth = 0.5f * median(rows.stream().flatMap(List::stream).map(Chunk::size).toList());
    var gutters = new ArrayList<Float>();
    int b = 0;
    while (b < bins) {
      if (touching[b] > few) {
        b++;
        continue;
      }
      int start = b;
      while (b < bins && touching[b] <= few) b++;
      boolean inside = start > 0 && b < bins;
      if (inside && b - start >= minWidth && touching[start - 1] >= many && touching[b] >= many) {
        gutters.add(left + (start + b) / 2f);
      }
    }
    return gutters;
  }

  private static int column(Chunk c, List<Float> gutters) {
    int column = 0;
    while (column < gutters.size() && c.x() > gutters.get(column)) column++;
    return column;
  }

  private static void flush(List<List<Line>> columns, List<Line> out) {
    for (List<Line> column : columns) {
      out.addAll(column);
      column.clear();
    }
  }

  private static Line line(List<Chunk> chunks, int page, int column) {
    var text = new StringBuilder();
    Glyph prev = null;
    for (Chunk c : chunks) {
      for (Glyph g : c.glyphs()) {
        if (prev != null && g.x() - prev.end() > WORD_GAP_EM * Math.max(prev.size(), g.size())) text.append(' ');
        text.append(g.text());
        prev = g;
      }
    }
    Chunk first = chunks.get(0);
    float size = median(chunks.stream().map(Chunk::size).toList());
    return new Line(text.toString().strip(), first.x(), first.glyphs().get(0).y(), size, page, column);
  }

  /**
   * The paragraphs of lines in reading order, one string each. A paragraph ends at a wider gap
   * between lines, a change of font size, an indented line, or a new column or page after a line
   * that ends a sentence. Page numbers and lines repeated on several pages (running heads) are
   * left out.
   */
  static List<String> paragraphs(List<Line> all) {
    if (all.isEmpty()) return List.of();
    List<Line> lines = withoutPageFurniture(all, typicalSpacing(all));
    if (lines.isEmpty()) return List.of();
    float spacing = typicalSpacing(lines);
    Map<String, Float> columnLeft = new HashMap<>();
    for (Line l : lines) columnLeft.merge(l.page() + ":" + l.column(), l.x(), Math::min);

    var paragraphs = new ArrayList<String>();
    var current = new StringBuilder();
    Line prev = null;
    for (Line l : lines) {
      boolean breaks = prev == null || startsParagraph(prev, l, spacing, columnLeft.get(l.page() + ":" + l.column()));
      if (breaks && current.length() > 0) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
      join(current, l.text());
      prev = l;
    }
    if (current.length() > 0) paragraphs.add(current.toString());
    return paragraphs;
  }

  private static boolean startsParagraph(Line prev, Line l, float spacing, float columnLeft) {
    if (Math.abs(prev.size() - l.size()) > 0.15f * Math.max(prev.size(), l.size())) return true;
    boolean sameFlow = prev.page() == l.page() && prev.column() == l.column() && l.y() > prev.y();
    if (!sameFlow) return endsSentence(prev.text());
    if (l.y() - prev.y() > 1.3f * spacing) return true;
    return l.x() - columnLeft > 0.8f * l.size() && prev.x() - columnLeft <= 0.8f * prev.size();
  }

  private static boolean endsSentence(String text) {
    return text.matches(".*[.!?:][\"”’')]*$");
  }

  /** Adds a line to a paragraph, putting back together a word a hyphen broke at the line's end. */
  static void join(StringBuilder paragraph, String line) {
    int n = paragraph.length();
    if (n == 0) {
      paragraph.append(line);
      return;
    }
    char last = paragraph.charAt(n - 1);
    boolean nextLower = !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    if (last == '\u00AD') {
      paragraph.setLength(n - 1);
      paragraph.append(line);
    } else if ((last == '-' || last == '\u2010') && n >= 2 && Character.isLetter(paragraph.charAt(n - 2)) && nextLower) {
      paragraph.setLength(n - 1);
      paragraph.append(line);
    } else if (last == '-' && n >= 2 && Character.isLetter(paragraph.charAt(n - 2)) && !line.isEmpty()
        && Character.isUpperCase(line.codePointAt(0))) {
      // a compound of names broken at its own hyphen ("North-" "East"): the hyphen stays, no space
      paragraph.append(line);
    } else if ((last == '\u2014' || last == '\u2013' || last == '-') && n >= 2 && paragraph.charAt(n - 2) != ' '
        && !line.isEmpty() && (last == '\u2014' || Character.isDigit(paragraph.charAt(n - 2)) && Character.isDigit(line.charAt(0)))) {
      // an unspaced dash ("said—and") or a range of numbers ("10-" "12") runs straight on
      paragraph.append(line);
    } else {
      paragraph.append(' ').append(line);
    }
  }

  /**
   * The usual distance between two baselines in a column: the most frequent one (to the nearest
   * point; the smaller on a tie). Not the median: in an article of short paragraphs the gaps
   * between paragraphs are nearly as many as those inside them.
   */
  private static float typicalSpacing(List<Line> lines) {
    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      Line a = lines.get(i - 1);
      Line b = lines.get(i);
      if (a.page() == b.page() && a.column() == b.column() && b.y() > a.y()) seen.merge(Math.round(b.y() - a.y()), 1, Integer::sum);
    }
    int best = -1;
    int count = 0;
    for (Map.Entry<Integer, Integer> e : seen.entrySet()) {
      if (e.getValue() > count || e.getValue() == count && e.getKey() < best) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best < 0 ? Float.MAX_VALUE : best;
  }

  private static List<Line> withoutPageFurniture(List<Line> lines, float spacing) {
    // Only a page's top and bottom rows, set apart from the text, can be its furniture: a short
    // last line of a paragraph ("in September.") may well come again on another page, and is the
    // article's.
    Map<Integer, List<Float>> rowsOf = new HashMap<>();
    for (Line l : lines) rowsOf.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.y());
    for (List<Float> ys : rowsOf.values()) ys.sort(Float::compare);
    // a running head or foot is the same on every page but for the page number in it
    Map<String, Set<Integer>> pagesOf = new HashMap<>();
    for (Line l : lines) if (apart(l, rowsOf, spacing)) pagesOf.computeIfAbsent(furnitureKey(l), k -> new HashSet<>()).add(l.page());
    var out = new ArrayList<Line>();
    for (Line l : lines) {
      if (l.text().isEmpty()) continue;
      if (apart(l, rowsOf, spacing) && (PAGE_NUMBER.matcher(l.text()).matches() || ADDRESS.matcher(l.text()).matches()
          || pagesOf.get(furnitureKey(l)).size() >= 2 && l.text().length() < 80)) {
        continue;
      }
      out.add(l);
    }
    return out;
  }

  /** Whether a line is the top or the bottom row of its page, further from the next row than text lines are. */
  private static boolean apart(Line l, Map<Integer, List<Float>> rowsOf, float spacing) {
    List<Float> ys = rowsOf.get(l.page());
    float top = ys.get(0);
    float bottom = ys.get(ys.size() - 1);
    float gap = 1.5f * spacing;
    if (Math.abs(l.y() - top) <= 1f) return ys.stream().noneMatch(y -> y > top + 1f && y - top <= gap);
    if (Math.abs(l.y() - bottom) <= 1f) return ys.stream().noneMatch(y -> y < bottom - 1f && bottom - y <= gap);
    return false;
  }

  private static String furnitureKey(Line l) {
    return l.text().replaceAll("\\d+", "#");
  }

  private static float median(List<Float> values) {
    var sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    return sorted.get(sorted.size() / 2);
  }
}
