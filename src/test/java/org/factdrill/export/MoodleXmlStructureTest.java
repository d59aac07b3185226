package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the Moodle XML export back with the JDK's parser and checks, with XPath, the structure
 * Moodle's importer (question/format/xml/format.php) reads: the category first, then per question
 * the elements its import_* functions look up, with fractions Moodle accepts, and every text equal
 * to the bank's text once parsed (so the CDATA and "]]>" splitting is right).
 */
class MoodleXmlStructureTest {
  private static final Set<String> SAFE_FRACTIONS = Set.of("100", "50", "33.33333", "25", "20", "0",
      "-100", "-50", "-33.33333", "-25", "-20");
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  @Test
  void everyTestBankReadsBackAsMoodleExpects() throws Exception {
    for (QuestionBank bank : RoundTripTest.banks()) check(bank);
  }

  static List<QuestionBank> seedBanks() {
    return Banks.shipped();
  }

  @Test
  void theSeedBanksReadBackAsMoodleExpects() throws Exception {
    for (QuestionBank bank : seedBanks()) check(bank);
  }

  private void check(QuestionBank bank) throws Exception {
    var export = new MoodleXmlWriter().write(bank, bank.questions());
    assertThat(Banks.text(export)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(export.bytes()));
    assertThat(str(doc, "name(/*)")).isEqualTo("quiz");
    assertThat(num(doc, "count(/quiz/question)")).isEqualTo(export.written() + 1);
    assertThat(str(doc, "/quiz/question[1]/@type")).isEqualTo("category");
    assertThat(str(doc, "/quiz/question[1]/category/text")).startsWith("$course$/top/");
    assertThat(num(doc, "count(/quiz/question[@type='category'])")).isEqualTo(1);

    var skipped = export.skipped().stream().map(BankWriter.Skipped::questionId).toList();
    var written = new ArrayList<Question>();
    for (Question q : bank.questions()) if (!skipped.contains(q.id())) written.add(q);
    NodeList questions = (NodeList) xpath.evaluate("/quiz/question[@type!='category']", doc, XPathConstants.NODESET);
    for (int i = 0; i < questions.getLength(); i++) checkQuestion(questions.item(i), written.get(i));
  }

  private void checkQuestion(Node n, Question q) throws Exception {
    String at = q.id() + ": ";
    assertThat(str(n, "name/text")).as(at + "name").isEqualTo(q.id());
    assertThat(str(n, "questiontext/@format")).as(at + "format").isEqualTo("plain_text");
    assertThat(str(n, "questiontext/text")).as(at + "question text").isEqualTo(q.prompt().strip());
    assertThat(str(n, "generalfeedback/text")).as(at + "source").isEqualTo(q.source().text().strip());
    for (String e : List.of("defaultgrade", "penalty", "hidden")) assertThat(num(n, "count(" + e + ")")).as(at + e).isEqualTo(1);
    assertThat(str(n, "tags/tag/text")).as(at + "kind tag").isEqualTo(q.kind().strip());
    for (String f : strings(n, "answer/@fraction")) assertThat(f).as(at + "fraction").isIn(SAFE_FRACTIONS);
    String type = str(n, "@type");
    switch (type) {
      case "multichoice" -> {
        boolean single = Boolean.parseBoolean(str(n, "single"));
        assertThat(str(n, "single")).isIn("true", "false");
        for (String e : List.of("shuffleanswers", "answernumbering", "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
          assertThat(num(n, "count(" + e + ")")).as(at + e).isEqualTo(1);
        }
        List<String> choices = strings(n, "answer/text");
        List<String> fractions = strings(n, "answer/@fraction");
        assertThat(choices).hasSizeGreaterThanOrEqualTo(2);
        double positive = fractions.stream().mapToDouble(Double::parseDouble).filter(f -> f > 0).sum();
        assertThat(positive).as(at + "right answers add up to 100%").isBetween(99.99, 100.0001);
        if (single) {
          var mc = (MultipleChoice) q;
          assertThat(choices).isEqualTo(mc.choices().stream().map(String::strip).toList());
          assertThat(fractions.stream().filter("100"::equals).count()).isEqualTo(1);
          assertThat(choices.get(fractions.indexOf("100"))).isEqualTo(mc.answer().strip());
        } else {
          var ms = (MultiSelect) q;
          for (int i = 0; i < choices.size(); i++) {
            assertThat(Double.parseDouble(fractions.get(i)) > 0).as(at + choices.get(i)).isEqualTo(ms.isCorrect(ms.choices().get(i)));
          }
        }
      }
      case "truefalse" -> {
        assertThat(strings(n, "answer/text")).containsExactly("true", "false");
        boolean answer = ((TrueFalse) q).answer();
        assertThat(strings(n, "answer/@fraction")).containsExactly(answer ? "100" : "0", answer ? "0" : "100");
      }
      case "shortanswer" -> {
        assertThat(str(n, "usecase")).isIn("0", "1");
        var sa = (ShortAnswer) q;
        var forms = new ArrayList<String>();
        forms.add(sa.answer().strip());
        sa.accept().forEach(a -> forms.add(a.strip()));
        assertThat(strings(n, "answer/text")).isEqualTo(forms);
        assertThat(strings(n, "answer/@fraction")).allMatch("100"::equals);
      }
      case "numerical" -> {
        assertThat(strings(n, "answer/text")).containsExactly(((ShortAnswer) q).answer().strip());
        assertThat(Double.parseDouble(str(n, "answer/text"))).isNotNaN();
        assertThat(str(n, "answer/tolerance")).isEqualTo("0");
      }
      case "matching" -> {
        var m = (Matching) q;
        assertThat(num(n, "count(subquestion)")).isEqualTo(m.pairs().size()).isGreaterThanOrEqualTo(2);
        assertThat(strings(n, "subquestion/text")).isEqualTo(m.lefts().stream().map(String::strip).toList());
        assertThat(strings(n, "subquestion/answer/text")).isEqualTo(m.rights().stream().map(String::strip).toList());
      }
      default -> throw new AssertionError(at + "a type Moodle's importer does not read: " + type);
    }
  }

  private String str(Object node, String expr) throws Exception {
    return xpath.evaluate(expr, node);
  }

  private int num(Object node, String expr) throws Exception {
    return ((Double) xpath.evaluate(expr, node, XPathConstants.NUMBER)).intValue();
  }

  private List<String> strings(Object node, String expr) throws Exception {
    NodeList list = (NodeList) xpath.evaluate(expr, node, XPathConstants.NODESET);
    var out = new ArrayList<String>();
    for (int i = 0; i < list.getLength(); i++) out.add(list.item(i).getTextContent());
    return out;
  }
}
