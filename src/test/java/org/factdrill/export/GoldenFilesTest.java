package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bank {@code NAME.bank.json} in the golden folder is paired with {@code NAME.FORMAT}, the
 * export in each format below, reviewed by eye. A file with no pair fails the build. To refresh
 * after a deliberate change: {@code ./mvnw test -Dtest=GoldenFilesTest -Dfactdrill.updateGoldens=true},
 * then read the diff before committing.
 */
class GoldenFilesTest {
  /** The formats with golden files here; a writer joins by adding its name. */
  static final List<String> FORMATS = List.of("json", "gift", "moodle-xml", "aiken", "blackboard", "csv");

  private static final boolean UPDATE = Boolean.getBoolean("factdrill.updateGoldens");
  private static final String BANK = ".bank.json";

  @TestFactory
  Stream<DynamicTest> eachBankInEachFormatMatchesItsGoldenFile() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    for (Path bankFile : banks()) {
      String name = bankFile.getFileName().toString().replace(BANK, "");
      QuestionBank bank = Banks.load(bankFile);
      for (String format : FORMATS) {
        Path golden = Banks.GOLDEN.resolve(name + "." + format);
        tests.add(DynamicTest.dynamicTest(name + " as " + format, () -> {
          BankWriter writer = ExportFormats.byName(format);
          byte[] bytes = writer.write(bank, bank.questions()).bytes();
          if (UPDATE) Files.write(golden, bytes);
          assertThat(golden).as("golden file (make it with -Dfactdrill.updateGoldens=true, then review it)").exists();
          assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
              .as("%s as %s differs from %s", name, format, golden)
              .isEqualTo(Files.readString(golden));
          assertThat(writer.write(bank, bank.questions()).bytes()).as("a second run changes nothing").isEqualTo(bytes);
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void noGoldenFileIsUnpaired() throws IOException {
    var banks = banks().stream().map(p -> p.getFileName().toString().replace(BANK, "")).toList();
    var unpaired = new ArrayList<String>();
    try (Stream<Path> files = Files.list(Banks.GOLDEN)) {
      for (Path f : files.toList()) {
        String file = f.getFileName().toString();
        if (file.endsWith(BANK) || Files.isDirectory(f)) continue; // seed/ holds SeedBankGoldenTest's own goldens
        int dot = file.indexOf('.');
        boolean paired = dot > 0 && banks.contains(file.substring(0, dot)) && ExportFormats.names().contains(file.substring(dot + 1));
        if (!paired) unpaired.add(file);
      }
    }
    assertThat(unpaired).as("golden files with no bank or no format").isEmpty();
  }

  private static List<Path> banks() throws IOException {
    try (Stream<Path> files = Files.list(Banks.GOLDEN)) {
      return files.filter(f -> f.getFileName().toString().endsWith(BANK)).sorted().toList();
    }
  }
}
