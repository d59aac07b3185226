package org.factdrill.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.BankFormatException;
import org.factdrill.bank.QuestionBank;

/** The test banks: a sample holding every question type, and one full of hostile text. */
final class Banks {
  static final Path PROJECT = Path.of(System.getProperty("factdrill.projectDir", "."));
  static final Path GOLDEN = PROJECT.resolve("src/test/resources/org/factdrill/export/golden");

  private Banks() {}

  static QuestionBank sample() {
    return load(GOLDEN.resolve("sample.bank.json"));
  }

  static QuestionBank hostile() {
    return load(GOLDEN.resolve("hostile.bank.json"));
  }

  /**
   * The banks in question-banks/, as the generator makes them today: for checks of rules (Moodle's
   * structure, importers' limits), never of bytes, since the generator changes them.
   */
  static java.util.List<QuestionBank> shipped() {
    Path folder = PROJECT.resolve("question-banks");
    if (!Files.isDirectory(folder)) return java.util.List.of();
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().map(Banks::load).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static QuestionBank load(Path file) {
    try {
      return BankCodec.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BankFormatException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static String text(BankWriter.Export export) {
    return new String(export.bytes(), StandardCharsets.UTF_8);
  }
}
