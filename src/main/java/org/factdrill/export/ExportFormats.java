package org.factdrill.export;

import java.util.List;
import java.util.Locale;

/**
 * Every export format by its --format name. One line per writer: a new format is added here and
 * nowhere else.
 */
public final class ExportFormats {

  private static final List<BankWriter> WRITERS = List.of(
      new JsonWriter(),
      new GiftWriter(),
      new MoodleXmlWriter(),
      new AikenWriter(),
      new BlackboardWriter(),
      new CsvWriter(),
      new Qti21Writer(),
      new CanvasQtiWriter(),
      new AnkiWriter(),
      new AnkiPackageWriter(),
      new KahootWriter(),
      new MarkdownWorksheetWriter(),
      new HtmlWorksheetWriter());

  private ExportFormats() {}

  public static List<BankWriter> all() {
    return WRITERS;
  }

  public static List<String> names() {
    return WRITERS.stream().map(BankWriter::name).toList();
  }

  /** The writer called {@code name} (case does not matter). */
  public static BankWriter byName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return WRITERS.stream()
        .filter(w -> w.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new UnknownFormatException("format", name, names()));
  }
}
