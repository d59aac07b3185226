package org.factdrill.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typed lists packaged in the jar: countries with their other names, adjectives and
 * regions, cities and states, and international organisations. They give a name its kind and a
 * country or body its one name ("the US" and "United States" are one country), and a country's
 * neighbours as distractors when the article has too few countries of its own.
 */
public final class Lexicon {

  /** One known name: its canonical form, what kind of thing it is, and its other forms. */
  public record Known(String name, Kind kind, List<String> aliases, List<String> adjectives, String group) {}

  private static final Lexicon INSTANCE = new Lexicon();

  public static Lexicon get() {
    return INSTANCE;
  }

  private final List<Known> countries = new ArrayList<>();
  private final List<Known> organisations = new ArrayList<>();
  private final Map<String, Known> byName = new HashMap<>();

  private Lexicon() {
    for (String[] row : rows("countries.tsv")) {
      var k = new Known(row[0], Kind.COUNTRY, split(row, 1), split(row, 2), row.length > 3 ? row[3] : "");
      countries.add(k);
      index(k);
      for (String a : k.adjectives()) byName.putIfAbsent(key(a), k);
    }
    for (String[] row : rows("places.tsv")) {
      String type = row.length > 2 ? row[2] : "city";
      Kind kind = type.equals("state") ? Kind.STATE : type.equals("city") ? Kind.CITY : Kind.PLACE;
      var k = new Known(row[0], kind, split(row, 1), List.of(), type);
      index(k);
    }
    for (String[] row : rows("organisations.tsv")) {
      if (row.length > 2 && row[2].equals("media")) continue;
      var k = new Known(row[0], Kind.ORGANIZATION, split(row, 1), List.of(), row.length > 3 ? row[3] : "intl");
      organisations.add(k);
      index(k);
    }
  }

  private void index(Known k) {
    byName.putIfAbsent(key(k.name()), k);
    for (String a : k.aliases()) byName.putIfAbsent(key(a), k);
  }

  static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The known thing a name, other name or adjective stands for, or null. */
  public Known lookup(String name) {
    return byName.get(key(name));
  }

  /** The country an adjective names ("Russian" gives Russia), or null. */
  public Known countryOfAdjective(String adjective) {
    Known k = byName.get(key(adjective));
    return k != null && k.kind() == Kind.COUNTRY && k.adjectives().stream().anyMatch(a -> a.equalsIgnoreCase(adjective)) ? k : null;
  }

  public List<Known> countries() {
    return countries;
  }

  public List<Known> organisations() {
    return organisations;
  }

  private static List<String> split(String[] row, int column) {
    if (row.length <= column || row[column].isBlank()) return List.of();
    return List.of(row[column].split("\\|"));
  }

  private static List<String[]> rows(String resource) {
    var out = new ArrayList<String[]>();
    for (String line : lines(resource)) out.add(line.split("\t", -1));
    return out;
  }

  private static List<String> lines(String resource) {
    var out = new ArrayList<String>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
