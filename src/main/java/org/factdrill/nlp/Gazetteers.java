package org.factdrill.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * CoreNLP's gazetteers of fine-grained entity types (CITY, COUNTRY, STATE_OR_PROVINCE, TITLE,
 * ...), rewritten so that every entry CoreNLP can look up by a word is looked up by it.
 *
 * <p>Why: CoreNLP finds an entry's matches only in sentences holding one of its words spelled out;
 * an entry whose every word is a regular expression ("Calif\.?", "N\.?Y\.?", "tech\. sgt\.") is
 * tried at every token of every sentence. About a thousand such entries made the fine-grained step
 * more than half of all named-entity time (BENCHMARKS.md). Each is rewritten as the few spellings
 * it stands for: "Calif" as a plain entry, "Calif." as a TokensRegex entry of quoted words, which
 * CoreNLP also finds by its words. Entries that are no short list of spellings (web addresses,
 * "secretary-of-.*") stay as they are. Every other line, and the files' order, is unchanged, so the
 * tags are the same as with CoreNLP's own files (a test compares them).
 */
final class Gazetteers {
  private Gazetteers() {}

  static final String FOLDER = "edu/stanford/nlp/models/kbp/english/gazetteers/";
  static final String CASELESS = "regexner_caseless.tab";
  static final String CASED = "regexner_cased.tab";

  /** What CoreNLP treats as a regular expression in an entry's word (ComplexNodePattern's test for a literal). */
  private static final Pattern REGEX = Pattern.compile("[\\[\\]?.\\\\^$()*+{}|]");
  /** More spellings than this for one word or entry: not a short list, the entry stays a regular expression. */
  private static final int MAX_SPELLINGS = 16;

  private static volatile Optional<String> mapping;

  /**
   * CoreNLP's fine-grained mapping setting with the rewritten files in place of its own, or empty
   * when they cannot be written (no models on the class path, a full disk): CoreNLP's own files then
   * give the same tags, only more slowly.
   */
  static Optional<String> mapping() {
    if (mapping == null) {
      synchronized (Gazetteers.class) {
        if (mapping == null) mapping = written();
      }
    }
    return mapping;
  }

  private static Optional<String> written() {
    try {
      Path caseless = rewritten(CASELESS);
      Path cased = rewritten(CASED);
      // CoreNLP's default, file for file: the first list ignores case and needs a noun or adjective
      return Optional.of("ignorecase=true,validpospattern=(NN|JJ|ADD).*," + caseless + ";" + cased);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The rewritten file, in the user's cache, named by the CRC-32 of the original and of this class
   * (a change to the rules is a new file): written once, to a temporary file moved into place so
   * that two processes never read half a file, then reused; files of other rules are removed a day on.
   */
  private static Path rewritten(String name) throws IOException {
    byte[] original = resource(FOLDER + name);
    CRC32 crc = new CRC32();
    crc.update(original);
    crc.update(resource(Gazetteers.class.getName().replace('.', '/') + ".class"));
    Path dir = cacheFolder();
    String stem = name.replace(".tab", "");
    Path target = dir.resolve(stem + "-" + Long.toHexString(crc.getValue()) + ".tab");
    if (Files.isRegularFile(target) && Files.size(target) > 0) return target;
    Path temp = Files.createTempFile(dir, name, ".part");
    try {
      try (var reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(original), StandardCharsets.UTF_8));
          BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        for (String line; (line = reader.readLine()) != null; ) {
          for (String l : rewrite(line)) {
            out.write(l);
            out.write('\n');
          }
        }
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    // files of other rules, unless written in the last day: another build running now may be about to read one
    var dayAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 24 * 3600 * 1000L);
    try (var older = Files.newDirectoryStream(dir, stem + "-*.tab")) {
      for (Path p : older) if (!p.equals(target) && Files.getLastModifiedTime(p).compareTo(dayAgo) < 0) Files.deleteIfExists(p);
    } catch (IOException e) {
      // an older file left behind takes room, nothing else
    }
    return target;
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = Gazetteers.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IOException("no " + path + " on the class path");
      return in.readAllBytes();
    }
  }

  /** The user's cache folder (XDG_CACHE_HOME or ~/.cache), not a shared temporary folder others could write. */
  private static Path cacheFolder() throws IOException {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return Files.createDirectories(base.resolve("factdrill").resolve("gazetteers"));
  }

  /**
   * One line of a mapping file as lines CoreNLP finds by their words: the line itself when one of
   * its words is spelled out already or it is no short list of spellings, else one line a spelling.
   */
  static List<String> rewrite(String line) {
    int tab = line.indexOf('\t');
    if (tab <= 0) return List.of(line);
    String pattern = line.substring(0, tab);
    String rest = line.substring(tab);
    String[] words = pattern.split(" ");
    for (String w : words) if (!REGEX.matcher(w).find()) return List.of(line);
    if (pattern.startsWith("(") || pattern.contains("\"")) return List.of(line);
    List<List<String>> spellings = new ArrayList<>();
    for (String w : words) {
      List<String> s = spellings(w);
      if (s == null) return List.of(line);
      spellings.add(s);
    }
    List<List<String>> entries = product(spellings);
    if (entries.size() > MAX_SPELLINGS) return List.of(line);
    var out = new ArrayList<String>();
    for (List<String> entry : entries) {
      boolean plain = entry.stream().noneMatch(w -> REGEX.matcher(w).find());
      // a word with a full stop or a bracket can only be spelled out in TokensRegex, as a quoted string
      out.add((plain ? String.join(" ", entry) : "( \"" + String.join("\" \"", entry) + "\" )") + rest);
    }
    return out;
  }

  /**
   * The words a word's regular expression matches, when it is built only of letters and signs,
   * escaped signs ("\."), one-letter choices ("[Aa]") and optional parts ("\.?"); else null.
   */
  static List<String> spellings(String regex) {
    List<String> out = new ArrayList<>(List.of(""));
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      List<String> choices;
      if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
        choices = List.of(String.valueOf(regex.charAt(i + 1)));
        i += 2;
      } else if (c == '[') {
        int close = regex.indexOf(']', i);
        if (close < 0) return null;
        String body = regex.substring(i + 1, close);
        if (body.isEmpty() || !body.chars().allMatch(Character::isLetterOrDigit)) return null;
        choices = body.chars().mapToObj(ch -> String.valueOf((char) ch)).toList();
        i = close + 1;
      } else if (REGEX.matcher(String.valueOf(c)).matches()) {
        return null;
      } else {
        choices = List.of(String.valueOf(c));
        i++;
      }
      if (i < regex.length() && regex.charAt(i) == '?') {
        choices = new ArrayList<>(choices);
        choices.add("");
        i++;
      }
      var next = new ArrayList<String>();
      for (String prefix : out) for (String choice : choices) if (!next.contains(prefix + choice)) next.add(prefix + choice);
      if (next.size() > MAX_SPELLINGS) return null;
      out = next;
    }
    if (out.contains("")) return null;
    return out;
  }

  private static List<List<String>> product(List<List<String>> lists) {
    List<List<String>> out = new ArrayList<>(List.of(List.of()));
    for (List<String> choices : lists) {
      var next = new ArrayList<List<String>>();
      for (List<String> prefix : out) {
        for (String c : choices) {
          var l = new ArrayList<>(prefix);
          l.add(c);
          next.add(l);
        }
      }
      out = next;
      if (out.size() > MAX_SPELLINGS) return out;
    }
    return out;
  }
}
