package org.factdrill.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Canvas "QTI .zip" course import: IMS QTI 1.2 in the flavour Canvas itself exports and the
 * common generators (text2qti, qti_package_maker) write. The package holds
 * {@code imsmanifest.xml}, an {@code assessment_meta.xml} with the quiz settings, and one
 * {@code questestinterop} file with every item; each item names its Canvas question type in
 * {@code itemmetadata}. Canvas classic quizzes have no ordering type, so an ordering question
 * becomes a matching question from positions ("1", "2", ...) to items, which is how Canvas's own
 * importer converts a QTI 2 orderInteraction.
 */
public final class CanvasQtiWriter implements BankWriter {

  private static final String QTI12_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
  private static final String LOM_NS = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource";
  private static final String IMSMD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2";
  private static final String CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0";
  /** The one feedback of an item: its source sentence, shown after any answer. */
  private static final String GENERAL_FEEDBACK = "general_fb";

  @Override
  public String name() {
    return "canvas";
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
    String quizId = "factdrill_" + bank.id().replace('-', '_');
    var skipped = new ArrayList<Skipped>();
    var seen = new HashSet<String>();
    var labels = new LabelNumbers();
    var x = XmlOut.document().start("questestinterop").namespace(QTI12_NS).namespace("xsi", XSI_NS)
        .attr("xsi", XSI_NS, "schemaLocation", QTI12_NS + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd");
    x.start("assessment").attr("ident", quizId).attr("title", bank.title());
    x.start("qtimetadata");
    field(x, "cc_maxattempts", "1");
    x.end();
    x.start("section").attr("ident", "root_section");
    int written = 0;
    for (Question q : questions) {
      if (!seen.add(q.id())) {
        skipped.add(new Skipped(q.id(), "the id appears twice; Canvas item identifiers must be unique"));
        continue;
      }
      item(x, q, labels);
      written++;
    }
    String assessment = x.end().end().end().finish();
    var zip = new StableZip()
        .add("imsmanifest.xml", manifest(quizId))
        // Canvas's own exports carry this folder; importers that look for it find it.
        .addFolder("non_cc_assessments/")
        .add(quizId + "/assessment_meta.xml", meta(bank, quizId, written))
        .add(quizId + "/" + quizId + ".xml", assessment);
    return new Export(zip.bytes(), written, skipped);
  }

  // ---------------------------------------------------------------- package files

  private static String manifest(String quizId) {
    var x = XmlOut.document().start("manifest").attr("identifier", quizId + "_manifest").namespace(CP_NS)
        .namespace("lom", LOM_NS).namespace("imsmd", IMSMD_NS).namespace("xsi", XSI_NS)
        .attr("xsi", XSI_NS, "schemaLocation", CP_NS + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
            + LOM_NS + " http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd "
            + IMSMD_NS + " http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd");
    x.start("metadata").element("schema", "IMS Content").element("schemaversion", "1.1.3").end();
    x.empty("organizations");
    x.start("resources");
    x.start("resource").attr("identifier", quizId).attr("type", "imsqti_xmlv1p2");
    x.empty("file").attr("href", quizId + "/" + quizId + ".xml");
    x.empty("dependency").attr("identifierref", quizId + "_meta");
    x.end();
    x.start("resource").attr("identifier", quizId + "_meta")
        .attr("type", "associatedcontent/imscc_xmlv1p1/learning-application-resource")
        .attr("href", quizId + "/assessment_meta.xml");
    x.empty("file").attr("href", quizId + "/assessment_meta.xml");
    x.end();
    return x.end().end().finish();
  }

  /** Quiz settings: unpublished, one attempt, answers in the bank's order, one point per question. */
  private static String meta(QuestionBank bank, String quizId, int count) {
    String points = count + ".0";
    var x = XmlOut.document().start("quiz").attr("identifier", quizId).namespace(CANVAS_NS).namespace("xsi", XSI_NS)
        .attr("xsi", XSI_NS, "schemaLocation", CANVAS_NS + " https://canvas.instructure.com/xsd/cccv1p0.xsd");
    x.element("title", bank.title());
    x.element("description", HtmlText.escape("Questions generated by factdrill from " + bank.article().path() + "."));
    x.element("shuffle_answers", "false");
    x.element("scoring_policy", "keep_highest");
    x.element("hide_results", "");
    x.element("quiz_type", "assignment");
    x.element("points_possible", points);
    x.element("require_lockdown_browser", "false");
    x.element("show_correct_answers", "true");
    x.element("anonymous_submissions", "false");
    x.element("could_be_locked", "false");
    x.element("allowed_attempts", "1");
    x.element("one_question_at_a_time", "false");
    x.element("cant_go_back", "false");
    x.element("available", "false");
    x.element("one_time_results", "false");
    x.element("show_correct_answers_last_attempt", "false");
    x.element("only_visible_to_overrides", "false");
    x.element("module_locked", "false");
    x.start("assignment").attr("identifier", quizId + "_assignment");
    x.element("title", bank.title());
    x.element("workflow_state", "unpublished");
    x.element("quiz_identifierref", quizId);
    x.element("points_possible", points);
    x.element("grading_type", "points");
    x.element("submission_types", "online_quiz");
    x.end();
    x.element("assignment_group_identifierref", quizId + "_group");
    return x.end().finish();
  }

  // ---------------------------------------------------------------- items

  /**
   * Numeric identifiers for answer labels, unique across the quiz: Canvas takes the digits of a
   * label's identifier as the answer's id, so they must be numbers and must not repeat.
   */
  private static final class LabelNumbers {
    private int next = 1000;

    List<String> take(int count) {
      var out = new ArrayList<String>();
      for (int i = 0; i < count; i++) out.add(Integer.toString(next++));
      return out;
    }
  }

  /** Writes one {@code <item>} into the assessment's section. */
  private static void item(XmlOut x, Question q, LabelNumbers labels) {
    q.visit(new Question.Visitor<Void>() {
      @Override
      public Void multipleChoice(MultipleChoice mc) {
        var ids = labels.take(mc.choices().size());
        choiceItem(x, mc, "multiple_choice_question", mc.choices(), ids, Set.of(ids.get(mc.correctIndex())), false);
        return null;
      }

      @Override
      public Void trueFalse(TrueFalse tf) {
        var ids = labels.take(2);
        choiceItem(x, tf, "true_false_question", List.of("True", "False"), ids, Set.of(ids.get(tf.answer() ? 0 : 1)), false);
        return null;
      }

      @Override
      public Void multiSelect(MultiSelect ms) {
        var ids = labels.take(ms.choices().size());
        var correct = new LinkedHashSet<String>();
        for (int i = 0; i < ids.size(); i++) if (ms.isCorrect(ms.choices().get(i))) correct.add(ids.get(i));
        choiceItem(x, ms, "multiple_answers_question", ms.choices(), ids, correct, true);
        return null;
      }

      @Override
      public Void shortAnswer(ShortAnswer sa) {
        shortAnswerItem(x, sa);
        return null;
      }

      @Override
      public Void ordering(Ordering o) {
        var positions = new ArrayList<String>();
        for (int i = 1; i <= o.answers().size(); i++) positions.add(Integer.toString(i));
        matchingItem(x, o, positions, o.answers(), DisplayOrder.of(o.id(), o.answers()), labels);
        return null;
      }

      @Override
      public Void matching(Matching m) {
        matchingItem(x, m, m.lefts(), m.rights(), DisplayOrder.of(m.id(), m.rights()), labels);
        return null;
      }
    });
  }

  private static void open(XmlOut x, Question q, String type, List<String> answerIds) {
    x.start("item").attr("ident", "factdrill_" + q.id()).attr("title", q.id());
    x.start("itemmetadata").start("qtimetadata");
    field(x, "question_type", type);
    field(x, "points_possible", "1.0");
    field(x, "original_answer_ids", String.join(",", answerIds));
    field(x, "assessment_question_identifierref", "factdrill_ref_" + q.id());
    x.end().end();
    x.start("presentation");
    x.start("material");
    html(x, q.prompt());
    x.end();
  }

  private static void field(XmlOut x, String label, String entry) {
    x.start("qtimetadatafield").element("fieldlabel", label).element("fieldentry", entry).end();
  }

  /** A {@code mattext} Canvas shows as HTML: the text HTML-escaped, then written as XML text. */
  private static void html(XmlOut x, String text) {
    x.start("mattext").attr("texttype", "text/html").text(HtmlText.escape(text)).end();
  }

  /**
   * The start of the scoring: the SCORE variable, then the condition that shows the source sentence
   * ({@code <other/>} is true when no condition before it was, as here at the top) and goes on to
   * the scoring conditions. This is how Canvas's own exports carry a question's general feedback.
   */
  private static void resprocessingStart(XmlOut x) {
    x.start("resprocessing").start("outcomes");
    x.empty("decvar").attr("maxvalue", "100").attr("minvalue", "0").attr("varname", "SCORE").attr("vartype", "Decimal");
    x.end();
    x.start("respcondition").attr("continue", "Yes");
    x.start("conditionvar").empty("other").end();
    x.empty("displayfeedback").attr("feedbacktype", "Response").attr("linkrefid", GENERAL_FEEDBACK);
    x.end();
  }

  /** Ends the scoring, then the source sentence as the item's general feedback, then the item. */
  private static void end(XmlOut x, Question q) {
    x.end();
    x.start("itemfeedback").attr("ident", GENERAL_FEEDBACK).start("flow_mat").start("material");
    html(x, q.source().text().strip());
    x.end().end().end();
    x.end();
  }

  private static void fullMarks(XmlOut x) {
    x.start("setvar").attr("action", "Set").attr("varname", "SCORE").text("100").end();
  }

  private static void choiceItem(
      XmlOut x, Question q, String type, List<String> choices, List<String> ids, Set<String> correct, boolean multiple) {
    open(x, q, type, ids);
    x.start("response_lid").attr("ident", "response1").attr("rcardinality", multiple ? "Multiple" : "Single");
    x.start("render_choice");
    // A student may tick any number of boxes; QTI 1.2 readers take a missing maxnumber as one.
    if (multiple) x.attr("maxnumber", Integer.toString(choices.size()));
    for (int i = 0; i < choices.size(); i++) {
      x.start("response_label").attr("ident", ids.get(i)).start("material");
      html(x, choices.get(i));
      x.end().end();
    }
    x.end().end().end();
    resprocessingStart(x);
    x.start("respcondition").attr("continue", "No").start("conditionvar");
    if (multiple) {
      // Full marks only for exactly the right set: every correct label chosen, no other.
      x.start("and");
      for (String id : ids) {
        if (correct.contains(id)) {
          varequal(x, "response1", id);
        } else {
          x.start("not");
          varequal(x, "response1", id);
          x.end();
        }
      }
      x.end();
    } else {
      varequal(x, "response1", correct.iterator().next());
    }
    x.end();
    fullMarks(x);
    x.end();
    end(x, q);
  }

  private static void varequal(XmlOut x, String respident, String value) {
    x.start("varequal").attr("respident", respident).text(value).end();
  }

  /**
   * The accepted forms are alternatives, so they sit inside {@code <or>}: sibling conditions in one
   * {@code conditionvar} must all hold at once, which no single typed answer does. Canvas compares
   * typed answers without case.
   */
  private static void shortAnswerItem(XmlOut x, ShortAnswer sa) {
    var forms = new ArrayList<String>();
    var seen = new HashSet<String>();
    var all = new ArrayList<String>();
    all.add(sa.answer());
    all.addAll(sa.accept());
    for (String form : all) {
      String clean = XmlChars.legal(form).replaceAll("\\s+", " ").strip();
      if (!clean.isEmpty() && seen.add(clean.toLowerCase(Locale.ROOT))) forms.add(clean);
    }
    open(x, sa, "short_answer_question", List.of());
    x.start("response_str").attr("ident", "response1").attr("rcardinality", "Single");
    x.start("render_fib").empty("response_label").attr("ident", "answer1").attr("rshuffle", "No").end();
    x.end().end();
    resprocessingStart(x);
    x.start("respcondition").attr("continue", "No").start("conditionvar").start("or");
    for (String form : forms) varequal(x, "response1", form);
    x.end().end();
    fullMarks(x);
    x.end();
    end(x, sa);
  }

  /**
   * One {@code response_lid} per left item, each offering every right item; each right pairing
   * adds an equal share of the score, as Canvas grades matching questions. Each pair's condition
   * says {@code continue="Yes"}: by QTI 1.2's rules processing otherwise stops at the first pair
   * that is right, and a wholly right answer would score one pair's share.
   */
  private static void matchingItem(XmlOut x,
      Question q, List<String> lefts, List<String> rightsInAnswerOrder, List<String> rightsShown, LabelNumbers labels) {
    var leftIds = labels.take(lefts.size());
    var rightIds = labels.take(rightsShown.size());
    open(x, q, "matching_question", rightIds);
    for (int i = 0; i < lefts.size(); i++) {
      x.start("response_lid").attr("ident", "response_" + leftIds.get(i));
      x.start("material").start("mattext").attr("texttype", "text/plain").text(oneLine(lefts.get(i))).end().end();
      x.start("render_choice");
      for (int j = 0; j < rightsShown.size(); j++) {
        x.start("response_label").attr("ident", rightIds.get(j));
        x.start("material").element("mattext", oneLine(rightsShown.get(j))).end();
        x.end();
      }
      x.end().end();
    }
    x.end();
    resprocessingStart(x);
    String share = String.format(Locale.ROOT, "%.2f", 100.0 / lefts.size());
    for (int i = 0; i < lefts.size(); i++) {
      String right = rightIds.get(rightsShown.indexOf(rightsInAnswerOrder.get(i)));
      x.start("respcondition").attr("continue", "Yes").start("conditionvar");
      varequal(x, "response_" + leftIds.get(i), right);
      x.end();
      x.start("setvar").attr("varname", "SCORE").attr("action", "Add").text(share).end();
      x.end();
    }
    end(x, q);
  }

  /** Matching items are single lines in Canvas's editor. */
  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
