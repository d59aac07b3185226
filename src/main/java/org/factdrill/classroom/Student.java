package org.factdrill.classroom;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A student as they gave their name (kept exactly, for the roster) and an optional id from the
 * school's gradebook. Names can hold spaces, accents, apostrophes or a slash ("Zoë O'Neil",
 * "Ana/María"): they are never used raw as a file name, see {@link #fileName()}.
 */
public record Student(String name, String id) {

  public static final int MAX_NAME_LENGTH = 200;

  public Student {
    Objects.requireNonNull(name, "name");
    name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    if (name.isEmpty()) throw new IllegalArgumentException("the student's name must not be blank");
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("the student's name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("the student's name must not hold control characters");
    }
    id = id == null ? "" : Normalizer.normalize(id.strip(), Normalizer.Form.NFC);
    if (id.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("the student's id must not hold control characters");
    }
  }

  /**
   * Who this is, for "has this student already taken the quiz" and for their option order: the
   * name with case and spacing folded ("ana  maría" is "Ana María"), and the id when one is given
   * (two students with the same name are told apart by their ids).
   */
  public String key() {
    String folded = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return id.isEmpty() ? folded : folded + "#" + id;
  }

  /**
   * A file name safe on every system: a readable slug of the name (accents dropped, anything but
   * letters and digits turned into '-') and 8 hex digits of the key's SHA-256, so two names with
   * the same slug ("Ana María", "ana-maria") still get two files. The real name is inside the file.
   */
  public String fileName() {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-+$", "");
    if (slug.isEmpty()) slug = "student";
    return slug + "-" + Json.sha256Hex(key()).substring(0, 8) + ".json";
  }

  /** The file name of this student's n-th attempt (1-based): the first is {@link #fileName()}, then "-2", "-3"... */
  public String fileName(int attempt) {
    String base = fileName();
    return attempt <= 1 ? base : base.substring(0, base.length() - ".json".length()) + "-" + attempt + ".json";
  }

  /** The name with the id, as the roster shows it. */
  public String label() {
    return id.isEmpty() ? name : name + " (" + id + ")";
  }
}
