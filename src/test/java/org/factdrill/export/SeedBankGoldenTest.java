package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The banks in question-banks/ (made from seeds/) in each format, against golden files in
 * golden/seed/ reviewed by eye. When the generator changes a seed bank these fail on purpose:
 * refresh with {@code ./mvnw test -Dtest=SeedBankGoldenTest -Dfactdrill.updateGoldens=true} and
 * read the diff.
 */
class SeedBankGoldenTest {
  static final Path BANKS = Banks.PROJECT.resolve("question-banks");
  static final Path GOLDEN = Banks.GOLDEN.resolve("seed");
  private static final boolean UPDATE = Boolean.getBoolean("factdrill.updateGoldens");

  static List<QuestionBank> seedBanks() {
    return bankFiles().stream().map(Banks::load).toList();
  }

  static List<Path> bankFiles() {
    if (!Files.isDirectory(BANKS)) return List.of();
    try (Stream<Path> files = Files.list(BANKS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachSeedBankInEachFormatMatchesItsGoldenFile() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    if (UPDATE) Files.createDirectories(GOLDEN);
    for (Path file : bankFiles()) {
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      QuestionBank bank = Banks.load(file);
      for (String format : GoldenFilesTest.FORMATS) {
        Path golden = GOLDEN.resolve(name + "." + format);
        tests.add(DynamicTest.dynamicTest(name + " as " + format, () -> {
          byte[] bytes = ExportFormats.byName(format).write(bank, bank.questions()).bytes();
          if (UPDATE) Files.write(golden, bytes);
          assertThat(golden).as("golden file (make it with -Dfactdrill.updateGoldens=true, then review it)").exists();
          assertThat(new String(bytes, StandardCharsets.UTF_8)).as("%s as %s", name, format).isEqualTo(Files.readString(golden));
        }));
      }
    }
    if (Files.isDirectory(GOLDEN)) {
      var names = bankFiles().stream().map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")).toList();
      try (Stream<Path> goldens = Files.list(GOLDEN)) {
        for (Path g : goldens.toList()) {
          String file = g.getFileName().toString();
          int dot = file.lastIndexOf('.');
          tests.add(DynamicTest.dynamicTest("golden " + file + " has a seed bank", () ->
              assertThat(dot > 0 && names.contains(file.substring(0, file.indexOf('.'))) ? file : null)
                  .as("a golden file whose bank is gone from question-banks/: " + file).isNotNull()));
        }
      }
    }
    return tests.stream();
  }
}
