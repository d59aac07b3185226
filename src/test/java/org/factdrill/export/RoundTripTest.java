package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, import, export again: the two exports are the same bytes, for every bank and format that reads back. */
class RoundTripTest {

  static List<QuestionBank> banks() {
    return List.of(Banks.sample(), Banks.hostile());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "gift", "csv", "aiken"})
  void exportImportExportGivesTheSameBytes(String format) throws Exception {
    BankWriter writer = ExportFormats.byName(format);
    BankReader reader = ImportFormats.byName(format);
    for (QuestionBank bank : banks()) {
      BankWriter.Export first = writer.write(bank, bank.questions());
      String text = new String(first.bytes(), StandardCharsets.UTF_8);
      QuestionBank back = reader.read(text, bank.id() + "." + writer.extension()).bank();
      assertThat(back.questions()).hasSize(first.written());
      BankWriter.Export second = writer.write(back, back.questions());
      assertThat(new String(second.bytes(), StandardCharsets.UTF_8)).as(bank.id() + " in " + format).isEqualTo(text);
      assertThat(second.skipped()).isEmpty();
    }
  }
}
