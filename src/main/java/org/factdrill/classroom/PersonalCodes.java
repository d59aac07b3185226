package org.factdrill.classroom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Students' personal codes: HMAC-SHA256 of the quiz code and the student's roster id, keyed by
 * the quiz's secret, which is made at random by {@code class create} and kept only in the
 * teacher's answer key. Eight characters from the quiz-code alphabet (no 0/O, 1/I/L), written
 * "ABCD-EFGH": about 2^39 possibilities. A student's result is sealed with their code, so only
 * someone who knows it can hand in a result under that student's id. One code per quiz: a code
 * passed on once is worth nothing for the next quiz.
 */
public final class PersonalCodes {
  private PersonalCodes() {}

  static final int LENGTH = 8;

  /** The code of the student with {@code studentId} for this quiz. */
  public static String code(byte[] secret, String quizCode, String studentId) {
    byte[] mac = hmac(secret, "factdrill personal code v1\u0000" + quizCode + "\u0000" + studentId);
    BigInteger n = new BigInteger(1, java.util.Arrays.copyOf(mac, 16));
    BigInteger base = BigInteger.valueOf(QuizCode.ALPHABET.length());
    var b = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      BigInteger[] qr = n.divideAndRemainder(base);
      b.append(QuizCode.ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    return b.substring(0, 4) + "-" + b.substring(4);
  }

  /** A code as typed ("abcd efgh", "ABCDEFGH") in its written form, or the input unchanged if it is no code. */
  public static String normalise(String typed) {
    String s = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    return s.length() == LENGTH ? s.substring(0, 4) + "-" + s.substring(4) : typed.strip();
  }

  /** Where the paper keeps a student's check: their id, hashed with the quiz code (the paper need not list ids in clear). */
  public static String rosterEntry(String quizCode, String studentId) {
    return Json.sha256Hex("factdrill roster entry v1\u0000" + quizCode + "\u0000" + studentId).substring(0, 16);
  }

  /**
   * One byte of a digest of the code: enough to catch 255 of 256 typos when the quiz starts, too
   * little to find the code with (each guess passes with probability 1/256).
   */
  public static String check(String quizCode, String studentId, String code) {
    return Json.sha256Hex("factdrill code check v1\u0000" + quizCode + "\u0000" + studentId + "\u0000" + code).substring(0, 2);
  }

  static byte[] hmac(byte[] key, String message) {
    return hmacBytes(key, message.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmacBytes(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
