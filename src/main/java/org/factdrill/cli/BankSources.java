package org.factdrill.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.BankFormatException;
import org.factdrill.bank.QuestionBank;

/**
 * Finds and loads the banks a command works on: the files and folders named, else the banks in
 * ./question-banks/, else the seed bank packaged in the jar, so that commands work anywhere.
 */
public final class BankSources {
  /** Where the jar keeps the banks made from seeds/ (copied from question-banks/ at build time). */
  static final String PACKAGED = "org/factdrill/banks";

  private BankSources() {}

  /** Loads every bank named (a folder means every *.json in it), or the defaults when none is named. */
  public static List<QuestionBank> load(List<Path> named, Path workingDir) {
    return load(named, workingDir, ValidatedBanks.NONE);
  }

  /**
   * As {@link #load(List, Path)}, skipping the schema pass for a file whose exact bytes were
   * validated before (see {@link ValidatedBanks}) and remembering the files validated now.
   */
  public static List<QuestionBank> load(List<Path> named, Path workingDir, ValidatedBanks known) {
    if (named == null || named.isEmpty()) {
      Path local = workingDir.resolve("question-banks");
      if (Files.isDirectory(local) && !bankFiles(local).isEmpty()) return loadFiles(bankFiles(local), known);
      return packaged(known);
    }
    var files = new ArrayList<Path>();
    for (Path p : named) {
      if (Files.isDirectory(p)) {
        List<Path> inside = bankFiles(p);
        if (inside.isEmpty()) throw new CommandFailure(p + ": no bank (*.json) in this folder");
        files.addAll(inside);
      } else {
        files.add(p);
      }
    }
    return loadFiles(files, known);
  }

  public static QuestionBank loadFile(Path file) {
    return loadFile(file, ValidatedBanks.NONE);
  }

  /**
   * Loads one bank file. Unless its bytes are known to be valid, it is validated against the schema
   * before anything built from it is returned. With {@code known} remembering, the bank is built
   * straight from its bytes while their SHA-256 is computed (on a second thread for a large file);
   * that bank is returned as it is only when the digest is one already validated, else only after
   * the file passes the schema now.
   */
  public static QuestionBank loadFile(Path file, ValidatedBanks known) {
    return loadFile(file, known, null, null);
  }

  /**
   * As {@link #loadFile(Path, ValidatedBanks)}; {@code jar}, when not null, is the jar file that holds
   * {@code file}, and {@code jarBefore} its stamp taken before the jar was opened: the jar's stamp
   * stands for the bank's (the jar unchanged, its entries are).
   */
  private static QuestionBank loadFile(Path file, ValidatedBanks known, Path jar, ValidatedBanks.Stamp jarBefore) {
    Path stamped = jar != null ? jar : file;
    String where = jar != null ? ValidatedBanks.where(jar) + "!" + file.toAbsolutePath() : ValidatedBanks.where(file);
    ValidatedBanks.Stamp before = !known.remembers() ? null : jar != null ? jarBefore : ValidatedBanks.stamp(stamped);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CommandFailure(file + ": no such file");
    } catch (IOException e) {
      throw new CommandFailure(file + ": cannot read (" + e.getMessage() + ")");
    }
    String name = file.toString();
    if (!known.remembers() || !plainUtf8Start(bytes)) return read(text(bytes, file), name);

    // The file did not change while it was read, and is as it was when its validated digest was noted.
    ValidatedBanks.Stamp steady = before != null && before.sameFile(ValidatedBanks.stamp(stamped)) ? before : null;
    if (known.validatedDigest(where, steady) != null) {
      try {
        return BankCodec.readValidated(bytes, name);
      } catch (BankFormatException | RuntimeException e) {
        // The questions' own checks changed since: the full load below gives the message.
      }
    }

    Supplier<String> digest = digestOf(bytes);
    QuestionBank built = null;
    BankFormatException fault = null;
    try {
      built = BankCodec.readValidated(bytes, name);
    } catch (BankFormatException e) {
      fault = e;
    } catch (RuntimeException e) {
      // Bytes that are not a valid bank can upset the fast reader: the schema pass below names the fault.
    }
    String sha256 = digest.get();
    if (built != null && known.contains(sha256)) {
      known.note(where, steady, sha256);
      return built;
    }

