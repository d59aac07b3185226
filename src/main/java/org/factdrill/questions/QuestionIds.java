package org.factdrill.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Question ids come from content, never from order or time, so they stay the same when other
 * questions are added or removed: "q-" and the first eight hex digits of SHA-256 over the parts.
 */
public final class QuestionIds {
  private QuestionIds() {}

  public static String of(String... parts) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f);
      }
      return "q-" + HexFormat.of().formatHex(digest.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
