package org.factdrill.export;

import java.util.List;
import org.factdrill.bank.QuestionBank;

/**
 * One import format: the text of a file to a bank. Pure: the caller reads the file. What the
 * format cannot say (kind, source sentence, bank id) is filled in by {@link ImportDefaults}.
 */
public interface BankReader {

  /** The name used with --format. */
  String name();

  /** File extensions (without the dot) that mean this format. */
  List<String> extensions();

  /**
   * @param fileName the file's name, for messages and for the bank id when the text has none
   * @throws ImportException when the text is not this format; the message names the line
   */
  Import read(String text, String fileName) throws ImportException;

  /** The bank, and one line per thing left out (a description, partial credit...) for the user. */
  record Import(QuestionBank bank, List<String> warnings) {
    public Import {
      warnings = List.copyOf(warnings);
    }
  }
}
