package org.factdrill.classroom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The seed of one student's option order for one question: a function of the quiz code, the
 * student and the question alone (their SHA-256), so the order is the same every time that
 * student starts the quiz. java.util.Random and Collections.shuffle are specified exactly, so
 * orders stay the same across JDKs.
 */
public final class StudentShuffle {
  private StudentShuffle() {}

  public static Random random(String code, String studentKey, String questionId) {
    String seedText = code + '\u0000' + studentKey + '\u0000' + questionId;
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(seedText.getBytes(StandardCharsets.UTF_8));
      return new Random(ByteBuffer.wrap(hash).getLong());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
