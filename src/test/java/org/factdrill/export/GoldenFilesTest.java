package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one golden-file harness of the exports. Every bank {@code golden/NAME.bank.json} is exported
 * in every format, and each export is compared with {@code golden/NAME/FORMAT.EXT}, reviewed by eye:
 * text formats as written, zips as their entries, the Kahoot sheet as its rows read back and the
 * Anki package as its collection, so that a diff is readable. {@code golden/NAME/skipped.txt} holds
 * what each format wrote and skipped, with the reasons. A golden file with no bank or no format, or
 * an export with no golden file, fails.
 *
 * <p>The banks are frozen copies (the seed bank as {@code ban-lavrov-and-libya.bank.json}), so a
 * change of the generator never changes these files; only a change of a writer does. To refresh
 * after a deliberate change: {@code ./mvnw test -Dtest=GoldenFilesTest -Dfactdrill.updateGoldens=true},
 * then read the diff before committing.
 */
class GoldenFilesTest {

  private static final boolean UPDATE = Boolean.getBoolean("factdrill.updateGoldens");
  private static final String BANK = ".bank.json";
  static final String SKIPPED = "skipped.txt";

  /** The golden file of a writer's output, inside its bank's folder. */
  static String goldenName(BankWriter w) {
    return w.name() + "." + w.extension() + (w.binary() ? ".txt" : "");
  }

  /** A writer's output as reviewable text. */
  static String reviewable(BankWriter w, byte[] bytes) {
    if (!w.binary()) return new String(bytes, StandardCharsets.UTF_8);
    return switch (w.extension()) {
      case "zip" -> ExportedFiles.zipListing(bytes);
      case "xlsx" -> String.join("\n", ExportedFiles.sheetRows(bytes)) + "\n";
      case "apkg" -> apkgListing(bytes);
      default -> throw new IllegalStateException("no reviewable form for ." + w.extension() + " files");
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

  /** Every golden file each bank should have, by path below golden/, with its content. */
  private static Map<String, String> expectedFiles() throws IOException {
    var expected = new TreeMap<String, String>();
    for (Path bankFile : banks()) {
      String name = bankName(bankFile);
      QuestionBank bank = Banks.load(bankFile);
      var skipped = new StringBuilder();
      for (BankWriter w : ExportFormats.all()) {
        BankWriter.Export export = w.write(bank, bank.questions());
        expected.put(name + "/" + goldenName(w), reviewable(w, export.bytes()));
        skipped.append(w.name()).append(": ").append(export.written()).append(" written, ")
            .append(export.skipped().size()).append(" skipped\n");
        for (BankWriter.Skipped s : export.skipped()) {
          skipped.append("  ").append(s.questionId()).append(": ").append(s.reason()).append('\n');
        }
      }
      expected.put(name + "/" + SKIPPED, skipped.toString());
    }
    return expected;
  }

  @TestFactory
  Stream<DynamicTest> eachBankInEachFormatMatchesItsGoldenFile() throws IOException {
    Map<String, String> expected = expectedFiles();
    if (UPDATE) rewrite(expected);
    var tests = new ArrayList<DynamicTest>();
    expected.forEach((file, content) -> tests.add(DynamicTest.dynamicTest(file, () -> {
      Path golden = Banks.GOLDEN.resolve(file);
      assertThat(golden).as("golden file (make it with -Dfactdrill.updateGoldens=true, then review it)").exists();
      assertThat(content).as("export differs from %s", golden).isEqualTo(Files.readString(golden));
    })));
    return tests.stream();
  }

  @Test
  void noGoldenFileIsUnpaired() throws IOException {
    var present = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(Banks.GOLDEN)) {
      files.filter(Files::isRegularFile).map(f -> Banks.GOLDEN.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.endsWith(BANK)).forEach(present::add);
    }
    assertThat(present).as("golden files with no bank or no format").isSubsetOf(expectedFiles().keySet());
  }

  @Test
  void exportingTwiceGivesTheSameBytes() throws IOException {
    for (Path bankFile : banks()) {
      QuestionBank bank = Banks.load(bankFile);
      for (BankWriter w : ExportFormats.all()) {
        assertThat(w.write(bank, bank.questions()).bytes()).as("%s as %s", bankName(bankFile), w.name())
            .isEqualTo(w.write(bank, bank.questions()).bytes());
      }
    }
  }

  /** Rewrites every bank's folder from scratch, so a file no format writes any more goes away. */
  private static void rewrite(Map<String, String> expected) throws IOException {
    for (Path bankFile : banks()) {
      Path folder = Banks.GOLDEN.resolve(bankName(bankFile));
      if (Files.isDirectory(folder)) {
        try (Stream<Path> s = Files.walk(folder)) {
          for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
      }
    }
    for (var e : expected.entrySet()) {
      Path p = Banks.GOLDEN.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
    }
  }

  private static String bankName(Path bankFile) {
    return bankFile.getFileName().toString().replace(BANK, "");
  }

  static List<Path> banks() throws IOException {
    try (Stream<Path> files = Files.list(Banks.GOLDEN)) {
      return files.filter(f -> f.getFileName().toString().endsWith(BANK)).sorted().toList();
    }
  }
}
