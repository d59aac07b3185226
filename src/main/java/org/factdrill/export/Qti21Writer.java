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
  static final String TEST_FILE = "assessment.xml";
  /** The outcome that decides which modal feedback shows, and the one feedback: the source sentence. */
  static final String FEEDBACK = "FEEDBACK";
  static final String SOURCE_FEEDBACK = "SOURCE";

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
    var x = XmlOut.document().start("manifest").namespace(CP_NS).namespace("xsi", XSI_NS)
        .attr("xsi", XSI_NS, "schemaLocation", CP_NS + " " + CP_XSD).attr("identifier", "manifest-" + bank.id());
    x.start("metadata").element("schema", "QTIv2.1 Package").element("schemaversion", "1.0.0").end();
    x.empty("organizations");
    x.start("resources");
    x.start("resource").attr("identifier", "test").attr("type", "imsqti_test_xmlv2p1").attr("href", TEST_FILE);
    x.empty("file").attr("href", TEST_FILE);
    for (String id : items.keySet()) x.empty("dependency").attr("identifierref", resourceId(id));
    x.end();
    items.forEach((id, file) -> {
      x.start("resource").attr("identifier", resourceId(id)).attr("type", "imsqti_item_xmlv2p1").attr("href", file);
      x.empty("file").attr("href", file);
      x.end();
    });
    return x.end().end().finish();
  }

  private static String resourceId(String questionId) {
    return "item-" + questionId;
  }

  private static String test(QuestionBank bank, Map<String, String> items) {
    var x = root("assessmentTest").attr("identifier", "test-" + bank.id()).attr("title", bank.title());
    x.empty("outcomeDeclaration").attr("identifier", "SCORE").attr("cardinality", "single").attr("baseType", "float");
    x.start("testPart").attr("identifier", "part-1").attr("navigationMode", "nonlinear").attr("submissionMode", "simultaneous");
    x.start("assessmentSection").attr("identifier", "section-1").attr("title", bank.title()).attr("visible", "true");
    items.forEach((id, file) -> x.empty("assessmentItemRef").attr("identifier", id).attr("href", file));
    x.end().end();
    // The test's score is the sum of the item scores (each item scores 0 to 1).
    x.start("outcomeProcessing").start("setOutcomeValue").attr("identifier", "SCORE").start("sum")
        .empty("testVariables").attr("variableIdentifier", "SCORE").end().end().end();
    return x.end().finish();
  }

  private static XmlOut root(String name) {
    return XmlOut.document().start(name).namespace(QTI_NS).namespace("xsi", XSI_NS)
        .attr("xsi", XSI_NS, "schemaLocation", QTI_NS + " " + QTI_XSD);
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

  private static XmlOut open(Question q) {
    return root("assessmentItem").attr("identifier", q.id()).attr("title", title(q))
        .attr("adaptive", "false").attr("timeDependent", "false");
  }

  private static void responseDeclaration(XmlOut x, String cardinality, String baseType, List<String> correct) {
    x.start("responseDeclaration").attr("identifier", "RESPONSE").attr("cardinality", cardinality).attr("baseType", baseType);
    x.start("correctResponse");
    for (String value : correct) x.element("value", value);
    x.end();
  }

  /** SCORE, and FEEDBACK: the outcome that shows the source sentence once the item is answered. */
  private static void outcomes(XmlOut x) {
    x.start("outcomeDeclaration").attr("identifier", "SCORE").attr("cardinality", "single").attr("baseType", "float");
    x.start("defaultValue").element("value", "0").end();
    x.end();
    x.empty("outcomeDeclaration").attr("identifier", FEEDBACK).attr("cardinality", "single").attr("baseType", "identifier");
  }

  /**
   * The rules of the standard template (match_correct, or map_response for typed answers) written
   * out, plus one rule the templates lack: FEEDBACK is set to SOURCE, so the modal feedback with
   * the source sentence shows after any answer, right or wrong.
   */
  private static String close(XmlOut x, Question q, boolean mapped) {
    x.start("responseProcessing");
    x.start("responseCondition");
    if (mapped) {
      x.start("responseIf").start("isNull").empty("variable").attr("identifier", "RESPONSE").end();
      setScore(x, "0").end();
      x.start("responseElse").start("setOutcomeValue").attr("identifier", "SCORE")
          .empty("mapResponse").attr("identifier", "RESPONSE").end().end();
    } else {
      x.start("responseIf").start("match").empty("variable").attr("identifier", "RESPONSE")
          .empty("correct").attr("identifier", "RESPONSE").end();
      setScore(x, "1").end();
      x.start("responseElse");
      setScore(x, "0").end();
    }
    x.end();
    x.start("setOutcomeValue").attr("identifier", FEEDBACK).start("baseValue").attr("baseType", "identifier")
        .text(SOURCE_FEEDBACK).end().end();
    x.end();
    x.start("modalFeedback").attr("outcomeIdentifier", FEEDBACK).attr("showHide", "show")
        .attr("identifier", SOURCE_FEEDBACK).attr("title", "Source");
    x.startInline("p");
    inline(x, q.source().text().strip());
    x.end();
    x.end();
    return x.end().finish();
  }

  private static XmlOut setScore(XmlOut x, String value) {
    return x.start("setOutcomeValue").attr("identifier", "SCORE").start("baseValue").attr("baseType", "float")
        .text(value).end().end();
  }

  private static String choiceItem(
      Question q, String cardinality, List<String> correct, List<String> labels, List<String> ids, int maxChoices) {
    var x = open(q);
    responseDeclaration(x, cardinality, "identifier", correct);
    x.end();
    outcomes(x);
    x.start("itemBody").start("choiceInteraction").attr("responseIdentifier", "RESPONSE").attr("shuffle", "false")
        .attr("maxChoices", Integer.toString(maxChoices));
    prompt(x, q.prompt());
    for (int i = 0; i < labels.size(); i++) {
      x.startInline("simpleChoice").attr("identifier", ids.get(i));
      inline(x, labels.get(i));
      x.end();
    }
    x.end().end();
    return close(x, q, false);
  }

  /** Every accepted form scores 1 through the mapping, compared without case. */
  private static String textEntryItem(ShortAnswer sa) {
    var forms = new ArrayList<String>();
    var seen = new HashSet<String>();
    for (String form : concat(sa.answer(), sa.accept())) {
      String clean = XmlChars.legal(form).replaceAll("\\s+", " ").strip();
      if (!clean.isEmpty() && seen.add(clean.toLowerCase(Locale.ROOT))) forms.add(clean);
    }
    int expected = forms.stream().mapToInt(String::length).max().orElse(10) + 5;
    var x = open(sa);
    responseDeclaration(x, "single", "string", List.of(forms.get(0)));
    x.start("mapping").attr("defaultValue", "0");
    for (String form : forms) {
      x.empty("mapEntry").attr("mapKey", form).attr("mappedValue", "1").attr("caseSensitive", "false");
    }
    x.end().end();
    outcomes(x);
    x.start("itemBody");
    int gap = sa.prompt().indexOf(Question.GAP);
    if (gap >= 0) {
      // A cloze prompt gets the entry box where its gap is.
      x.startInline("p");
      inline(x, sa.prompt().substring(0, gap));
      entry(x, expected);
      inline(x, sa.prompt().substring(gap + Question.GAP.length()));
      x.end();
    } else {
      x.startInline("p");
      inline(x, sa.prompt());
      x.end();
      x.startInline("p");
      entry(x, expected);
      x.end();
    }
    x.end();
    return close(x, sa, true);
  }

  private static void entry(XmlOut x, int expectedLength) {
    x.empty("textEntryInteraction").attr("responseIdentifier", "RESPONSE").attr("expectedLength", Integer.toString(expectedLength));
  }

  private static String orderItem(Ordering o) {
    List<String> shown = DisplayOrder.of(o.id(), o.answers());
    var ids = letters(shown.size());
    var x = open(o);
    responseDeclaration(x, "ordered", "identifier", o.answers().stream().map(item -> ids.get(shown.indexOf(item))).toList());
    x.end();
    outcomes(x);
    x.start("itemBody").start("orderInteraction").attr("responseIdentifier", "RESPONSE").attr("shuffle", "true");
    prompt(x, o.prompt());
    for (int i = 0; i < shown.size(); i++) {
      x.startInline("simpleChoice").attr("identifier", ids.get(i));
      inline(x, shown.get(i));
      x.end();
    }
    x.end().end();
    return close(x, o, false);
  }

  /** Left items are L1.., right items R1.. in display order; the answer is a set of directed pairs. */
  private static String matchItem(Matching m) {
    List<String> rights = DisplayOrder.of(m.id(), m.rights());
    int n = m.pairs().size();
    var x = open(m);
    var pairs = new ArrayList<String>();
    for (int i = 0; i < n; i++) pairs.add("L" + (i + 1) + " R" + (rights.indexOf(m.pairs().get(i).right()) + 1));
    responseDeclaration(x, "multiple", "directedPair", pairs);
    x.end();
    outcomes(x);
    x.start("itemBody").start("matchInteraction").attr("responseIdentifier", "RESPONSE").attr("shuffle", "true")
        .attr("maxAssociations", Integer.toString(n));
    prompt(x, m.prompt());
    x.start("simpleMatchSet");
    for (int i = 0; i < n; i++) {
      x.startInline("simpleAssociableChoice").attr("identifier", "L" + (i + 1)).attr("matchMax", "1");
      inline(x, m.pairs().get(i).left());
      x.end();
    }
    x.end().start("simpleMatchSet");
    for (int i = 0; i < n; i++) {
      x.startInline("simpleAssociableChoice").attr("identifier", "R" + (i + 1)).attr("matchMax", "1");
      inline(x, rights.get(i));
      x.end();
    }
    x.end().end().end();
    return close(x, m, false);
  }

  // ---------------------------------------------------------------- helpers

  private static void prompt(XmlOut x, String text) {
    x.startInline("prompt");
    inline(x, text);
    x.end();
  }

  /** Text inside QTI's inline content: each line break becomes a {@code <br/>} element. */
  private static void inline(XmlOut x, String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) x.empty("br");
      if (!lines[i].isEmpty()) x.text(lines[i]);
    }
  }

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
}
