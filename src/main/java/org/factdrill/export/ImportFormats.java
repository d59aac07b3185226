package org.factdrill.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Every import format by its --format name, and the guess from a file's name when none is given. */
public final class ImportFormats {

  private static final List<BankReader> READERS = List.of(
      new JsonReader(),
      new GiftReader(),
      new CsvReader(),
      new AikenReader());

  /** An Aiken file has "ANSWER: B" lines; GIFT never starts a line that way. */
  private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^ANSWER:\\s*[A-Z]\\s*$");

  private ImportFormats() {}

  public static List<BankReader> all() {
    return READERS;
  }

  public static List<String> names() {
    return READERS.stream().map(BankReader::name).toList();
  }

  public static BankReader byName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return READERS.stream()
        .filter(r -> r.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new UnknownFormatException("import format", name, names()));
  }

  /**
   * The reader for a file, from its extension. ".txt" is what Moodle calls both GIFT and Aiken
   * files, so there the text decides: "ANSWER: X" lines mean Aiken, anything else GIFT.
   */
  public static BankReader forFile(String fileName, String text) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String extension = dot >= 0 ? lower.substring(dot + 1) : "";
    if (extension.equals("txt")) return byName(AIKEN_ANSWER.matcher(text).find() && names().contains("aiken") ? "aiken" : "gift");
    for (BankReader r : READERS) {
      if (r.extensions().contains(extension)) return r;
    }
    throw new UnknownFormatException("cannot tell the format of " + fileName + " from its name; give --format "
        + String.join("|", names()));
  }
}
