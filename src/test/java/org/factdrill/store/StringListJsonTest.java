package org.factdrill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringListJsonTest {

  @Test
  void writesWhatObjectMapperWroteSoOlderDatabasesReadTheSame() throws Exception {
    List<String> shown = List.of("March 17", "\"quoted\" \\ back", "Ki-m\u00f6on \u2018x\u2019", "tab\there", "");
    assertThat(StringListJson.write(shown)).isEqualTo(new ObjectMapper().writeValueAsString(shown));
    assertThat(StringListJson.read(StringListJson.write(shown))).isEqualTo(shown);
    assertThat(StringListJson.read("[]")).isEmpty();
  }

  @Test
  void somethingElseThanAListOfStringsIsAnError() {
    for (String bad : List.of("{}", "[[\"a\"]]", "[\"a\"", "[\"a\"] x", "")) {
      assertThatThrownBy(() -> StringListJson.read(bad)).as(bad).isInstanceOf(JsonProcessingException.class);
    }
  }
}
