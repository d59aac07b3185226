package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Qti21WriterTest {

  static final Path SCHEMAS = ExportedFiles.projectDir().resolve("../shared/schemas/qti").normalize();
  private static Schema qtiSchema;
  private static Schema cpSchema;

  private final Qti21Writer writer = new Qti21Writer();

  @BeforeAll
  static void loadSchemas() throws Exception {
    if (!Files.isDirectory(SCHEMAS)) return;
    var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    qtiSchema = factory.newSchema(SCHEMAS.resolve("qtiv2p1/imsqti_v2p1.xsd").toFile());
    cpSchema = factory.newSchema(SCHEMAS.resolve("imscp_v1p1.xsd").toFile());
  }

  static Document parse(String xml) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document d, String localName) {
    NodeList nodes = d.getElementsByTagNameNS("*", localName);
    var out = new ArrayList<Element>();
    for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
    return out;
  }

  static List<String> texts(Document d, String localName) {
    return elements(d, localName).stream().map(Element::getTextContent).toList();
  }

  /** The values of the correct response (the outcome's default value is a value element too). */
  static List<String> correct(Document d) {
    Element response = elements(d, "correctResponse").get(0);
    NodeList values = response.getElementsByTagNameNS("*", "value");
    var out = new ArrayList<String>();
    for (int i = 0; i < values.getLength(); i++) out.add(values.item(i).getTextContent());
    return out;
  }

  private Document item(Map<String, String> files, Question q) throws Exception {
    return parse(files.get("items/" + q.id() + ".xml"));
  }

  @Test
  void everyFileOfTheSampleAndTheHostileBankIsValidAgainstTheImsSchemas() throws Exception {
    assumeTrue(qtiSchema != null, "the IMS schemas are not at " + SCHEMAS + " (they are read from ../shared beside the"
        + " project); .ci/run checks the same files with xmllint");
    for (QuestionBank bank : List.of(ExportedFiles.sampleBank(), HostileBank.bank())) {
      Map<String, String> files = ExportedFiles.unzip(writer.write(bank, bank.questions()).bytes());
      assertThat(files).containsKeys("imsmanifest.xml", "assessment.xml");
      assertThat(files).hasSize(bank.questions().size() + 2);
      for (var f : files.entrySet()) {
        Schema schema = f.getKey().equals("imsmanifest.xml") ? cpSchema : qtiSchema;
        schema.newValidator().validate(new StreamSource(new StringReader(f.getValue()), f.getKey()));
      }
    }
  }

  @Test
  void theManifestListsEveryItemAndTheTestDependsOnThem() throws Exception {
    QuestionBank bank = ExportedFiles.sampleBank();
    Map<String, String> files = ExportedFiles.unzip(writer.write(bank, bank.questions()).bytes());
    Document manifest = parse(files.get("imsmanifest.xml"));
    assertThat(manifest.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/imscp_v1p1");
    List<Element> resources = elements(manifest, "resource");
    assertThat(resources.get(0).getAttribute("type")).isEqualTo("imsqti_test_xmlv2p1");
    assertThat(resources.get(0).getAttribute("href")).isEqualTo("assessment.xml");
    assertThat(resources.subList(1, resources.size())).allSatisfy(r -> {
      assertThat(r.getAttribute("type")).isEqualTo("imsqti_item_xmlv2p1");
      assertThat(files).containsKey(r.getAttribute("href"));
    });
    var itemIds = resources.subList(1, resources.size()).stream().map(r -> r.getAttribute("identifier")).toList();
    assertThat(elements(manifest, "dependency").stream().map(d -> d.getAttribute("identifierref")))
        .containsExactlyElementsOf(itemIds);

    Document test = parse(files.get("assessment.xml"));
    assertThat(elements(test, "assessmentItemRef").stream().map(r -> r.getAttribute("href")))
        .containsExactlyElementsOf(bank.questions().stream().map(q -> "items/" + q.id() + ".xml").toList());
  }

  @Test
  void eachTypeUsesItsInteractionAndScoresTheRightAnswer() throws Exception {
    QuestionBank bank = ExportedFiles.sampleBank();
    Map<String, String> files = ExportedFiles.unzip(writer.write(bank, bank.questions()).bytes());
    var byId = new java.util.HashMap<String, Document>();
    for (Question q : bank.questions()) byId.put(q.id(), item(files, q));

    Document mc = byId.get("q-0b5e1a01"); // answer "March 17" is the second choice
    assertThat(elements(mc, "choiceInteraction").get(0).getAttribute("maxChoices")).isEqualTo("1");
    assertThat(elements(mc, "responseDeclaration").get(0).getAttribute("cardinality")).isEqualTo("single");
    assertThat(correct(mc)).containsExactly("B");
    assertThat(texts(mc, "simpleChoice")).containsExactly("March 19", "March 17", "March 31", "April 1");
    assertThat(elements(mc, "responseIf").get(0).getElementsByTagNameNS("*", "correct").getLength())
        .as("scored as match_correct: the response matched with the correct response").isEqualTo(1);

    Document ms = byId.get("q-0b5e1a03"); // Britain, France, Canada among Britain, Russia, France, Canada, Japan
    assertThat(elements(ms, "responseDeclaration").get(0).getAttribute("cardinality")).isEqualTo("multiple");
    assertThat(correct(ms)).containsExactly("A", "C", "D");

    Document tf = byId.get("q-0b5e1a07"); // false
    assertThat(texts(tf, "simpleChoice")).containsExactly("True", "False");
    assertThat(correct(tf)).containsExactly("FALSE");

    Document sa = byId.get("q-0b5e1a04");
    assertThat(elements(sa, "textEntryInteraction")).hasSize(1);
    assertThat(elements(sa, "mapEntry").stream().map(e -> e.getAttribute("mapKey"))).containsExactly(
        "Collective Security Treaty Organisation", "CSTO", "Collective Security Treaty Organization");
    assertThat(elements(sa, "mapEntry")).allSatisfy(e -> assertThat(e.getAttribute("caseSensitive")).isEqualTo("false"));
    assertThat(elements(sa, "responseElse").get(0).getElementsByTagNameNS("*", "mapResponse").getLength())
        .as("scored as map_response: through the mapping").isEqualTo(1);

    Document cloze = byId.get("q-0b5e1a05");
    Element p = elements(cloze, "p").get(0);
    assertThat(p.getTextContent()).isEqualTo("On March 17, the UN Security Council adopted Resolution , imposing a no-fly zone on Libya.");
    assertThat(p.getElementsByTagNameNS("*", "textEntryInteraction").getLength()).isEqualTo(1);

    Document order = byId.get("q-0b5e1a08");
    assertThat(elements(order, "responseDeclaration").get(0).getAttribute("cardinality")).isEqualTo("ordered");
    var shown = texts(order, "simpleChoice");
    var ids = elements(order, "simpleChoice").stream().map(e -> e.getAttribute("identifier")).toList();
    var answerOrder = correct(order).stream().map(v -> shown.get(ids.indexOf(v))).toList();
    assertThat(answerOrder).containsExactly("The UN Security Council adopted Resolution 1973",
        "Britain, France, the US, Canada and Belgium launched a military operation", "The Libya command was transferred to NATO");
    assertThat(shown).isNotEqualTo(answerOrder);

    Document match = byId.get("q-0b5e1a09");
    assertThat(elements(match, "simpleMatchSet")).hasSize(2);
    var choiceText = new java.util.HashMap<String, String>();
    for (Element c : elements(match, "simpleAssociableChoice")) choiceText.put(c.getAttribute("identifier"), c.getTextContent());
    var pairs = correct(match).stream().map(v -> {
      String[] lr = v.split(" ");
      return choiceText.get(lr[0]) + " = " + choiceText.get(lr[1]);
    }).toList();
    assertThat(pairs).containsExactly("Dmitry Medvedev = Russian President", "Ban Ki-moon = UN Secretary General",
        "Sergei Lavrov = Russian Foreign Minister");
    assertThat(elements(match, "responseDeclaration").get(0).getAttribute("baseType")).isEqualTo("directedPair");
  }

  @Test
  void everyItemShowsItsSourceSentenceAsFeedbackOnceAnswered() throws Exception {
    for (QuestionBank bank : List.of(ExportedFiles.sampleBank(), HostileBank.bank())) {
      Map<String, String> files = ExportedFiles.unzip(writer.write(bank, bank.questions()).bytes());
      for (Question q : bank.questions()) {
        Document item = item(files, q);
        Element feedback = elements(item, "modalFeedback").get(0);
        assertThat(feedback.getTextContent().strip()).as(q.id()).isEqualTo(q.source().text().strip().replace("\n", ""));
        // The rule that shows it runs after every answer: a direct child of responseProcessing.
        Element processing = elements(item, "responseProcessing").get(0);
        var setsFeedback = new ArrayList<String>();
        for (Element set : elements(item, "setOutcomeValue")) {
          if (set.getParentNode() == processing && set.getAttribute("identifier").equals(feedback.getAttribute("outcomeIdentifier"))) {
            setsFeedback.add(set.getTextContent().strip());
          }
        }
        assertThat(setsFeedback).as(q.id()).containsExactly(feedback.getAttribute("identifier"));
        assertThat(feedback.getAttribute("showHide")).isEqualTo("show");
      }
    }
  }

  @Test
  void hostileTextReadsBackExactlyAndLineBreaksBecomeBreakElements() throws Exception {
    QuestionBank bank = HostileBank.bank();
    Map<String, String> files = ExportedFiles.unzip(writer.write(bank, bank.questions()).bytes());

    Document mc = item(files, HostileBank.CHOICE);
    assertThat(texts(mc, "prompt")).containsExactly(HostileBank.CHOICE.prompt());
    assertThat(texts(mc, "simpleChoice")).containsExactlyElementsOf(HostileBank.CHOICE.choices());
    assertThat(elements(mc, "b")).as("markup in the text stays text").isEmpty();
    assertThat(mc.getDocumentElement().getAttribute("title")).as("the title is the prompt, cut near 80 characters")
        .endsWith("…").startsWith(HostileBank.CHOICE.prompt().substring(0, 60));

    Document sa = item(files, HostileBank.SHORT);
    assertThat(elements(sa, "mapEntry").stream().map(e -> e.getAttribute("mapKey")))
        .as("every accepted form once; a form differing only in case is the same form")
        .containsExactly("AT&T <Inc.>", "\"quoted\"", "emoji " + HostileBank.EMOJI, HostileBank.HEBREW);
    Element prompt = elements(sa, "p").get(0);
    assertThat(prompt.getTextContent()).isEqualTo(HostileBank.SHORT.prompt().replace("\n", ""));
    assertThat(prompt.getElementsByTagNameNS("*", "br").getLength()).isEqualTo(1);

    Document order = item(files, HostileBank.ORDER);
    assertThat(texts(order, "simpleChoice")).containsExactlyInAnyOrderElementsOf(HostileBank.ORDER.answers());
  }

  @Test
  void aRepeatedIdIsSkippedWithAReason() {
    QuestionBank bank = ExportedFiles.sampleBank();
    var twice = new ArrayList<>(bank.questions());
    twice.add(bank.questions().get(0));
    BankWriter.Export export = writer.write(bank, twice);
    assertThat(export.written()).isEqualTo(bank.questions().size());
    assertThat(export.skipped()).singleElement().satisfies(s -> {
      assertThat(s.questionId()).isEqualTo("q-0b5e1a01");
      assertThat(s.reason()).contains("twice");
    });
  }
}
