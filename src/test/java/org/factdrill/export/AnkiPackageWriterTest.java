package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;

/** The .apkg opened the way Anki opens it: the zip, then the SQLite collection inside. */
class AnkiPackageWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Note(long id, String guid, long mid, String tags, List<String> fields, String sortField, long checksum) {}

  record Card(long id, long noteId, long deckId, int ord, int type, int queue, long due) {}

  record Collection(int version, JsonNode models, JsonNode decks, JsonNode deckConfig, List<Note> notes, List<Card> cards) {}

  static Collection open(byte[] apkg) throws Exception {
    Map<String, byte[]> entries = StableZip.entries(apkg);
    assertThat(entries.keySet()).containsExactly("collection.anki2", "media");
    assertThat(new String(entries.get("media"), StandardCharsets.UTF_8)).isEqualTo("{}");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      db.unwrap(SQLiteConnection.class).deserialize("main", entries.get("collection.anki2"));
      try (var s = db.createStatement()) {
        ResultSet col = s.executeQuery("SELECT ver, models, decks, dconf FROM col");
        assertThat(col.next()).isTrue();
        int ver = col.getInt(1);
        JsonNode models = JSON.readTree(col.getString(2));
        JsonNode decks = JSON.readTree(col.getString(3));
        JsonNode dconf = JSON.readTree(col.getString(4));
        assertThat(col.next()).as("one collection row").isFalse();
        var notes = new ArrayList<Note>();
        ResultSet n = s.executeQuery("SELECT id, guid, mid, tags, flds, sfld, csum FROM notes ORDER BY id");
        while (n.next()) {
          notes.add(new Note(n.getLong(1), n.getString(2), n.getLong(3), n.getString(4),
              List.of(n.getString(5).split("\u001f", -1)), n.getString(6), n.getLong(7)));
        }
        var cards = new ArrayList<Card>();
        ResultSet c = s.executeQuery("SELECT id, nid, did, ord, type, queue, due FROM cards ORDER BY id");
        while (c.next()) {
          cards.add(new Card(c.getLong(1), c.getLong(2), c.getLong(3), c.getInt(4), c.getInt(5), c.getInt(6), c.getLong(7)));
        }
        ResultSet check = s.executeQuery("PRAGMA integrity_check");
        check.next();
        assertThat(check.getString(1)).isEqualTo("ok");
        return new Collection(ver, models, decks, dconf, notes, cards);
      }
    }
  }

  @Test
  void theCollectionHoldsOneNoteAndOneNewCardPerQuestion() throws Exception {
    QuestionBank bank = ExportedFiles.sampleBank();
    BankWriter.Export export = new AnkiPackageWriter().write(bank, bank.questions());
    Collection col = open(export.bytes());
    assertThat(col.version()).isEqualTo(11);

    JsonNode basic = col.models().get(Long.toString(AnkiPackageWriter.BASIC_MODEL_ID));
    JsonNode cloze = col.models().get(Long.toString(AnkiPackageWriter.CLOZE_MODEL_ID));
    assertThat(basic.get("name").asText()).isEqualTo("factdrill Basic");
    assertThat(basic.get("type").asInt()).isEqualTo(0);
    assertThat(basic.get("flds").findValuesAsText("name")).containsExactly("Front", "Back");
    assertThat(basic.get("tmpls").get(0).get("qfmt").asText()).isEqualTo("{{Front}}");
    assertThat(cloze.get("type").asInt()).isEqualTo(1);
    assertThat(cloze.get("flds").findValuesAsText("name")).containsExactly("Text", "Back Extra");
    assertThat(cloze.get("tmpls").get(0).get("qfmt").asText()).isEqualTo("{{cloze:Text}}");

    long deckId = AnkiPackageWriter.deckId(bank);
    assertThat(col.decks().get(Long.toString(deckId)).get("name").asText())
        .isEqualTo("factdrill::Medvedev, Ban Ki-moon and Resolution 1973");
    assertThat(col.deckConfig().has("1")).isTrue();

    assertThat(col.notes()).hasSize(bank.questions().size());
    assertThat(col.cards()).hasSize(bank.questions().size());
    var guids = new HashSet<String>();
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      Note note = col.notes().get(i);
      AnkiWriter.Note expected = AnkiWriter.note(q);
      assertThat(note.guid()).isEqualTo("factdrill-" + q.id());
      assertThat(guids.add(note.guid())).isTrue();
      assertThat(note.mid()).isEqualTo(q.isCloze() ? AnkiPackageWriter.CLOZE_MODEL_ID : AnkiPackageWriter.BASIC_MODEL_ID);
      assertThat(note.fields()).as("the same fields as the text export").containsExactly(expected.first(), expected.second());
      assertThat(note.tags()).isEqualTo(" factdrill sample-b-libya " + q.type().wireName() + " " + q.kind() + " ");
      assertThat(note.sortField()).doesNotContain("<div>");
      assertThat(note.checksum()).isEqualTo(AnkiPackageWriter.checksum(note.sortField()));
      Card card = col.cards().get(i);
      assertThat(card.noteId()).isEqualTo(note.id());
      assertThat(card.deckId()).isEqualTo(deckId);
      assertThat(card.ord()).isZero();
      assertThat(card.type()).as("new").isZero();
      assertThat(card.queue()).as("in the new queue").isZero();
      assertThat(card.due()).isEqualTo(i + 1);
    }
    assertThat(col.notes().get(1).fields().get(0)).isEqualTo("On March 31 the Libya command was transferred to {{c1::NATO}}.");
  }

  @Test
  void theChecksumIsTheFirstEightHexDigitsOfSha1() {
    // SHA-1("abc") = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d
    assertThat(AnkiPackageWriter.checksum("abc")).isEqualTo(0xa9993e36L);
  }

  @Test
  void hostileTextIsStoredAsTheTextExportWritesIt() throws Exception {
    QuestionBank bank = HostileBank.bank();
    Collection col = open(new AnkiPackageWriter().write(bank, bank.questions()).bytes());
    assertThat(col.notes()).hasSize(bank.questions().size());
    for (int i = 0; i < bank.questions().size(); i++) {
      AnkiWriter.Note expected = AnkiWriter.note(bank.questions().get(i));
      assertThat(col.notes().get(i).fields()).containsExactly(expected.first(), expected.second());
    }
    assertThat(col.decks().toString()).contains(HostileBank.ARABIC);
  }
}
