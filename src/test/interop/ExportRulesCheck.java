import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Interop check of exported files against the rules their importers apply (FORMATS.md), using
 * only the JDK so it runs as a plain source file: {@code java ExportRulesCheck.java FORMAT FILE N}
 * where N is the number of questions the export said it wrote. FORMAT is kahoot, anki or canvas.
 * Prints one line per problem and exits 1 when there is any.
 */
public class ExportRulesCheck {

  static final List<String> KAHOOT_HEADERS = List.of(
      "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
      "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
      "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one");
  static final Set<String> KAHOOT_TIMES = Set.of("5", "10", "20", "30", "60", "90", "120", "240");
  static final Set<String> ANKI_HEADERS = Set.of("separator", "html", "tags", "columns", "notetype", "deck",
      "notetype column", "deck column", "tags column", "guid column");
  static final Set<String> CANVAS_TYPES = Set.of("multiple_choice_question", "true_false_question",
      "short_answer_question", "multiple_answers_question", "matching_question");

  static final List<String> problems = new ArrayList<>();

  static void problem(String what) {
    problems.add(what);
  }

  public static void main(String[] args) throws Exception {
    String format = args[0];
    byte[] bytes = Files.readAllBytes(Path.of(args[1]));
    int expected = Integer.parseInt(args[2]);
    switch (format) {
      case "kahoot" -> kahoot(bytes, expected);
      case "anki" -> anki(bytes, expected);
      case "canvas" -> canvas(bytes, expected);
      default -> problem("unknown format " + format);
    }
    for (String p : problems) System.out.println("    " + p);
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  // ------------------------------------------------------------------ Kahoot spreadsheet template

  static void kahoot(byte[] xlsx, int expected) throws Exception {
    Map<String, byte[]> zip = unzip(xlsx);
    List<String> shared = new ArrayList<>();
    if (zip.containsKey("xl/sharedStrings.xml")) {
      NodeList si = parse(zip.get("xl/sharedStrings.xml")).getElementsByTagNameNS("*", "si");
      for (int i = 0; i < si.getLength(); i++) shared.add(si.item(i).getTextContent());
    }
    byte[] sheet = zip.get("xl/worksheets/sheet1.xml");
    if (sheet == null) {
      problem("no xl/worksheets/sheet1.xml");
      return;
    }
    var cells = new TreeMap<Integer, TreeMap<Integer, String>>(); // row -> column (0 = A) -> text
    NodeList cs = parse(sheet).getElementsByTagNameNS("*", "c");
    for (int i = 0; i < cs.getLength(); i++) {
      Element c = (Element) cs.item(i);
      String ref = c.getAttribute("r");
      int col = ref.replaceAll("[0-9]", "").chars().reduce(0, (a, ch) -> a * 26 + (ch - 'A' + 1)) - 1;
      int row = Integer.parseInt(ref.replaceAll("[A-Z]", ""));
      String text;
      if (c.getAttribute("t").equals("s")) text = shared.get(Integer.parseInt(c.getTextContent().trim()));
      else text = c.getTextContent();
      if (!text.isEmpty()) cells.computeIfAbsent(row, r -> new TreeMap<>()).put(col, text);
    }
    check("B2 is \"Quiz template\"", "Quiz template".equals(cell(cells, 2, 1)));
    check("B3 holds the template's instruction", cell(cells, 3, 1) != null && cell(cells, 3, 1).startsWith("Add questions"));
    var header = cells.getOrDefault(8, new TreeMap<>());
    check("row 8 holds exactly the seven headers in B to H, was " + header,
        header.keySet().equals(Set.of(1, 2, 3, 4, 5, 6, 7)) && List.copyOf(header.values()).equals(KAHOOT_HEADERS));
    int count = 0;
    for (var e : cells.tailMap(9).entrySet()) {
      int r = e.getKey();
      var row = e.getValue();
      count++;
      String at = "row " + r + ": ";
      check(at + "rows follow each other from 9", r == 8 + count);
      check(at + "A holds the question number", String.valueOf(count).equals(stripZero(row.get(0))));
      check(at + "no column past H", row.lastKey() <= 7);
      String q = row.get(1);
      check(at + "a question of 1 to 120 characters on one line", q != null && !q.isBlank() && q.length() <= 120 && !q.contains("\n"));
      int answers = 0;
      for (int c = 2; c <= 5; c++) {
        String a = row.get(c);
        if (a == null) break;
        answers++;
        check(at + "answer " + answers + " has at most 75 characters on one line", a.length() <= 75 && !a.contains("\n"));
      }
      for (int c = 2 + answers; c <= 5; c++) check(at + "answers fill the columns from C without gaps", row.get(c) == null);
      check(at + "2 to 4 answers", answers >= 2 && answers <= 4);
      check(at + "a time limit Kahoot offers, was " + row.get(6), KAHOOT_TIMES.contains(stripZero(row.get(6))));
      String correct = stripZero(row.get(7));
      boolean ok = correct != null && correct.matches("[1-4](,[1-4])*");
      if (ok) for (String n : correct.split(",")) ok &= Integer.parseInt(n) <= answers;
      check(at + "correct answers are numbers of non-empty answers, was " + correct, ok);
    }
    check("the sheet holds the " + expected + " questions written, has " + count, count == expected);
  }

  static String cell(Map<Integer, TreeMap<Integer, String>> cells, int row, int col) {
    var r = cells.get(row);
    return r == null ? null : r.get(col);
  }

  /** Numbers may be stored as "20" or "20.0". */
  static String stripZero(String s) {
    return s == null ? null : s.replaceAll("\\.0+$", "");
  }

  // ------------------------------------------------------------------ Anki text import

  static void anki(byte[] bytes, int expected) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problem("not UTF-8");
      return;
    }
    List<String> lines = List.of(text.split("\n", -1));
    check("the first line sets the separator to tab", lines.get(0).equals("#separator:tab"));
    int i = 0;
    var headers = new LinkedHashMap<String, String>();
    while (i < lines.size() && lines.get(i).startsWith("#")) {
      String line = lines.get(i++);
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(1, colon);
      check("header line \"" + line + "\" is #key:value with a key Anki knows", ANKI_HEADERS.contains(key));
      headers.put(key, colon < 0 ? "" : line.substring(colon + 1));
    }
    check("#html is true or false", Set.of("true", "false").contains(headers.get("html")));
    check("#notetype column, #tags column and #deck are set",
        "1".equals(headers.get("notetype column")) && headers.containsKey("tags column") && headers.containsKey("deck"));
    List<List<String>> rows = records(text.substring(offsetOfLine(text, i)));
    check("the file holds the " + expected + " notes written, has " + rows.size(), rows.size() == expected);
    var firstFields = new HashSet<String>();
    var guids = new HashSet<String>();
    int width = rows.isEmpty() ? 0 : rows.get(0).size();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String at = "note " + (r + 1) + ": ";
      check(at + "has the same " + width + " fields as the first note, has " + row.size(), row.size() == width);
      if (row.size() < 5) continue;
      check(at + "note type Basic or Cloze, was " + row.get(0), Set.of("Basic", "Cloze").contains(row.get(0)));
      check(at + "its first field is not a duplicate of another note's", firstFields.add(row.get(1)));
      check(at + "a GUID, unique", !row.get(4).isBlank() && guids.add(row.get(4)));
      if (row.get(0).equals("Cloze")) {
        String f = row.get(1);
        check(at + "exactly one cloze deletion {{c1::...}} and no stray braces or hint marker",
            count(f, "{{c1::") == 1 && count(f, "{{") == 1 && count(f, "}}") == 1 && count(f, "::") == 1
                && f.indexOf("{{c1::") < f.indexOf("}}"));
      }
      check(at + "no tag holds a quote", !row.get(3).contains("\""));
    }
    check("at least one note", !rows.isEmpty());
  }

  static int offsetOfLine(String text, int line) {
    int at = 0;
    for (int i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
    return at;
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) n++;
    return n;
  }

  /** Tab-separated records; a field in double quotes may hold tabs, line breaks and doubled quotes. */
  static List<List<String>> records(String text) {
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    boolean atStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && atStart) {
        quoted = true;
        atStart = false;
      } else if (c == '\t') {
        row.add(field.toString());
        field.setLength(0);
        atStart = true;
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        atStart = true;
      } else {
        if (c == '"') problem("a double quote inside an unquoted field near: " + field);
        field.append(c);
        atStart = false;
      }
    }
    if (quoted) problem("a quoted field is never closed");
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  // ------------------------------------------------------------------ Canvas QTI 1.2 zip

  static void canvas(byte[] bytes, int expected) throws Exception {
    Map<String, byte[]> zip = unzip(bytes);
    if (!zip.containsKey("imsmanifest.xml")) {
      problem("no imsmanifest.xml at the root of the zip");
      return;
    }
    Document manifest = parse(zip.get("imsmanifest.xml"));
    String assessmentFile = null;
    for (Element r : elements(manifest, "resource")) {
      for (Element f : elements(r, "file")) {
        check("the manifest's file " + f.getAttribute("href") + " is in the zip", zip.containsKey(f.getAttribute("href")));
        if (r.getAttribute("type").equals("imsqti_xmlv1p2")) assessmentFile = f.getAttribute("href");
      }
    }
    if (assessmentFile == null || !zip.containsKey(assessmentFile)) {
      problem("no imsqti_xmlv1p2 resource with its file");
      return;
    }
    Document qti = parse(zip.get(assessmentFile));
    check("the assessment is a questestinterop in the QTI 1.2 namespace",
        qti.getDocumentElement().getLocalName().equals("questestinterop")
            && "http://www.imsglobal.org/xsd/ims_qtiasiv1p2".equals(qti.getDocumentElement().getNamespaceURI()));
    List<Element> items = elements(qti.getDocumentElement(), "item");
    check("the assessment holds the " + expected + " items written, has " + items.size(), items.size() == expected);
    var labels = new HashSet<String>();
    var idents = new HashSet<String>();
    for (Element item : items) {
      String at = "item " + item.getAttribute("ident") + ": ";
      check(at + "its ident is unique", idents.add(item.getAttribute("ident")));
      String type = null;
      for (Element f : elements(item, "qtimetadatafield")) {
        if (elements(f, "fieldlabel").get(0).getTextContent().equals("question_type")) {
          type = elements(f, "fieldentry").get(0).getTextContent();
        }
      }
      check(at + "a question_type Canvas knows, was " + type, CANVAS_TYPES.contains(type));
      var itemLabels = new HashSet<String>();
      for (Element l : elements(item, "response_label")) {
        String id = l.getAttribute("ident");
        if (id.equals("answer1")) continue;
        if (itemLabels.add(id)) check(at + "label " + id + " is a number used by no other item", id.matches("[0-9]+") && labels.add(id));
      }
      var lids = new HashSet<String>();
      for (Element lid : elements(item, "response_lid")) lids.add(lid.getAttribute("ident"));
      List<Element> conditions = elements(item, "varequal");
      check(at + "scoring conditions", !conditions.isEmpty());
      for (Element v : conditions) {
        if ("short_answer_question".equals(type)) {
          check(at + "a typed answer to accept", !v.getTextContent().isBlank());
        } else {
          check(at + "a condition names a response of the item and one of its labels",
              lids.contains(v.getAttribute("respident")) && itemLabels.contains(v.getTextContent()));
        }
      }
      check(at + "a condition gives marks", !elements(item, "setvar").isEmpty());
    }
  }

  // ------------------------------------------------------------------ helpers

  static void check(String rule, boolean ok) {
    if (!ok) problem(rule);
  }

  static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    var out = new LinkedHashMap<String, byte[]>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
    }
    return out;
  }

  static Document parse(byte[] xml) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<Element> elements(Document d, String localName) {
    return elements(d.getDocumentElement(), localName);
  }

  static List<Element> elements(Element e, String localName) {
    NodeList nodes = e.getElementsByTagNameNS("*", localName);
    var out = new ArrayList<Element>();
    for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
    return out;
  }
}
