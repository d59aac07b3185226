package org.factdrill.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * IMS QTI 2.1 content package (zip), as Blackboard and other QTI 2.1 importers read it:
 * {@code imsmanifest.xml} at the root, one {@code assessmentItem} per question under
 * {@code items/}, and an {@code assessmentTest} ({@code assessment.xml}) that lists them, because
 * Blackboard imports a package only through a test. Every file validates against the IMS
 * schemas (imsqti_v2p1.xsd, imscp_v1p1.xsd).
 */
public final class Qti21Writer implements BankWriter {

  static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
  static final String QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
  static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
  static final String CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/";
  static final String TEST_FILE = "assessment.xml";

  @Override
  public String name() {
    return "qti21";
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var items = new LinkedHashMap<String, String>(); // question id -> file
    var skipped = new ArrayList<Skipped>();
    var zip = new StableZip();
    var itemFiles = new LinkedHashMap<String, String>();
    for (Question q : questions) {
      if (items.containsKey(q.id())) {
        skipped.add(new Skipped(q.id(), "the id appears twice; QTI identifiers must be unique"));
        continue;
      }
      String file = "items/" + q.id() + ".xml";
      items.put(q.id(), file);
      itemFiles.put(file, item(q));
    }
    zip.add("imsmanifest.xml", manifest(bank, items));
    zip.add(TEST_FILE, test(bank, items));
    itemFiles.forEach(zip::add);
    return new Export(zip.bytes(), items.size(), skipped);
  }

  // ---------------------------------------------------------------- manifest and test

