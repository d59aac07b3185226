package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdrill.export.Qti21WriterTest.elements;
import static org.factdrill.export.Qti21WriterTest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    String correct = children(scoring(mc).get(0), "varequal").get(0).getTextContent();
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
      for (Element cond : scoring(match)) {
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
      for (Element cond : scoring(order)) {
        Element v = children(cond, "varequal").get(0);
        if (v.getAttribute("respident").equals(lid.getAttribute("ident"))) positions.add(position + " " + items.get(v.getTextContent()));
      }
    }
    assertThat(positions).containsExactly("1 The UN Security Council adopted Resolution 1973",
        "2 Britain, France, the US, Canada and Belgium launched a military operation",
        "3 The Libya command was transferred to NATO");
  }

  /** The conditions that set or add to the score (not the one that only shows feedback). */
  static List<Element> scoring(Element item) {
    return children(item, "respcondition").stream().filter(c -> !children(c, "setvar").isEmpty()).toList();
  }

  /** Every bank the export tests use, the frozen seed bank among them. */
  static List<QuestionBank> allTestBanks() throws Exception {
    var banks = new ArrayList<QuestionBank>();
    for (var file : GoldenFilesTest.banks()) banks.add(Banks.load(file));
    banks.add(HostileBank.bank());
    return banks;
  }

  /**
   * Under QTI 1.2's own rules (Qti12Scorer), not Canvas's type-driven reading: the right answer
   * scores 100 in every item of every test bank, each accepted form of a typed answer does, and
   * wrong or partly wrong answers do not; every answer shows the source sentence.
   */
  @Test
  void everyItemScoresByQti12RulesAndShowsItsSourceSentence() throws Exception {
    for (QuestionBank bank : allTestBanks()) {
      Package p = export(bank);
      for (Question q : bank.questions()) {
        Element item = p.items().get(q.id());
        String what = bank.id() + " " + q.id();
        q.visit(new Question.Visitor<Void>() {
          @Override
          public Void multipleChoice(org.factdrill.questions.MultipleChoice mc) {
            var ids = byShownText(item);
            assertThat(score(item, "response1", ids.get(mc.answer()))).as(what).isEqualTo(100);
            for (String c : mc.choices()) if (!c.equals(mc.answer())) assertThat(score(item, "response1", ids.get(c))).as(what).isZero();
            return null;
          }

          @Override
          public Void trueFalse(org.factdrill.questions.TrueFalse tf) {
            var ids = byShownText(item);
            assertThat(score(item, "response1", ids.get(tf.answer() ? "True" : "False"))).as(what).isEqualTo(100);
            assertThat(score(item, "response1", ids.get(tf.answer() ? "False" : "True"))).as(what).isZero();
            return null;
          }

          @Override
          public Void multiSelect(org.factdrill.questions.MultiSelect ms) {
            var ids = byShownText(item);
            var right = ms.answers().stream().map(ids::get).toArray(String[]::new);
            assertThat(score(item, "response1", right)).as(what).isEqualTo(100);
            assertThat(score(item, "response1", java.util.Arrays.copyOf(right, right.length - 1))).as(what).isZero();
            assertThat(score(item, "response1", ids.values().toArray(String[]::new))).as("every box ticked: " + what).isZero();
            Element render = children(item, "render_choice").get(0);
            assertThat(Integer.parseInt(render.getAttribute("maxnumber"))).as("maxnumber of " + what)
                .isEqualTo(ms.choices().size());
            return null;
          }

          @Override
          public Void shortAnswer(org.factdrill.questions.ShortAnswer sa) {
            var forms = new ArrayList<String>();
            forms.add(sa.answer());
            forms.addAll(sa.accept());
            for (String form : forms) {
              String typed = form.replaceAll("\\s+", " ").strip();
              if (typed.isEmpty()) continue;
              assertThat(score(item, "response1", typed)).as(what + " typed " + typed).isEqualTo(100);
            }
            assertThat(score(item, "response1", "certainly not the answer")).as(what).isZero();
            return null;
          }

          @Override
          public Void ordering(org.factdrill.questions.Ordering o) {
            var expected = new HashMap<String, String>();
            for (int i = 0; i < o.answers().size(); i++) expected.put(Integer.toString(i + 1), o.answers().get(i));
            checkPairs(item, expected, what);
            return null;
          }

          @Override
          public Void matching(org.factdrill.questions.Matching m) {
            var expected = new HashMap<String, String>();
            for (var pair : m.pairs()) expected.put(CanvasQtiWriter.oneLine(pair.left()), pair.right());
            checkPairs(item, expected, what);
            return null;
          }
        });
        var shown = Qti12Scorer.score(item, Map.of()).feedback();
        assertThat(shown).as("feedback shown for no answer, " + what).containsExactly("general_fb");
        Element feedback = children(item, "itemfeedback").get(0);
        assertThat(feedback.getAttribute("ident")).isEqualTo("general_fb");
        assertThat(shownText(children(feedback, "mattext").get(0)))
            .isEqualTo(q.source().text().replaceAll("\\s+", " ").strip());
      }
    }
  }

  /** Each left item answered with its right item scores 100; the first two answers swapped, less. */
  private static void checkPairs(Element item, Map<String, String> rightByLeft, String what) {
    var response = new HashMap<String, Set<String>>();
    var lids = children(item, "response_lid");
    for (Element lid : lids) {
      String left = children(lid, "mattext").get(0).getTextContent();
      String wanted = CanvasQtiWriter.oneLine(rightByLeft.get(left));
      String label = labels(lid).entrySet().stream().filter(e -> e.getValue().equals(wanted)).findFirst().orElseThrow().getKey();
      response.put(lid.getAttribute("ident"), Set.of(label));
    }
    assertThat(Qti12Scorer.score(item, response).score()).as(what).isCloseTo(100, org.assertj.core.data.Offset.offset(0.05));
    String first = lids.get(0).getAttribute("ident");
    String second = lids.get(1).getAttribute("ident");
    var swapped = new HashMap<>(response);
    swapped.put(first, response.get(second));
    swapped.put(second, response.get(first));
    double partly = Qti12Scorer.score(item, swapped).score();
    assertThat(partly).as("two pairs wrong in " + what).isLessThan(100);
    if (lids.size() > 2) assertThat(partly).as("the other pairs still count in " + what).isGreaterThan(0);
  }

  /** Label identifiers of a one-response item by the text a student sees. */
  private static Map<String, String> byShownText(Element item) {
    var out = new HashMap<String, String>();
    for (Element label : children(item, "response_label")) {
      out.put(shownText(children(label, "mattext").get(0)), label.getAttribute("ident"));
    }
    return out;
  }

  private static double score(Element item, String respident, String... given) {
    return Qti12Scorer.score(item, Map.of(respident, Set.of(given))).score();
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
