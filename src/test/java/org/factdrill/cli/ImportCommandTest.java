package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdrill.bank.BankCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final String SAMPLE = CliRun.GOLDEN.resolve("sample.bank.json").toString();

  @TempDir Path dir;

  @Test
  void exportImportExportThroughTheCommandLineGivesTheSameFile() throws Exception {
    for (String format : new String[] {"gift", "csv", "json"}) {
      Path first = dir.resolve("first." + format);
      Path bank = dir.resolve("back-" + format + ".json");
      Path second = dir.resolve("second." + format);
      assertThat(CliRun.of("export", SAMPLE, "--format", format, "-o", first.toString()).code()).isZero();
      CliRun imported = CliRun.of("import", first.toString(), "-o", bank.toString());
      assertThat(imported.code()).as(imported.err()).isZero();
      assertThat(imported.err()).contains("(" + format + ") into " + bank);
      BankCodec.read(Files.readString(bank), bank.toString());
      assertThat(CliRun.of("export", bank.toString(), "--format", format, "-o", second.toString()).code()).isZero();
      assertThat(Files.readString(second)).as(format).isEqualTo(Files.readString(first));
    }
  }

  @Test
  void aTxtFileIsAikenWhenItHasAnswerLinesElseGift() throws Exception {
    Path aiken = Files.writeString(dir.resolve("a.txt"), "Capital of France?\nA) Paris\nB) Rome\nANSWER: A\n");
    CliRun r = CliRun.of("import", aiken.toString(), "-o", dir.resolve("a.json").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("read 1 question (aiken)");
    Path gift = Files.writeString(dir.resolve("g.txt"), "Capital of France?{=Paris ~Rome}\n");
    assertThat(CliRun.of("import", gift.toString(), "-o", dir.resolve("g.json").toString()).err()).contains("(gift)");
  }

  @Test
  void aMalformedFileFailsWithItsLineAndWritesNothing() throws Exception {
    Path gift = Files.writeString(dir.resolve("bad.gift"), "Fine?{T}\n\nBroken {=a\n");
    Path out = dir.resolve("bad.json");
    CliRun r = CliRun.of("import", gift.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).isEqualTo("factdrill: " + gift + ": line 3: a \"{\" without its \"}\" (or the other way round); escape a literal brace as \\{ or \\}\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownExtensionAsksForTheFormat() throws Exception {
    Path doc = Files.writeString(dir.resolve("quiz.docx"), "x");
    CliRun r = CliRun.of("import", doc.toString(), "-o", dir.resolve("q.json").toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("factdrill: cannot tell the format of quiz.docx from its name; give --format json|gift|csv|aiken\n");
    assertThat(CliRun.of("import", doc.toString(), "--format", "qti", "-o", dir.resolve("q.json").toString()).err())
        .isEqualTo("factdrill: unknown import format \"qti\"; known: json, gift, csv, aiken\n");
  }

  @Test
  void aFileWithNothingToHoldOrNotUtf8Fails() throws Exception {
    Path essays = Files.writeString(dir.resolve("essay.gift"), "Write about it.{}\n");
    CliRun r = CliRun.of("import", essays.toString(), "-o", dir.resolve("e.json").toString());
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("warning: " + essays + ": line 1: left out an essay question")
        .contains("no question factdrill can hold; nothing written");
    Path latin1 = Files.write(dir.resolve("l.gift"), "Caf\u00e9?{T}".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(CliRun.of("import", latin1.toString(), "-o", dir.resolve("l.json").toString()).err()).contains("not UTF-8 text");
  }

  @Test
  void theOutputIsRequired() {
    CliRun r = CliRun.of("import", SAMPLE);
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("-o");
  }

  @Test
  void brokenJsonNamesItsLineAndAFaultyBankItsJsonPath() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": ,\n}");
    CliRun r = CliRun.of("import", broken.toString(), "-o", dir.resolve("out.json").toString());
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).startsWith("factdrill: " + broken + ": line 2, column").doesNotContain("Exception");
    String sample = Files.readString(CliRun.GOLDEN.resolve("sample.bank.json")).replace("\"kind\" : \"date\"", "\"kind\" : \"\"");
    Path faulty = Files.writeString(dir.resolve("faulty.json"), sample);
    assertThat(CliRun.of("import", faulty.toString(), "-o", dir.resolve("out.json").toString()).err())
        .startsWith("factdrill: " + faulty + ": line ").contains(": at $.questions[0]").contains("kind").doesNotContain("Exception");
  }
}
