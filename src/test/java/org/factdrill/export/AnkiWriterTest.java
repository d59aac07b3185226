package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The Anki text file checked against the rules of Anki's text import (FORMATS.md, Anki manual). */
class AnkiWriterTest {

  private static final Pattern CLOZE = Pattern.compile("\\{\\{c1::(.*?)}}");

  /** Anki's reading of the file: tab-separated, double-quoted fields, '#' lines are headers or comments. */
  static List<CSVRecord> rows(String text) throws IOException {
    var format = CSVFormat.Builder.create().setDelimiter('\t').setQuote('"').setCommentMarker('#').get();
    return format.parse(new StringReader(text)).getRecords();
  }

  /** The text Anki shows for an HTML field (jsoup reads {@code <br>} as a line break). */
  static String shown(String html) {
    return Jsoup.parseBodyFragment(html).body().wholeText();
  }

  private static String text(QuestionBank bank) throws CharacterCodingException {
    byte[] bytes = new AnkiWriter().write(bank, bank.questions()).bytes();
    // Anki reads UTF-8 only: the file must decode strictly.
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Test
  void theHeadersComeFirstAndSayTabHtmlNoteTypeDeckTagsAndGuidColumns() throws Exception {
    List<String> lines = text(ExportedFiles.sampleBank()).lines().toList();
    assertThat(lines.subList(0, 6)).containsExactly("#separator:tab", "#html:true", "#notetype column:1",
        "#deck:factdrill::Medvedev, Ban Ki-moon and Resolution 1973", "#tags column:4", "#guid column:5");
    assertThat(lines.subList(6, lines.size())).noneMatch(l -> l.startsWith("#"));
  }

  @Test
  void everyRowHasTheSameFiveFieldsAndClozeQuestionsBecomeClozeNotes() throws Exception {
    QuestionBank bank = ExportedFiles.sampleBank();
    List<CSVRecord> rows = rows(text(bank));
    assertThat(rows).hasSize(bank.questions().size());
    var firstFields = new HashSet<String>();
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      Question q = bank.questions().get(i);
      assertThat(row.size()).as("fields of row " + i).isEqualTo(5);
      assertThat(row.get(0)).isEqualTo(q.isCloze() ? "Cloze" : "Basic");
      assertThat(firstFields.add(row.get(1))).as("Anki finds duplicates by the first field").isTrue();
      assertThat(shown(row.get(2))).contains(q.source().text());
      assertThat(row.get(3).split(" ")).containsExactly("factdrill", "sample-b-libya", q.type().wireName(), q.kind());
      assertThat(row.get(4)).isEqualTo("factdrill-" + q.id());
    }
    CSVRecord mc = rows.get(0);
    assertThat(shown(mc.get(1))).isEqualTo("On what date did the UN Security Council adopt Resolution 1973?"
        + "A. March 19\nB. March 17\nC. March 31\nD. April 1");
    assertThat(shown(mc.get(2))).startsWith("B. March 17");

    CSVRecord cloze = rows.get(4);
    assertThat(cloze.get(1)).isEqualTo("On March 17, the UN Security Council adopted Resolution {{c1::1973}}, imposing a no-fly zone on Libya.");

    CSVRecord shortAnswer = rows.get(3);
    assertThat(shown(shortAnswer.get(2))).contains("also: CSTO, Collective Security Treaty Organization");
  }

  @Test
  void hostileTextCannotBreakTheClozeOrTheFields() throws Exception {
    QuestionBank bank = HostileBank.bank();
    List<CSVRecord> rows = rows(text(bank));
    assertThat(rows).hasSize(bank.questions().size()).allSatisfy(r -> assertThat(r.size()).isEqualTo(5));

    for (Question q : List.of(HostileBank.CLOZE_CHOICE, HostileBank.CLOZE)) {
      String field = rows.get(bank.questions().indexOf(q)).get(1);
      assertThat(field.split("\\{\\{", -1)).as("one deletion opening in " + field).hasSize(2);
      assertThat(field.split("}}", -1)).as("one deletion closing in " + field).hasSize(2);
      assertThat(field.split("::", -1)).as("no hint marker in " + field).hasSize(2);
      Matcher m = CLOZE.matcher(field);
      assertThat(m.find()).isTrue();
      assertThat(shown(m.group(1))).isEqualTo(q.answerText());
      String prompt = q.prompt().replace(Question.GAP, "[...]");
      assertThat(shown(m.replaceFirst("[...]"))).isEqualTo(prompt);
    }

    CSVRecord mc = rows.get(bank.questions().indexOf(HostileBank.CHOICE));
    assertThat(shown(mc.get(1))).startsWith(HostileBank.CHOICE.prompt());
    assertThat(Jsoup.parseBodyFragment(mc.get(1)).select("b")).as("markup in the text stays text").isEmpty();
    for (String choice : HostileBank.CHOICE.choices()) assertThat(shown(mc.get(1))).contains(choice);

    CSVRecord sa = rows.get(bank.questions().indexOf(HostileBank.SHORT));
    assertThat(shown(sa.get(1))).isEqualTo(HostileBank.SHORT.prompt());
    assertThat(shown(sa.get(2))).contains(HostileBank.SOURCE.text());
    assertThat(rows.get(0).get(3).split(" ")).hasSize(4);
  }

