package org.factdrill.bank;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A bank with two questions sharing one id was accepted; the other two faults of issue 13 point 6, refused with file, path and reason. */
class BankChecksTest {

  @Test
  void twoQuestionsWithOneIdAreRefusedByBothReaders() {
    String json = BankCodec.write(BankCodecTest.sample()).replace("\"id\" : \"q-00000004\"", "\"id\" : \"q-00000002\"");
    assertThatThrownBy(() -> BankCodec.read(json, "dup.json"))
        .isInstanceOf(BankFormatException.class)
        .hasMessageStartingWith("dup.json: line ")
        .hasMessageEndingWith(": at $.questions[3].id: the id \"q-00000002\" is already used by $.questions[1]; question ids must be unique");
    assertThatThrownBy(() -> BankCodec.readValidated(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "dup.json"))
        .hasMessageStartingWith("dup.json: line ").hasMessageContaining(": at $.questions[3].id: the id \"q-00000002\" is already used");
  }

  @Test
  void aChoiceAnswerNotAmongTheChoicesOrAMatchingWithOnePairIsRefused() {
    String json = BankCodec.write(BankCodecTest.sample());
    assertThatThrownBy(() -> BankCodec.read(json.replace("\"answer\" : \"March 17\"", "\"answer\" : \"May 9\""), "b.json"))
        .hasMessageStartingWith("b.json: line ").hasMessageEndingWith(": at $.questions[0]: choices must hold the answer \"May 9\" exactly once");
    String onePair = json.replaceAll("\\{\\s*\"left\" : \"b\",\\s*\"right\" : \"2\"\\s*}", "").replaceAll(",\\s*]", " ]");
    assertThatThrownBy(() -> BankCodec.read(onePair, "b.json")).hasMessageStartingWith("b.json: line ").hasMessageContaining(": at $.questions[5]");
  }
}
