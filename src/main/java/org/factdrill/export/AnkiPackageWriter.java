package org.factdrill.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.jsoup.Jsoup;
import org.sqlite.SQLiteConnection;

/**
 * An Anki deck package (.apkg) in the legacy layout every Anki since 2.1 imports: a zip holding
 * {@code collection.anki2} (an SQLite collection, schema 11) and an empty {@code media} map.
 * The notes are the same as the text export's ({@link AnkiWriter#note}): Basic notes with the
 * question and choices on the front, the answer and source on the back, and Cloze notes for gap
 * questions. They use two note types of their own ("factdrill Basic", "factdrill Cloze") so that an
 * import never clashes with a user's edited Basic or Cloze type, and a deck named like the text
 * export's.
 *
 * <p>The collection is built in an in-memory database and serialised, so nothing touches the
 * file system. Every id and time in it is fixed (derived from the bank and the question's place),
 * so the same bank gives the same bytes. Because the notes' modification time is fixed, Anki does
 * not overwrite a note already imported from an older export; the text export (with its GUID
 * column) is the one to use for updating notes.
 */
public final class AnkiPackageWriter implements BankWriter {

  /** A fixed moment (2024-01-01T00:00:00Z) standing for "created" and "modified": no clock. */
  private static final long EPOCH_SECONDS = 1_704_067_200L;
  private static final long EPOCH_MILLIS = EPOCH_SECONDS * 1000;
  static final long BASIC_MODEL_ID = 1_704_067_200_001L;
  static final long CLOZE_MODEL_ID = 1_704_067_200_002L;
  static final String BASIC_MODEL = "factdrill Basic";
  static final String CLOZE_MODEL = "factdrill Cloze";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CSS = """
      .card { font-family: Arial, "Noto Sans", sans-serif; font-size: 20px; text-align: left;
              color: black; background-color: white; max-width: 40em; margin: 0 auto; }
      .cloze { font-weight: bold; color: blue; }
      .nightMode .cloze { color: lightblue; }
      """;

  @Override
  public String name() {
    return "anki-apkg";
  }

  @Override
  public String extension() {
    return "apkg";
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var skipped = new ArrayList<Skipped>();
    var seen = new HashSet<String>();
    var notes = new ArrayList<Question>();
    for (Question q : questions) {
      if (seen.add(q.id())) notes.add(q);
      else skipped.add(new Skipped(q.id(), "the id appears twice; Anki would merge the two notes"));
    }
    byte[] collection;
    try {
      collection = collection(bank, notes);
    } catch (SQLException e) {
      throw new IllegalStateException("building the Anki collection in memory failed: " + e.getMessage(), e);
    }
    byte[] zip = new StableZip().add("collection.anki2", collection).add("media", "{}").bytes();
    return new Export(zip, notes.size(), skipped);
  }

  /** A deck id from the bank id, stable across exports and in the range of Anki's own ids. */
  static long deckId(QuestionBank bank) {
    return EPOCH_MILLIS + 1_000 + (bank.id().hashCode() & 0x0FFF_FFFFL);
  }

