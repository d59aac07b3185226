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
import org.factdrill.bank.BankCodec;

/**
 * The bank files already validated against the bank JSON Schema, remembered by the SHA-256 of their
 * bytes in the user's data folder ({@code <home>/validated-banks/}), so that a quiz on an unchanged
 * bank skips the schema pass (most of the time a large bank takes to load). One empty file per
 * bank, named by the schema's digest and the bank's: a changed bank has another digest and is
 * validated again, and so is every bank once the schema changes. Written only after a bank passed
 * the schema and built without fault; when the folder cannot be written nothing is remembered and
 * every load validates, as before.
 */
public final class ValidatedBanks {

  static final String FOLDER = "validated-banks";
  /** Entries kept; beyond this the oldest are removed, so editing banks does not grow it for ever. */
  static final int KEEP = 256;

  /** Remembers nothing: every bank is validated on every load. */
  public static final ValidatedBanks NONE = new ValidatedBanks(null);

  private final Path folder;

  private ValidatedBanks(Path folder) {
    this.folder = folder;
  }

  public static ValidatedBanks in(Path home) {
    return new ValidatedBanks(home.resolve(FOLDER));
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

  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(folder)) {
      entries = new ArrayList<>(s.toList());
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

  /** The schema's digest, shortened: part of every entry's name. */
  private static final class Schema {
    static final String KEY = sha256(BankCodec.schemaText().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
