package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.MultiSelect;
import org.junit.jupiter.api.Test;

class SelectAllTest {
  @Test
  void aListOfCountriesBecomesSelectAll() {
    var qs = Forms.ask(new SelectAll(), "Britain, France and Canada launched a military operation in Libya on Saturday.");
    assertThat(qs).hasSize(1);
    var q = (MultiSelect) qs.get(0);
    assertThat(q.prompt()).isEqualTo("Which countries launched a military operation in Libya on Saturday? (Select all that apply.)");
    assertThat(q.answers()).containsExactly("Britain", "France", "Canada");
    assertThat(q.choices()).hasSizeGreaterThan(3).doesNotContain("Libya");
  }
}
