package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntropyTest {

  @Test
  void quizIdsAreVersion4UuidsLikeRandomUuidMakes() {
    var seen = new HashSet<UUID>();
    for (int i = 0; i < 200; i++) {
      UUID id = Entropy.uuid(Entropy.bytes(16));
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(UUID.randomUUID().variant());
      assertThat(UUID.fromString(id.toString())).isEqualTo(id);
      seen.add(id);
    }
    assertThat(seen).hasSize(200);
  }

  @Test
  void theUuidKeepsEveryBitButTheSixOfVersionAndVariant() {
    byte[] ones = new byte[16];
    java.util.Arrays.fill(ones, (byte) 0xff);
    assertThat(Entropy.uuid(ones).toString()).isEqualTo("ffffffff-ffff-4fff-bfff-ffffffffffff");
    assertThat(Entropy.uuid(new byte[16]).toString()).isEqualTo("00000000-0000-4000-8000-000000000000");
  }
}
