package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RosterTest {

  @Test
  void aClassListFromASpreadsheetIsRead() throws Exception {
    String csv = "\uFEFFStudent;ID;Email\r\nAna Lima;s01;a@x\r\n\"O'Brien, Zoë\";s02;\r\n'=Eve;s03;\r\n\r\n";
    assertThat(Roster.read(csv, "class.csv")).containsExactly(new Student("Ana Lima", "s01"), new Student("O'Brien, Zoë", "s02"),
        new Student("=Eve", "s03"));
  }

  @Test
  void aStudentWithoutAnIdARepeatedIdOrNoHeaderIsRefusedWithTheLine() {
    assertThatThrownBy(() -> Roster.read("name,id\nAna,s01\nBen,\n", "c.csv")).hasMessage("c.csv: line 3: Ben has no id; every student on a roster needs one");
    assertThatThrownBy(() -> Roster.read("name,id\nAna,s01\nBen,s01\n", "c.csv")).hasMessage("c.csv: line 3: the id s01 is already used on line 2");
    assertThatThrownBy(() -> Roster.read("Ana,s01\n", "c.csv"))
        .hasMessage("c.csv: line 1: the first line must name a \"name\" column and an \"id\" column, e.g. name,id");
    assertThatThrownBy(() -> Roster.read("name,id\n", "c.csv")).hasMessage("c.csv: no students in the roster");
  }
}
