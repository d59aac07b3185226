package org.factdrill.classroom;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The short code a teacher writes on the board ("K7QF3M"): six characters from an alphabet
 * without the look-alikes 0/O, 1/I/L, so that it can be read aloud and typed without mistakes.
 * It names the folder results are collected in, and keys each student's option order.
 */
public final class QuizCode {
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int LENGTH = 6;
  private static final Pattern VALID = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

  private QuizCode() {}

  public static String generate(RandomGenerator random) {
    var code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return code.toString();
  }

  public static boolean isValid(String code) {
    return code != null && VALID.matcher(code).matches();
  }
}
