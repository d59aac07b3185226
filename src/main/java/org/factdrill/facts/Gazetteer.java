package org.factdrill.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists entity finding leans on, read once from resource files: countries with their other
 * names and demonyms, places (cities, US states), organisations and news outlets, titles and roles,
 * common given names.
 */
public final class Gazetteer {

  /** One known name: its canonical form, kind, the other forms, and for countries the adjectives. */
  public record Known(String name, EntityKind kind, List<String> aliases, List<String> demonyms, String group, String partOf) {
    public Known(String name, EntityKind kind, List<String> aliases, List<String> demonyms) {
      this(name, kind, aliases, demonyms, "", "");
    }
  }

  /** Whether one organisation is part of the other ("Senate" and "Congress"), either way round. */
  public boolean nested(String a, String b) {
    Known x = lookup(a);
    Known y = lookup(b);
    if (x == null || y == null) return false;
    return x.partOf().equals(y.name()) || y.partOf().equals(x.name());
  }

  private static volatile Gazetteer instance;

  public static Gazetteer get() {
    Gazetteer g = instance;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (instance == null) instance = new Gazetteer();
        g = instance;
      }
    }
    return g;
  }

  private final List<Known> countries = new ArrayList<>();
  private final List<Known> places = new ArrayList<>();
  private final List<Known> organisations = new ArrayList<>();
  /** Lower-case phrase (name, alias or demonym) to the known thing it names. */
  private final Map<String, Known> byPhrase = new HashMap<>();
  private final Set<String> demonyms = new HashSet<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private int longestPhrase = 1;

  private Gazetteer() {
    for (String[] row : rows("countries.tsv")) {
      var k = new Known(row[0], EntityKind.COUNTRY, split(row, 1), split(row, 2));
      countries.add(k);
      index(k);
      for (String d : k.demonyms()) {
        demonyms.add(d.toLowerCase(Locale.ROOT));
        byPhrase.putIfAbsent(d.toLowerCase(Locale.ROOT), k);
      }
    }
    for (String[] row : rows("places.tsv")) {
      var k = new Known(row[0], EntityKind.PLACE, split(row, 1), List.of(row.length > 2 ? row[2] : "place"));
      places.add(k);
      index(k);
    }
    for (String[] row : rows("organisations.tsv")) {
      EntityKind kind = row.length > 2 && row[2].equals("media") ? EntityKind.MEDIA : EntityKind.ORGANIZATION;
      var k = new Known(row[0], kind, split(row, 1), List.of(), row.length > 3 ? row[3] : "intl", row.length > 4 ? row[4] : "");
      organisations.add(k);
      index(k);
    }
    for (String line : lines("titles.txt")) titles.add(line.toLowerCase(Locale.ROOT));
    for (String line : lines("given-names.txt")) givenNames.addAll(Arrays.asList(line.split("\\s+")));
    addPrefixes(phraseKeys, byPhrase.keySet());
    addPrefixes(titleKeys, titles);
  }

  private final Set<String> phraseKeys = new HashSet<>();
  private final Set<String> titleKeys = new HashSet<>();

  private void index(Known k) {
    put(k.name(), k);
    for (String a : k.aliases()) put(a, k);
  }

  private final Set<String> acronyms = new HashSet<>();

  private void put(String phrase, Known k) {
    String key = phrase.toLowerCase(Locale.ROOT);
    if (phrase.length() <= 6 && phrase.equals(phrase.toUpperCase(Locale.ROOT)) && phrase.chars().anyMatch(Character::isLetter)) {
      acronyms.add(key);
    }
    byPhrase.putIfAbsent(key, k);
    longestPhrase = Math.max(longestPhrase, key.split(" ").length);
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
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("gazetteer " + resource + " is missing");
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The known thing a phrase names (any case), if any. */
  public Known lookup(String phrase) {
    String key = phrase.toLowerCase(Locale.ROOT);
    // "UN" is the United Nations, "Un" in "Kim Jong Un" is not: acronyms match in capitals only
    if (acronyms.contains(key) && !phrase.equals(phrase.toUpperCase(Locale.ROOT)) && byPhrase.get(key) != null
        && !byPhrase.get(key).name().equalsIgnoreCase(phrase)) {
      return null;
    }
    return byPhrase.get(key);
  }

  /**
   * Whether some known phrase (name, alias, demonym) could begin with this word: false means no
   * phrase starting with it is known, so callers need not build and look up the phrases. Only plain
   * ASCII words are judged (their lower case does not depend on the letters around them).
   */
  public boolean mayStartPhrase(String word) {
    return mayStart(phraseKeys, word);
  }

  /** Whether some title could begin with this word; as {@link #mayStartPhrase}. */
  public boolean mayStartTitle(String word) {
    return mayStart(titleKeys, word);
  }

  private static boolean mayStart(Set<String> keyPrefixes, String word) {
    for (int i = 0; i < word.length(); i++) if (word.charAt(i) >= 0x80) return true;
    return keyPrefixes.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Every beginning of every key ("u", "un", "un ", ...): a word can start a key only if it is one. */
  private static void addPrefixes(Set<String> prefixes, Iterable<String> keys) {
    for (String k : keys) for (int end = 1; end <= k.length(); end++) prefixes.add(k.substring(0, end));
  }

  public int longestPhrase() {
    return longestPhrase;
  }

  public boolean isDemonym(String word) {
    return demonyms.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isTitle(String phrase) {
    return titles.contains(phrase.toLowerCase(Locale.ROOT));
  }

  public boolean isGivenName(String word) {
    return givenNames.contains(word);
  }

  public List<Known> countries() {
    return List.copyOf(countries);
  }

  public List<Known> places() {
    return List.copyOf(places);
  }

  public List<Known> organisations() {
    return List.copyOf(organisations);
  }
}