  private static byte[] collection(QuestionBank bank, List<Question> questions) throws SQLException {
    long deckId = deckId(bank);
    String deckName = AnkiWriter.AnkiText.deckName(bank.title().isBlank() ? bank.id() : bank.title());
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        for (String ddl : SCHEMA.split(";")) if (!ddl.isBlank()) s.execute(ddl);
      }
      try (PreparedStatement col = db.prepareStatement("INSERT INTO col VALUES (1,?,?,?,11,0,0,0,?,?,?,?,'{}')")) {
        col.setLong(1, EPOCH_SECONDS);
        col.setLong(2, EPOCH_MILLIS);
        col.setLong(3, EPOCH_MILLIS);
        col.setString(4, conf(deckId));
        col.setString(5, models(deckId));
        col.setString(6, decks(deckId, deckName, bank));
        col.setString(7, deckConfig());
        col.executeUpdate();
      }
      try (PreparedStatement note = db.prepareStatement("INSERT INTO notes VALUES (?,?,?,?,-1,?,?,?,?,0,'')");
          PreparedStatement card = db.prepareStatement(
              "INSERT INTO cards VALUES (?,?,?,0,?,-1,0,0,?,0,0,0,0,0,0,0,0,'')")) {
        for (int i = 0; i < questions.size(); i++) {
          Question q = questions.get(i);
          AnkiWriter.Note n = AnkiWriter.note(q);
          long id = EPOCH_MILLIS + 1_000_000 + i; // note and card ids: unique, ordered like the bank
          String firstField = plain(n.first());
          note.setLong(1, id);
          note.setString(2, "factdrill-" + q.id());
          note.setLong(3, n.type().equals("Cloze") ? CLOZE_MODEL_ID : BASIC_MODEL_ID);
          note.setLong(4, EPOCH_SECONDS);
          note.setString(5, " " + String.join(" ", AnkiWriter.tags(bank, q)) + " ");
          note.setString(6, n.first() + "\u001f" + n.second());
          note.setString(7, firstField);
          note.setLong(8, checksum(firstField));
          note.addBatch();
          card.setLong(1, id);
          card.setLong(2, id);
          card.setLong(3, deckId);
          card.setLong(4, EPOCH_SECONDS);
          card.setLong(5, i + 1); // a new card's due is its position in the new-card queue
          card.addBatch();
        }
        note.executeBatch();
        card.executeBatch();
      }
      db.commit();
      return db.unwrap(SQLiteConnection.class).serialize("main");
    }
  }

  /** A field's text without markup, as Anki keeps it for sorting and duplicate checks. */
  static String plain(String html) {
    return Jsoup.parseBodyFragment(html).text();
  }

  /** Anki's note checksum: the first 8 hex digits of the SHA-1 of the plain first field. */
  static long checksum(String plainFirstField) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-1").digest(plainFirstField.getBytes(StandardCharsets.UTF_8));
      return Long.parseLong(HexFormat.of().formatHex(sha, 0, 4), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }

  // ---------------------------------------------------------------- the collection's JSON columns

  private static String conf(long deckId) {
    ObjectNode c = JSON.createObjectNode();
    c.putArray("activeDecks").add(deckId);
    c.put("addToCur", true).put("collapseTime", 1200).put("curDeck", deckId).put("curModel", Long.toString(BASIC_MODEL_ID))
        .put("dueCounts", true).put("estTimes", true).put("newBury", true).put("newSpread", 0).put("nextPos", 1)
        .put("sortBackwards", false).put("sortType", "noteFld").put("timeLim", 0);
    return c.toString();
  }

  private static String models(long deckId) {
    ObjectNode models = JSON.createObjectNode();
    models.set(Long.toString(BASIC_MODEL_ID), model(BASIC_MODEL_ID, BASIC_MODEL, 0, deckId, List.of("Front", "Back"),
        "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"));
    models.set(Long.toString(CLOZE_MODEL_ID), model(CLOZE_MODEL_ID, CLOZE_MODEL, 1, deckId, List.of("Text", "Back Extra"),
        "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"));
    return models.toString();
  }

  private static ObjectNode model(long id, String name, int type, long deckId, List<String> fields, String qfmt, String afmt) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", Long.toString(id)).put("name", name).put("type", type).put("mod", EPOCH_SECONDS).put("usn", -1)
        .put("sortf", 0).put("did", deckId).put("css", CSS)
        .put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n"
            + "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n")
        .put("latexPost", "\\end{document}");
    ArrayNode flds = m.putArray("flds");
    for (int i = 0; i < fields.size(); i++) {
      flds.addObject().put("name", fields.get(i)).put("ord", i).put("sticky", false).put("rtl", false)
          .put("font", "Arial").put("size", 20).putArray("media");
    }
    ArrayNode tmpls = m.putArray("tmpls");
    tmpls.addObject().put("name", type == 1 ? "Cloze" : "Card 1").put("ord", 0).put("qfmt", qfmt).put("afmt", afmt)
        .put("bqfmt", "").put("bafmt", "").putNull("did");
    ArrayNode req = m.putArray("req").addArray();
    req.add(0).add("any").addArray().add(0);
    m.putArray("tags");
    m.putArray("vers");
    return m;
  }

  private static String decks(long deckId, String deckName, QuestionBank bank) {
    ObjectNode decks = JSON.createObjectNode();
    decks.set("1", deck(1, "Default", "", 1));
    decks.set(Long.toString(deckId), deck(deckId, deckName, "Questions generated by factdrill from "
        + AnkiWriter.AnkiText.html(bank.article().path()), 1));
    return decks.toString();
  }

  private static ObjectNode deck(long id, String name, String description, int conf) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id).put("name", name).put("desc", description).put("conf", conf).put("dyn", 0).put("collapsed", false)
        .put("extendNew", 10).put("extendRev", 50).put("mod", EPOCH_SECONDS).put("usn", -1);
    for (String day : List.of("newToday", "revToday", "lrnToday", "timeToday")) d.putArray(day).add(0).add(0);
    return d;
  }

  /** Anki's default deck options (deck config 1). */
  private static String deckConfig() {
    ObjectNode c = JSON.createObjectNode();
    ObjectNode d = c.putObject("1");
    d.put("id", 1).put("name", "Default").put("mod", 0).put("usn", 0).put("maxTaken", 60).put("autoplay", true)
        .put("timer", 0).put("replayq", true).put("dyn", false);
    ObjectNode fresh = d.putObject("new");
    fresh.putArray("delays").add(1).add(10);
    fresh.putArray("ints").add(1).add(4).add(7);
    fresh.put("initialFactor", 2500).put("order", 1).put("perDay", 20).put("bury", false).put("separate", true);
    ObjectNode lapse = d.putObject("lapse");
    lapse.putArray("delays").add(10);
    lapse.put("mult", 0).put("minInt", 1).put("leechFails", 8).put("leechAction", 1);
    ObjectNode rev = d.putObject("rev");
    rev.put("perDay", 200).put("ease4", 1.3).put("fuzz", 0.05).put("minSpace", 1).put("ivlFct", 1).put("maxIvl", 36500)
        .put("bury", false);
    return c.toString();
  }

  /** The schema-11 tables and indexes of an Anki collection. */
  private static final String SCHEMA = """
      CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
        ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
        models text not null, decks text not null, dconf text not null, tags text not null);
      CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
        usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
        flags integer not null, data text not null);
      CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
        mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
        ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
        left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
      CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
        ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
        type integer not null);
      CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
      CREATE INDEX ix_notes_usn on notes (usn);
      CREATE INDEX ix_cards_usn on cards (usn);
      CREATE INDEX ix_revlog_usn on revlog (usn);
      CREATE INDEX ix_cards_nid on cards (nid);
      CREATE INDEX ix_cards_sched on cards (did, queue, due);
      CREATE INDEX ix_revlog_cid on revlog (cid);
      CREATE INDEX ix_notes_csum on notes (csum);
      """;
}