  @Test
  void aGapCardKeepsTheOtherAcceptedFormsOnItsBack() throws Exception {
    var cloze = new org.factdrill.questions.ShortAnswer("q-0000c1a5",
        "Ban met Medvedev at " + Question.GAP + ", his residence outside Moscow.", "Gorki",
        List.of("Gorki residence", "the Gorki retreat"), "place",
        new org.factdrill.questions.Source(2, "Ban met Medvedev at Gorki, his residence outside Moscow."));
    var bank = new QuestionBank("gap-test", "Gap test", new QuestionBank.ArticleRef("", "", List.of()), List.of(cloze));
    CSVRecord row = rows(text(bank)).get(0);
    assertThat(row.get(0)).isEqualTo("Cloze");
    Matcher deletion = CLOZE.matcher(row.get(1));
    assertThat(deletion.find()).isTrue();
    assertThat(deletion.group(1)).isEqualTo("Gorki");
    assertThat(shown(row.get(2))).contains("also: Gorki residence, the Gorki retreat").contains(cloze.source().text());
  }

  @Test
  void tagsAndTheDeckNameHoldNoSeparators() {
    assertThat(AnkiWriter.AnkiText.tag("place name  here")).isEqualTo("place_name_here");
    assertThat(AnkiWriter.AnkiText.tag("a::b")).isEqualTo("a_b");
    assertThat(AnkiWriter.AnkiText.deckName("Libya::UN\nvote")).isEqualTo("factdrill::Libya:UN vote");
    assertThat(AnkiWriter.AnkiText.field("say \"hi\"\tthere")).isEqualTo("\"say \"\"hi\"\"\tthere\"");
    assertThat(AnkiWriter.AnkiText.field("plain")).isEqualTo("plain");
  }

  @Test
  void aRepeatedIdIsSkipped() {
    QuestionBank bank = ExportedFiles.sampleBank();
    var twice = new ArrayList<>(bank.questions());
    twice.add(bank.questions().get(1));
    BankWriter.Export export = new AnkiWriter().write(bank, twice);
    assertThat(export.written()).isEqualTo(bank.questions().size());
    assertThat(export.skipped()).extracting(BankWriter.Skipped::questionId).containsExactly("q-0b5e1a02");
  }

  @Test
  void aGapWithChoicesAndItsTypedTwinMakeOneNote() throws Exception {
    // both are the cloze "{{c1::Kenya}} published a draft ...": Anki would take the second as a duplicate
    String prompt = Question.GAP + " published a draft of the Nile agreement on March 9.";
    var source = new org.factdrill.questions.Source(3, "Kenya published a draft of the Nile agreement on March 9.");
    var withChoices = new org.factdrill.questions.MultipleChoice("q-0000d001", prompt, "Kenya",
        List.of("Kenya", "Uganda", "Egypt", "Ethiopia"), List.of(), "country", source);
    var typed = new org.factdrill.questions.ShortAnswer("q-0000d002", prompt, "Kenya", List.of(), "country", source);
    var bank = new QuestionBank("twins", "Twins", new QuestionBank.ArticleRef("", "", List.of()), List.of(withChoices, typed));
    BankWriter.Export export = new AnkiWriter().write(bank, bank.questions());
    assertThat(export.written()).isEqualTo(1);
    assertThat(export.skipped()).singleElement().satisfies(k -> {
      assertThat(k.questionId()).isEqualTo("q-0000d002");
      assertThat(k.reason()).contains("q-0000d001");
    });
    assertThat(rows(new String(export.bytes(), java.nio.charset.StandardCharsets.UTF_8))).hasSize(1);
  }
}

