package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.api.Test;

/**
 * Golden files for the qti21, canvas, anki, kahoot, markdown and html exports of every test bank
 * (src/test/resources/export/*.bank.json) and every shipped bank (question-banks/*.json). Zips are
 * compared as their entries, the Kahoot sheet as the rows read back, so a diff is reviewable.
 * Run with -Dfactdrill.updateGoldens=true to rewrite them (a changed shipped bank needs that on
 * purpose); review every change by eye.
 */
class LmsAndPrintGoldenTest {

  static final List<BankWriter> WRITERS = List.of(
      new Qti21Writer(), new CanvasQtiWriter(), new AnkiWriter(), new AnkiPackageWriter(), new KahootWriter(),
      new MarkdownWorksheetWriter(), new HtmlWorksheetWriter());

  private static final Path GOLDEN = ExportedFiles.projectDir().resolve("src/test/resources/export/golden-b");
  /** -Dfactdrill.updateGoldens=true refreshes these and the other export goldens in one run. */
  private static final boolean UPDATE =
      Boolean.getBoolean("factdrill.updateGoldens") || "update".equals(System.getProperty("factdrill.goldens"));

  /** Golden file name for a writer's output. */
  static String goldenName(BankWriter w) {
    return switch (w.extension()) {
      case "zip" -> w.name() + ".zip.txt";
      case "xlsx" -> w.name() + ".xlsx.txt";
      case "apkg" -> w.name() + ".apkg.txt";
      default -> w.name() + "." + w.extension();
    };
  }

  /** A writer's output as reviewable text. */
  static String reviewable(BankWriter w, byte[] bytes) {
    return switch (w.extension()) {
      case "zip" -> ExportedFiles.zipListing(bytes);
      case "xlsx" -> String.join("\n", ExportedFiles.sheetRows(bytes)) + "\n";
      case "apkg" -> apkgListing(bytes);
      default -> new String(bytes, StandardCharsets.UTF_8);
    };
  }

  /** The collection inside an .apkg: note types, decks, then each note with its card. */
  static String apkgListing(byte[] apkg) {
    try {
      AnkiPackageWriterTest.Collection col = AnkiPackageWriterTest.open(apkg);
      var out = new StringBuilder("collection version ").append(col.version()).append('\n');
      col.models().forEach(m -> out.append("note type ").append(m.get("id").asText()).append(" \"")
          .append(m.get("name").asText()).append("\" fields ").append(m.get("flds").findValuesAsText("name"))
          .append(" front ").append(m.get("tmpls").get(0).get("qfmt")).append(" back ")
          .append(m.get("tmpls").get(0).get("afmt")).append('\n'));
      col.decks().forEach(d -> out.append("deck ").append(d.get("id").asText()).append(" \"").append(d.get("name").asText())
          .append("\"\n"));
      for (int i = 0; i < col.notes().size(); i++) {
        AnkiPackageWriterTest.Note n = col.notes().get(i);
        AnkiPackageWriterTest.Card c = col.cards().get(i);
        out.append("note ").append(n.id()).append(' ').append(n.guid()).append(" type ").append(n.mid())
            .append(" tags [").append(n.tags()).append("] csum ").append(n.checksum()).append('\n');
        for (String f : n.fields()) out.append("  field: ").append(f).append('\n');
        out.append("  card ").append(c.id()).append(" deck ").append(c.deckId()).append(" ord ").append(c.ord())
            .append(" due ").append(c.due()).append('\n');
      }
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the exported .apkg", e);
    }
  }

  static Map<String, Path> banks() throws IOException {
    var banks = new TreeMap<String, Path>();
    try (Stream<Path> s = Files.list(ExportedFiles.projectDir().resolve("src/test/resources/export"))) {
      s.filter(p -> p.getFileName().toString().endsWith(".bank.json"))
          .forEach(p -> banks.put(p.getFileName().toString().replace(".bank.json", ""), p));
    }
    Path shipped = ExportedFiles.projectDir().resolve("question-banks");
    if (Files.isDirectory(shipped)) {
      try (Stream<Path> s = Files.list(shipped)) {
        s.filter(p -> p.getFileName().toString().endsWith(".json"))
            .forEach(p -> banks.put("shipped-" + p.getFileName().toString().replace(".json", ""), p));
      }
    }
    return banks;
  }

  @Test
  void everyExportMatchesItsGoldenFileAndNoGoldenFileIsUnpaired() throws IOException {
    var expectedFiles = new TreeMap<String, String>(); // relative path -> content
    for (var bankEntry : banks().entrySet()) {
      QuestionBank bank = ExportedFiles.bank(bankEntry.getValue());
      var skipped = new StringBuilder();
      for (BankWriter w : WRITERS) {
        BankWriter.Export export = w.write(bank, bank.questions());
        expectedFiles.put(bankEntry.getKey() + "/" + goldenName(w), reviewable(w, export.bytes()));
        skipped.append(w.name()).append(": ").append(export.written()).append(" written, ")
            .append(export.skipped().size()).append(" skipped\n");
        for (BankWriter.Skipped s : export.skipped()) {
          skipped.append("  ").append(s.questionId()).append(": ").append(s.reason()).append('\n');
        }
      }
      expectedFiles.put(bankEntry.getKey() + "/counts.txt", skipped.toString());
    }

    if (UPDATE) {
      if (Files.isDirectory(GOLDEN)) {
        try (Stream<Path> s = Files.walk(GOLDEN)) {
          for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
      }
      for (var e : expectedFiles.entrySet()) {
        Path p = GOLDEN.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
    }

    var actualFiles = new ArrayList<String>();
    try (Stream<Path> s = Files.walk(GOLDEN)) {
      s.filter(Files::isRegularFile).forEach(p -> actualFiles.add(GOLDEN.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(actualFiles).as("golden files without an export (or exports without a golden file)")
        .containsExactlyInAnyOrderElementsOf(expectedFiles.keySet());
    for (var e : expectedFiles.entrySet()) {
      assertThat(e.getValue()).as("golden file " + e.getKey() + " (rerun with -Dfactdrill.updateGoldens=true, then review)")
          .isEqualTo(Files.readString(GOLDEN.resolve(e.getKey())));
    }
  }

  @Test
  void exportingTwiceGivesTheSameBytes() {
    QuestionBank bank = ExportedFiles.sampleBank();
    for (BankWriter w : WRITERS) {
      assertThat(w.write(bank, bank.questions()).bytes()).as(w.name()).isEqualTo(w.write(bank, bank.questions()).bytes());
    }
  }
}
