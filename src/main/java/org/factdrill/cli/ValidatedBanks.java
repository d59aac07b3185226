package org.factdrill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.factdrill.bank.BankCodec;

/**
 * The bank files already validated against the bank JSON Schema, remembered by the SHA-256 of their
 * bytes in the user's data folder ({@code <home>/validated-banks/}), so that a quiz on an unchanged
 * bank skips the schema pass (most of the time a large bank takes to load). One empty file per
 * bank, named by a fingerprint of the schema and the bank's digest: a changed bank has another digest and is
 * validated again, and so is every bank once the schema changes. Written only after a bank passed
 * the schema and built without fault; when the folder cannot be written nothing is remembered and
 * every load validates, as before.
 *
 * <p>Hashing a large bank costs about as much as parsing it, so the digest of each file is noted too
 * ({@code files/}), with the file's size, modification and change times, inode and device, as git
 * notes them in its index: while all five are the same the bytes are the same, and the digest is
 * not computed again. The change time cannot be set by a user; a write always moves it, except
 * within one tick of the file system's clock, so a file is noted only once its times are two
 * seconds old, and only when they did not move while it was read.
 */
public final class ValidatedBanks {

  static final String FOLDER = "validated-banks";
  static final String FILES = "files";
  /** A file whose times are younger than this when read may still change within the same clock tick. */
  static final long SETTLED_MILLIS = 2_000;
  /** Entries kept; beyond this the oldest are removed, so editing banks does not grow it for ever. */
  static final int KEEP = 256;

  /** Remembers nothing: every bank is validated on every load. */
  public static final ValidatedBanks NONE = new ValidatedBanks(null, SETTLED_MILLIS);

  private final Path folder;
  private final long settledMillis;

  private ValidatedBanks(Path folder, long settledMillis) {
    this.folder = folder;
    this.settledMillis = settledMillis;
  }

  public static ValidatedBanks in(Path home) {
    return new ValidatedBanks(home.resolve(FOLDER), SETTLED_MILLIS);
  }

  /** For tests, which cannot wait for a file's change time to settle: any file older than this counts. */
  static ValidatedBanks in(Path home, long settledMillis) {
    return new ValidatedBanks(home.resolve(FOLDER), settledMillis);
  }

  boolean remembers() {
    return folder != null;
  }

  boolean contains(String sha256) {
    return folder != null && Files.isRegularFile(folder.resolve(entry(sha256)));
  }

  void remember(String sha256) {
    if (folder == null) return;
    try {
      Files.createDirectories(folder);
      Path entry = folder.resolve(entry(sha256));
      if (Files.exists(entry)) return;
      Files.write(entry, new byte[0]);
      prune();
    } catch (IOException | RuntimeException e) {
      // A read-only or full data folder: the bank is simply validated again next time.
    }
  }

  /** A file's size, times and identity, or null where the file system does not give them all. */
  record Stamp(long size, long modifiedNanos, long changedNanos, long inode, long device, long readAtMillis) {
    boolean sameFile(Stamp other) {
      return other != null && size == other.size && modifiedNanos == other.modifiedNanos && changedNanos == other.changedNanos
          && inode == other.inode && device == other.device;
    }

    boolean settled(long settledMillis) {
      long settledBefore = (readAtMillis - settledMillis) * 1_000_000;
      return modifiedNanos < settledBefore && changedNanos < settledBefore;
    }

    String line() {
      return size + " " + modifiedNanos + " " + changedNanos + " " + inode + " " + device;
    }
  }

  static Stamp stamp(Path file) {
    try {
      long now = System.currentTimeMillis();
      var a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
      return new Stamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
          (Long) a.get("ino"), (Long) a.get("dev"), now);
    } catch (IOException | RuntimeException e) {
      // Not a Unix file system, or a file inside the jar: the digest is computed each time.
      return null;
    }
  }

  private static long nanos(Object time) {
    return ((FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /**
   * The digest noted for this file when it was in exactly this state, and only if that digest is
   * one validated against the current schema; else null.
   */
  String validatedDigest(Path file, Stamp stamp) {
    return validatedDigest(where(file), stamp);
  }

  /** As {@link #validatedDigest(Path, Stamp)}, for a bank named by {@code where} (see {@link #where}). */
  String validatedDigest(String where, Stamp stamp) {
    if (folder == null || stamp == null) return null;
    try {
      String text = Files.readString(noteOf(where), StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      if (newline < 0 || !text.substring(0, newline).equals(where)) return null;
      String[] noted = text.substring(newline + 1).strip().split(" ");
      if (noted.length != 6 || !String.join(" ", java.util.Arrays.copyOf(noted, 5)).equals(stamp.line())) return null;
      return contains(noted[5]) ? noted[5] : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Notes the digest of a file read while it was in this state, once its times have settled. */
  void note(Path file, Stamp stamp, String sha256) {
    note(where(file), stamp, sha256);
  }

  /**
   * As {@link #note(Path, Stamp, String)}, for a bank named by {@code where} whose bytes the stamped
   * file stands for (a bank inside the jar: the jar's stamp).
   */
  void note(String where, Stamp stamp, String sha256) {
    if (folder == null || stamp == null || !stamp.settled(settledMillis)) return;
    try {
      Path note = noteOf(where);
      String line = where + "\n" + stamp.line() + " " + sha256 + "\n";
      if (Files.isRegularFile(note) && Files.readString(note, StandardCharsets.UTF_8).equals(line)) return;
      Files.createDirectories(note.getParent());
      Path temp = Files.createTempFile(note.getParent(), "note", ".tmp");
      Files.writeString(temp, line, StandardCharsets.UTF_8);
      Files.move(temp, note, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      prune(note.getParent());
    } catch (IOException | RuntimeException e) {
      // As for remember: nothing noted, the digest is computed next time.
    }
  }

  /** A note's name: a fingerprint of where the bank is (that text heads the note, and is checked). */
  private Path noteOf(String where) {
    return folder.resolve(FILES).resolve(fingerprint(where));
  }

  /** Where a bank file is, as notes name it: its absolute, normalised path. */
  static String where(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private void prune() throws IOException {
    prune(folder);
  }

  private static void prune(Path folder) throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(folder)) {
      entries = new ArrayList<>(s.filter(Files::isRegularFile).toList());
    }
    if (entries.size() <= KEEP) return;
    entries.sort(Comparator.comparing(ValidatedBanks::modified).reversed());
    for (Path old : entries.subList(KEEP, entries.size())) Files.deleteIfExists(old);
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String entry(String sha256) {
    return Schema.KEY + "-" + sha256;
  }

  /**
   * A fingerprint of the schema, part of every entry's name so a changed schema validates every bank
   * again: its length and CRC-32C. The schema is ours, so no one forges a collision, and a checksum
   * needs no MessageDigest, whose security providers take a quiz ~20 ms to start.
   */
  private static final class Schema {
    static final String KEY = fingerprint(BankCodec.schemaText());
  }

  static String fingerprint(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    var crc = new CRC32C();
    crc.update(bytes);
    // Not String.format: its parser costs a quiz start a few milliseconds.
    String sum = Long.toHexString(crc.getValue());
    return Integer.toHexString(bytes.length) + "00000000".substring(sum.length()) + sum;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
