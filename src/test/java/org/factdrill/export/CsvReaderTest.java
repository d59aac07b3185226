package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdrill.questions.Matching;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private final CsvReader reader = new CsvReader();

  @Test
  void readsASpreadsheetsEditsColumnsInAnyOrderExtraColumnsAndNoIds() throws Exception {
    String csv = "notes,type,prompt,answer,choices,kind\r\n"
        + "mine,MULTIPLE_CHOICE,When?,March 17,\"March 17\r\nMarch 19\",date\r\n"
        + ",true_false,It is true.,TRUE,,\r\n"
        + "\r\n"
        + ",matching,Match.,,,\r\n";
    assertThatThrownBy(() -> reader.read(csv, "edited.csv"))
        .hasMessage("edited.csv: line 6: the \"pairs\" cell is empty; a matching question needs it");
    var bank = reader.read(csv.substring(0, csv.indexOf(",matching")), "edited.csv").bank();
    assertThat(bank.questions()).hasSize(2);
    assertThat(bank.questions().get(0)).isInstanceOfSatisfying(MultipleChoice.class, mc -> {
      assertThat(mc.choices()).containsExactly("March 17", "March 19");
      assertThat(mc.id()).matches("q-[0-9a-f]{8}");
      assertThat(mc.kind()).isEqualTo("date");
      assertThat(mc.source()).isEqualTo(ImportDefaults.source("CSV"));
    });
    assertThat(bank.questions().get(1)).isInstanceOfSatisfying(TrueFalse.class, tf -> {
      assertThat(tf.answer()).isTrue();
      assertThat(tf.kind()).isEqualTo(ImportDefaults.KIND);
    });
  }

  @Test
  void pairsSplitAtTheFirstUnescapedArrow() throws Exception {
    String csv = "type,prompt,pairs\nmatching,Match.,\"a \\-> b -> c -> d\nx -> y\"\n";
    var m = (Matching) reader.read(csv, "m.csv").bank().questions().get(0);
    assertThat(m.pairs()).containsExactly(new Matching.Pair("a -> b", "c -> d"), new Matching.Pair("x", "y"));
  }

  @Test
  void badRowsNameTheirLine() {
    assertThatThrownBy(() -> reader.read("type,prompt,answer\nshort_answer,Q?,a\nessay,Q?,a\n", "x.csv"))
        .hasMessageStartingWith("x.csv: line 3: unknown type \"essay\"");
    assertThatThrownBy(() -> reader.read("type,prompt,answer\nshort_answer,\"multi\nline\",a\ntrue_false,Q?,maybe\n", "x.csv"))
        .hasMessage("x.csv: line 4: the answer of a true_false question must be true or false, was \"maybe\"");
    assertThatThrownBy(() -> reader.read("type,prompt,answer,choices\nmultiple_choice,Q?,c,\"a\nb\"\n", "x.csv"))
        .hasMessage("x.csv: line 2: choices must hold the answer \"c\" exactly once");
    assertThatThrownBy(() -> reader.read("id,type,prompt,answer\n7,short_answer,Q?,a\n", "x.csv"))
        .hasMessageStartingWith("x.csv: line 2: the id \"7\" is not");
    assertThatThrownBy(() -> reader.read("prompt,answer\nQ?,a\n", "x.csv"))
        .hasMessageStartingWith("x.csv: line 1: no \"type\" column");
    assertThatThrownBy(() -> reader.read("type,prompt,answer\nshort_answer,\"Q?,a\n", "x.csv"))
        .hasMessageStartingWith("x.csv: line 2: not valid CSV");
    assertThatThrownBy(() -> reader.read("", "x.csv")).hasMessageStartingWith("x.csv: line 1: the file is empty");
    assertThatThrownBy(() -> reader.read("type,prompt,answer\nshort_answer,Q?,a\nshort_answer,Q?,a\n", "x.csv"))
        .hasMessage("x.csv: line 3: the same question as on line 2");
    assertThatThrownBy(() -> reader.read("id,type,prompt,answer\nq-00000001,short_answer,Q?,a\nq-00000001,short_answer,R?,b\n", "x.csv"))
        .hasMessage("x.csv: line 3: the question id q-00000001 is already used by the question on line 2");
  }

  @Test
  void aSpreadsheetSavedWithSemicolonsReadsTheSame() throws Exception {
    String csv = "\uFEFFtype;prompt;answer;accept\r\nshort_answer;Capital, of France?;Paris;\"Paris, France\nParis\"\r\n";
    var q = reader.read(csv, "de.csv").bank().questions().get(0);
    assertThat(q.prompt()).isEqualTo("Capital, of France?");
    assertThat(q.accept()).containsExactly("Paris, France", "Paris");
  }
}
