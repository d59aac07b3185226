package org.factdrill.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids derived from content, never from order or time, so they stay the same when other things are
 * added or removed: a prefix and the first eight hex digits of SHA-256 over the parts. Facts
 * ("f-...") and questions ("q-...") are named this way.
 */
public final class ContentIds {
  private ContentIds() {}

  public static String of(String prefix, String... parts) {
    MessageDigest digest = DIGEST.get(); // digest() leaves it reset for the next id
    for (String part : parts) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0x1f);
    }
    return prefix + HexFormat.of().formatHex(digest.digest(), 0, 4);
  }

  /** Looking up the SHA-256 provider for every id cost more than the hashing: one digest per thread. */
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  });
}