  private static String manifest(QuestionBank bank, Map<String, String> items) {
    var x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<manifest xmlns=\"").append(CP_NS).append("\" xmlns:xsi=\"").append(XSI_NS)
        .append("\" xsi:schemaLocation=\"").append(CP_NS).append(' ').append(CP_XSD)
        .append("\" identifier=\"").append(Xml.attr("manifest-" + bank.id())).append("\">\n");
    x.append("  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n");
    x.append("  <organizations/>\n  <resources>\n");
    x.append("    <resource identifier=\"test\" type=\"imsqti_test_xmlv2p1\" href=\"").append(TEST_FILE).append("\">\n");
    x.append("      <file href=\"").append(TEST_FILE).append("\"/>\n");
    for (String id : items.keySet()) {
      x.append("      <dependency identifierref=\"").append(resourceId(id)).append("\"/>\n");
    }
    x.append("    </resource>\n");
    items.forEach((id, file) -> {
      x.append("    <resource identifier=\"").append(resourceId(id)).append("\" type=\"imsqti_item_xmlv2p1\" href=\"")
          .append(Xml.attr(file)).append("\">\n");
      x.append("      <file href=\"").append(Xml.attr(file)).append("\"/>\n");
      x.append("    </resource>\n");
    });
    x.append("  </resources>\n</manifest>\n");
    return x.toString();
  }

  private static String resourceId(String questionId) {
    return "item-" + questionId;
  }

  private static String test(QuestionBank bank, Map<String, String> items) {
    var x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<assessmentTest").append(rootAttributes()).append(" identifier=\"")
        .append(Xml.attr("test-" + bank.id())).append("\" title=\"").append(Xml.attr(bank.title())).append("\">\n");
    x.append("  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>\n");
    x.append("  <testPart identifier=\"part-1\" navigationMode=\"nonlinear\" submissionMode=\"simultaneous\">\n");
    x.append("    <assessmentSection identifier=\"section-1\" title=\"").append(Xml.attr(bank.title()))
        .append("\" visible=\"true\">\n");
    items.forEach((id, file) -> x.append("      <assessmentItemRef identifier=\"").append(Xml.attr(id))
        .append("\" href=\"").append(Xml.attr(file)).append("\"/>\n"));
    x.append("    </assessmentSection>\n  </testPart>\n");
    // The test's score is the sum of the item scores (each item scores 0 to 1).
    x.append("  <outcomeProcessing>\n    <setOutcomeValue identifier=\"SCORE\">\n      <sum>\n")
        .append("        <testVariables variableIdentifier=\"SCORE\"/>\n      </sum>\n    </setOutcomeValue>\n")
        .append("  </outcomeProcessing>\n");
    x.append("</assessmentTest>\n");
    return x.toString();
  }

  private static String rootAttributes() {
    return " xmlns=\"" + QTI_NS + "\" xmlns:xsi=\"" + XSI_NS + "\" xsi:schemaLocation=\"" + QTI_NS + " " + QTI_XSD + "\"";
  }

  // ---------------------------------------------------------------- items

  static String item(Question q) {
    return q.visit(new Question.Visitor<String>() {
      @Override
      public String multipleChoice(MultipleChoice mc) {
        var ids = letters(mc.choices().size());
        return choiceItem(mc, "single", List.of(ids.get(mc.correctIndex())), mc.choices(), ids, 1);
      }

      @Override
      public String multiSelect(MultiSelect ms) {
        var ids = letters(ms.choices().size());
        var correct = new ArrayList<String>();
        for (int i = 0; i < ms.choices().size(); i++) if (ms.isCorrect(ms.choices().get(i))) correct.add(ids.get(i));
        return choiceItem(ms, "multiple", correct, ms.choices(), ids, 0);
      }

      @Override
      public String trueFalse(TrueFalse tf) {
        var ids = List.of("TRUE", "FALSE");
        return choiceItem(tf, "single", List.of(tf.answer() ? "TRUE" : "FALSE"), List.of("True", "False"), ids, 1);
      }

      @Override
      public String shortAnswer(ShortAnswer sa) {
        return textEntryItem(sa);
      }

      @Override
      public String ordering(Ordering o) {
        return orderItem(o);
      }

      @Override
      public String matching(Matching m) {
        return matchItem(m);
      }
    });
  }

  private static StringBuilder open(Question q) {
    var x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<assessmentItem").append(rootAttributes()).append(" identifier=\"").append(Xml.attr(q.id()))
        .append("\" title=\"").append(Xml.attr(title(q))).append("\" adaptive=\"false\" timeDependent=\"false\">\n");
    return x;
  }

  private static void score(StringBuilder x) {
    x.append("  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">\n")
        .append("    <defaultValue>\n      <value>0</value>\n    </defaultValue>\n  </outcomeDeclaration>\n");
  }

  private static String close(StringBuilder x, String template) {
    x.append("  <responseProcessing template=\"").append(TEMPLATES).append(template).append("\"/>\n");
    x.append("</assessmentItem>\n");
    return x.toString();
  }

  private static String choiceItem(
      Question q, String cardinality, List<String> correct, List<String> labels, List<String> ids, int maxChoices) {
    var x = open(q);
    x.append("  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"").append(cardinality)
        .append("\" baseType=\"identifier\">\n    <correctResponse>\n");
    for (String id : correct) x.append("      <value>").append(id).append("</value>\n");
    x.append("    </correctResponse>\n  </responseDeclaration>\n");
    score(x);
    x.append("  <itemBody>\n    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"")
        .append(maxChoices).append("\">\n");
    x.append("      <prompt>").append(Xml.inline(q.prompt())).append("</prompt>\n");
    for (int i = 0; i < labels.size(); i++) {
      x.append("      <simpleChoice identifier=\"").append(ids.get(i)).append("\">").append(Xml.inline(labels.get(i)))
          .append("</simpleChoice>\n");
    }
    x.append("    </choiceInteraction>\n  </itemBody>\n");
    return close(x, "match_correct");
  }

  /** Every accepted form scores 1 through the mapping, compared without case. */
  private static String textEntryItem(ShortAnswer sa) {
    var forms = new ArrayList<String>();
    var seen = new HashSet<String>();
    for (String form : concat(sa.answer(), sa.accept())) {
      String clean = Xml.text(form).replaceAll("\\s+", " ").strip();
      if (!clean.isEmpty() && seen.add(clean.toLowerCase(Locale.ROOT))) forms.add(clean);
    }
    int expected = forms.stream().mapToInt(String::length).max().orElse(10) + 5;
    var x = open(sa);
    x.append("  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\">\n")
        .append("    <correctResponse>\n      <value>").append(Xml.value(forms.get(0))).append("</value>\n")
        .append("    </correctResponse>\n    <mapping defaultValue=\"0\">\n");
    for (String form : forms) {
      x.append("      <mapEntry mapKey=\"").append(Xml.attr(form)).append("\" mappedValue=\"1\" caseSensitive=\"false\"/>\n");
    }
    x.append("    </mapping>\n  </responseDeclaration>\n");
    score(x);
    String entry = "<textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"" + expected + "\"/>";
    x.append("  <itemBody>\n");
    int gap = sa.prompt().indexOf(Question.GAP);
    if (gap >= 0) {
      // A cloze prompt gets the entry box where its gap is.
      String before = sa.prompt().substring(0, gap);
      String after = sa.prompt().substring(gap + Question.GAP.length());
      x.append("    <p>").append(Xml.inline(before)).append(entry).append(Xml.inline(after)).append("</p>\n");
    } else {
      x.append("    <p>").append(Xml.inline(sa.prompt())).append("</p>\n");
      x.append("    <p>").append(entry).append("</p>\n");
    }
    x.append("  </itemBody>\n");
    return close(x, "map_response");
  }

  private static String orderItem(Ordering o) {
    List<String> shown = DisplayOrder.of(o.id(), o.answers());
    var ids = letters(shown.size());
    var x = open(o);
    x.append("  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"ordered\" baseType=\"identifier\">\n")
        .append("    <correctResponse>\n");
    for (String item : o.answers()) x.append("      <value>").append(ids.get(shown.indexOf(item))).append("</value>\n");
    x.append("    </correctResponse>\n  </responseDeclaration>\n");
    score(x);
    x.append("  <itemBody>\n    <orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">\n");
    x.append("      <prompt>").append(Xml.inline(o.prompt())).append("</prompt>\n");
    for (int i = 0; i < shown.size(); i++) {
      x.append("      <simpleChoice identifier=\"").append(ids.get(i)).append("\">").append(Xml.inline(shown.get(i)))
          .append("</simpleChoice>\n");
    }
    x.append("    </orderInteraction>\n  </itemBody>\n");
    return close(x, "match_correct");
  }

  /** Left items are L1.., right items R1.. in display order; the answer is a set of directed pairs. */
  private static String matchItem(Matching m) {
    List<String> rights = DisplayOrder.of(m.id(), m.rights());
    int n = m.pairs().size();
    var x = open(m);
    x.append("  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"multiple\" baseType=\"directedPair\">\n")
        .append("    <correctResponse>\n");
    for (int i = 0; i < n; i++) {
      int right = rights.indexOf(m.pairs().get(i).right());
      x.append("      <value>L").append(i + 1).append(" R").append(right + 1).append("</value>\n");
    }
    x.append("    </correctResponse>\n  </responseDeclaration>\n");
    score(x);
    x.append("  <itemBody>\n    <matchInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxAssociations=\"")
        .append(n).append("\">\n");
    x.append("      <prompt>").append(Xml.inline(m.prompt())).append("</prompt>\n      <simpleMatchSet>\n");
    for (int i = 0; i < n; i++) {
      x.append("        <simpleAssociableChoice identifier=\"L").append(i + 1).append("\" matchMax=\"1\">")
          .append(Xml.inline(m.pairs().get(i).left())).append("</simpleAssociableChoice>\n");
    }
    x.append("      </simpleMatchSet>\n      <simpleMatchSet>\n");
    for (int i = 0; i < n; i++) {
      x.append("        <simpleAssociableChoice identifier=\"R").append(i + 1).append("\" matchMax=\"1\">")
          .append(Xml.inline(rights.get(i))).append("</simpleAssociableChoice>\n");
    }
    x.append("      </simpleMatchSet>\n    </matchInteraction>\n  </itemBody>\n");
    return close(x, "match_correct");
  }

  // ---------------------------------------------------------------- helpers

  /** A, B, ..., Z, then AA, AB, ...: choice identifiers that are valid QTI identifiers. */
  static List<String> letters(int count) {
    var out = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      out.add(i < 26 ? String.valueOf((char) ('A' + i)) : "" + (char) ('A' + i / 26 - 1) + (char) ('A' + i % 26));
    }
    return out;
  }

  /** The item title importers list: the prompt, cut at a word near 80 characters. */
  private static String title(Question q) {
    String oneLine = q.prompt().replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= 80) return oneLine;
    int cut = oneLine.lastIndexOf(' ', 79);
    return oneLine.substring(0, cut > 40 ? cut : 79) + "…";
  }

  private static List<String> concat(String first, List<String> rest) {
    var out = new ArrayList<String>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  /** XML escaping for QTI text: entities for markup characters, line breaks as {@code <br/>}. */
  static final class Xml {
    private Xml() {}

    /** Drops what XML 1.0 cannot hold at all. */
    static String text(String s) {
      return XmlChars.legal(s);
    }

    static String attr(String s) {
      var out = new StringBuilder();
      for (char c : text(s).toCharArray()) {
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&apos;");
          // Attribute values normalise raw whitespace to spaces; character references survive.
          case '\n' -> out.append("&#10;");
          case '\r' -> out.append("&#13;");
          case '\t' -> out.append("&#9;");
          default -> out.append(c);
        }
      }
      return out.toString();
    }

    /** Element text where markup is not allowed, such as a {@code <value>}. */
    static String value(String s) {
      return text(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Element text inside QTI's inline content: a line break becomes {@code <br/>}. */
    static String inline(String s) {
      var out = new StringBuilder();
      String clean = text(s).replace("\r\n", "\n").replace('\r', '\n');
      for (char c : clean.toCharArray()) {
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '\n' -> out.append("<br/>");
          default -> out.append(c);
        }
      }
      return out.toString();
    }
  }
}
