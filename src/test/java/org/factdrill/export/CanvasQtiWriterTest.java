package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdrill.export.Qti21WriterTest.elements;
import static org.factdrill.export.Qti21WriterTest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Canvas package read the way Canvas's QTI import reads it: the question type from the item
 * metadata, choices from response labels with numeric identifiers, the right answer from the
 * conditions that set or add to SCORE, and HTML text from mattext.
 */
class CanvasQtiWriterTest {

  private final CanvasQtiWriter writer = new CanvasQtiWriter();

  record Package(Map<String, String> files, Document assessment, Map<String, Element> items) {}

  private Package export(QuestionBank bank) throws Exception {
    Map<String, String> files = ExportedFiles.unzip(writer.write(bank, bank.questions()).bytes());
    String quiz = "factdrill_" + bank.id().replace('-', '_');
    Document assessment = parse(files.get(quiz + "/" + quiz + ".xml"));
    var items = new HashMap<String, Element>();
    for (Element item : elements(assessment, "item")) items.put(item.getAttribute("ident").replace("factdrill_", ""), item);
    return new Package(files, assessment, items);
  }

  static String metadata(Element item, String label) {
    for (Element f : children(item, "qtimetadatafield")) {
      if (children(f, "fieldlabel").get(0).getTextContent().equals(label)) return children(f, "fieldentry").get(0).getTextContent();
    }
    return null;
  }

  static List<Element> children(Element e, String localName) {
    var nodes = e.getElementsByTagNameNS("*", localName);
    var out = new ArrayList<Element>();
    for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
    return out;
  }

  /** The text a student sees for an HTML mattext: its XML text parsed as HTML. */
  static String shownText(Element mattext) {
    return Jsoup.parseBodyFragment(mattext.getTextContent()).body().text();
  }

  /** Label text by label identifier, within one response_lid. */
  static Map<String, String> labels(Element responseLid) {
    var out = new HashMap<String, String>();
    for (Element l : children(responseLid, "response_label")) {
      out.put(l.getAttribute("ident"), children(l, "mattext").get(0).getTextContent());
    }
    return out;
  }

