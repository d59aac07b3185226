package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.factdrill.bank.BankCodec;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  @Test
  void printsTheBankSchemaAsJson() throws Exception {
    CliRun r = CliRun.of("schema");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo(BankCodec.schemaText().strip());
    var schema = new ObjectMapper().readTree(r.out());
    assertThat(schema.path("$id").asText()).isEqualTo("urn:factdrill:bank:1");
    assertThat(schema.path("required").toString()).contains("questions");
  }
}