    requireUtf8(bytes, file);
    try {
      BankCodec.validate(bytes, name);
      if (fault != null) throw fault;
    } catch (BankFormatException e) {
      throw new CommandFailure(e.getMessage());
    }
    if (built == null) built = read(text(bytes, file), name);
    known.remember(sha256);
    known.note(where, steady, sha256);
    return built;
  }

  /**
   * Whether jackson, given these bytes, reads them as UTF-8 without a byte-order mark: it guesses
   * UTF-16 or UTF-32 from zero bytes or a mark in the first four. Anything else goes the way it always
   * went (decoded as UTF-8 text, then parsed), so it fails, or not, as it always did.
   */
  private static boolean plainUtf8Start(byte[] bytes) {
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) return false;
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0 || bytes[i] == (byte) 0xFE || bytes[i] == (byte) 0xFF) return false;
    }
    return true;
  }

  /** Below this size the digest is computed in line: a thread costs more than it saves. */
  private static final int DIGEST_ASIDE = 1 << 20;

  private static Supplier<String> digestOf(byte[] bytes) {
    if (bytes.length < DIGEST_ASIDE) {
      String now = ValidatedBanks.sha256(bytes);
      return () -> now;
    }
    var task = new FutureTask<>(() -> ValidatedBanks.sha256(bytes));
    var thread = new Thread(task, "bank-digest");
    thread.setDaemon(true);
    thread.start();
    return () -> {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandFailure("interrupted while loading a bank");
      } catch (ExecutionException e) {
        throw new IllegalStateException("computing a digest", e.getCause());
      }
    };
  }

  /**
   * Fails as {@link #text} does on bytes that are not UTF-8, without making a string of them: ASCII
   * (most banks) is checked byte by byte, anything else decoded a piece at a time.
   */
  private static void requireUtf8(byte[] bytes, Path file) {
    int i = 0;
    while (i < bytes.length && bytes[i] >= 0) i++;
    if (i == bytes.length) return;
    var decoder = StandardCharsets.UTF_8.newDecoder();
    var in = java.nio.ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) throw new CommandFailure(file + ": not a bank (the file is not UTF-8 text)");
      if (result.isUnderflow()) break;
      out.clear();
    }
    if (decoder.flush(out).isError()) throw new CommandFailure(file + ": not a bank (the file is not UTF-8 text)");
  }

  private static String text(byte[] bytes, Path file) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CommandFailure(file + ": not a bank (the file is not UTF-8 text)");
    }
  }

  private static QuestionBank read(String text, String name) {
    try {
      return BankCodec.read(text, name);
    } catch (BankFormatException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  private static List<QuestionBank> loadFiles(List<Path> files, ValidatedBanks known) {
    return loadFiles(files, known, null, null);
  }

  private static List<QuestionBank> loadFiles(List<Path> files, ValidatedBanks known, Path jar, ValidatedBanks.Stamp jarBefore) {
    var banks = new ArrayList<QuestionBank>();
    for (Path f : files) banks.add(loadFile(f, known, jar, jarBefore));
    return banks;
  }

  private static List<Path> bankFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      throw new CommandFailure(dir + ": cannot list (" + e.getMessage() + ")");
    }
  }

  /** The banks packaged in the jar (or in target/classes when run from the build). */
  public static List<QuestionBank> packaged() {
    return packaged(ValidatedBanks.NONE);
  }

  private static List<QuestionBank> packaged(ValidatedBanks known) {
    try {
      return packagedIn(Path.of(BankSources.class.getProtectionDomain().getCodeSource().getLocation().toURI()), known);
    } catch (URISyntaxException e) {
      throw new CommandFailure("cannot read the banks packaged with factdrill (" + e.getMessage() + ")");
    }
  }

  /** The banks packaged in this jar, or in this folder of classes. */
  static List<QuestionBank> packagedIn(Path codeSource, ValidatedBanks known) {
    try {
      if (Files.isDirectory(codeSource)) return loadPackaged(codeSource.resolve(PACKAGED), known, null, null);
      // Stamped before it is opened: a jar replaced while its banks are read is not noted as they were.
      ValidatedBanks.Stamp jarBefore = known.remembers() ? ValidatedBanks.stamp(codeSource) : null;
      try (FileSystem jar = FileSystems.newFileSystem(codeSource, Map.of())) {
        return loadPackaged(jar.getPath(PACKAGED), known, codeSource, jarBefore);
      }
    } catch (IOException e) {
      throw new CommandFailure("cannot read the banks packaged with factdrill (" + e.getMessage() + ")");
    }
  }

  private static List<QuestionBank> loadPackaged(Path dir, ValidatedBanks known, Path jar, ValidatedBanks.Stamp jarBefore) {
    if (!Files.isDirectory(dir)) throw new CommandFailure("no bank named, none in ./question-banks/, and none packaged");
    return loadFiles(bankFiles(dir), known, jar, jarBefore);
  }
}