  @Test
  void thePackageHasTheManifestTheQuizSettingsAndOneAssessmentFile() throws Exception {
    QuestionBank bank = ExportedFiles.sampleBank();
    Package p = export(bank);
    assertThat(p.files().keySet()).containsExactly("imsmanifest.xml", "non_cc_assessments/",
        "factdrill_sample_b_libya/assessment_meta.xml", "factdrill_sample_b_libya/factdrill_sample_b_libya.xml");
    Document manifest = parse(p.files().get("imsmanifest.xml"));
    List<Element> resources = elements(manifest, "resource");
    assertThat(resources.get(0).getAttribute("type")).isEqualTo("imsqti_xmlv1p2");
    assertThat(children(resources.get(0), "file").get(0).getAttribute("href"))
        .isEqualTo("factdrill_sample_b_libya/factdrill_sample_b_libya.xml");
    Document meta = parse(p.files().get("factdrill_sample_b_libya/assessment_meta.xml"));
    assertThat(elements(meta, "title").get(0).getTextContent()).isEqualTo(bank.title());
    assertThat(elements(meta, "points_possible").get(0).getTextContent()).isEqualTo("10.0");
    assertThat(p.assessment().getDocumentElement().getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/ims_qtiasiv1p2");
    assertThat(p.items()).hasSize(bank.questions().size());
  }

  @Test
  void everyItemNamesItsCanvasTypeAndLabelsAreUniqueNumbers() throws Exception {
    Package p = export(ExportedFiles.sampleBank());
    var types = new ArrayList<String>();
    for (Question q : ExportedFiles.sampleBank().questions()) types.add(metadata(p.items().get(q.id()), "question_type"));
    assertThat(types).containsExactly("multiple_choice_question", "multiple_choice_question", "multiple_answers_question",
        "short_answer_question", "short_answer_question", "true_false_question", "true_false_question",
        "matching_question", "matching_question", "multiple_choice_question");
    var seen = new HashSet<String>();
    for (Element label : elements(p.assessment(), "response_label")) {
      if (label.getAttribute("ident").equals("answer1")) continue; // the typed-answer box
      assertThat(label.getAttribute("ident")).matches("[0-9]+");
    }
    for (Element item : p.items().values()) {
      var inItem = new HashSet<String>();
      for (Element label : children(item, "response_label")) {
        if (!label.getAttribute("ident").equals("answer1")) inItem.add(label.getAttribute("ident"));
      }
      for (String id : inItem) assertThat(seen.add(id)).as("label " + id + " used by two items").isTrue();
    }
  }

  @Test
  void theScoringConditionsPickTheRightAnswers() throws Exception {
    Package p = export(ExportedFiles.sampleBank());

    Element mc = p.items().get("q-0b5e1a01");
    var mcLabels = labels(children(mc, "response_lid").get(0));
    String correct = children(children(mc, "respcondition").get(0), "varequal").get(0).getTextContent();
    assertThat(Jsoup.parseBodyFragment(mcLabels.get(correct)).text()).isEqualTo("March 17");
    assertThat(children(mc, "setvar").get(0).getTextContent()).isEqualTo("100");

    Element ms = p.items().get("q-0b5e1a03");
    var msLabels = labels(children(ms, "response_lid").get(0));
    var chosen = new ArrayList<String>();
    var refused = new ArrayList<String>();
    for (Element v : children(ms, "varequal")) {
      String text = msLabels.get(v.getTextContent());
      if (((Element) v.getParentNode()).getLocalName().equals("not")) refused.add(text);
      else chosen.add(text);
    }
    assertThat(chosen).containsExactly("Britain", "France", "Canada");
    assertThat(refused).containsExactly("Russia", "Japan");
    assertThat(children(ms, "response_lid").get(0).getAttribute("rcardinality")).isEqualTo("Multiple");

    Element sa = p.items().get("q-0b5e1a04");
    assertThat(children(sa, "varequal").stream().map(Element::getTextContent)).containsExactly(
        "Collective Security Treaty Organisation", "CSTO", "Collective Security Treaty Organization");

    Element tf = p.items().get("q-0b5e1a07");
    var tfLabels = labels(children(tf, "response_lid").get(0));
    assertThat(tfLabels.get(children(tf, "varequal").get(0).getTextContent())).isEqualTo("False");

    Element match = p.items().get("q-0b5e1a09");
    var pairs = new ArrayList<String>();
    var scores = new ArrayList<String>();
    for (Element lid : children(match, "response_lid")) {
      String left = children(lid, "mattext").get(0).getTextContent();
      var rights = labels(lid);
      for (Element cond : children(match, "respcondition")) {
        Element v = children(cond, "varequal").get(0);
        if (v.getAttribute("respident").equals(lid.getAttribute("ident"))) {
          pairs.add(left + " = " + rights.get(v.getTextContent()));
          scores.add(children(cond, "setvar").get(0).getTextContent());
        }
      }
    }
    assertThat(pairs).containsExactly("Dmitry Medvedev = Russian President", "Ban Ki-moon = UN Secretary General",
        "Sergei Lavrov = Russian Foreign Minister");
    assertThat(scores).containsOnly("33.33");

    // Ordering has no Canvas classic type: positions 1, 2, 3 are matched to the items.
    Element order = p.items().get("q-0b5e1a08");
    var positions = new ArrayList<String>();
    for (Element lid : children(order, "response_lid")) {
      String position = children(lid, "mattext").get(0).getTextContent();
      var items = labels(lid);
      for (Element cond : children(order, "respcondition")) {
        Element v = children(cond, "varequal").get(0);
        if (v.getAttribute("respident").equals(lid.getAttribute("ident"))) positions.add(position + " " + items.get(v.getTextContent()));
      }
    }
    assertThat(positions).containsExactly("1 The UN Security Council adopted Resolution 1973",
        "2 Britain, France, the US, Canada and Belgium launched a military operation",
        "3 The Libya command was transferred to NATO");
  }

  @Test
  void hostileTextShowsExactlyAsWrittenAndLineBreaksBecomeBreaks() throws Exception {
    Package p = export(HostileBank.bank());
    Element mc = p.items().get(HostileBank.CHOICE.id());
    Element prompt = children(mc, "mattext").get(0);
    assertThat(shownText(prompt)).isEqualTo(HostileBank.CHOICE.prompt());
    assertThat(Jsoup.parseBodyFragment(prompt.getTextContent()).select("b")).as("markup in the text stays text").isEmpty();
    var shownChoices = new ArrayList<String>();
    for (Element label : children(mc, "response_label")) shownChoices.add(shownText(children(label, "mattext").get(0)));
    assertThat(shownChoices).containsExactlyElementsOf(HostileBank.CHOICE.choices());

    Element sa = p.items().get(HostileBank.SHORT.id());
    String html = children(sa, "mattext").get(0).getTextContent();
    assertThat(html).contains("<br>");
    assertThat(Jsoup.parseBodyFragment(html).select("br")).hasSize(1);
    assertThat(children(sa, "varequal").stream().map(Element::getTextContent))
        .containsExactly("AT&T <Inc.>", "\"quoted\"", "emoji " + HostileBank.EMOJI, HostileBank.HEBREW);

    Element match = p.items().get(HostileBank.MATCH.id());
    assertThat(children(match, "response_lid").stream().map(l -> children(l, "mattext").get(0).getTextContent()))
        .containsExactly("a -> b", "c = d");
  }
}
