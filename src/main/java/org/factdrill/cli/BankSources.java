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
 * Finds and loads the banks a command works on: the files and folders named, else the first of
 * these that holds a bank: the user's bank library ({@code <home>/banks/}, where `generate` writes),
 * ./question-banks/ (the project's own seed banks, in a checkout), and the seed bank packaged in
 * the jar, so that commands work anywhere. Every command that reads banks comes here, so the order
 * is decided in this one place.
 */
public final class BankSources {
  /** Where the jar keeps the banks made from seeds/ (copied from question-banks/ at build time). */
  static final String PACKAGED = "org/factdrill/banks";
  /** The user's bank library, inside the user data folder. */
  static final String LIBRARY = "banks";
  /** The project's own banks, made from seeds/, in a checkout. */
  static final String PROJECT = "question-banks";

  private BankSources() {}

  /** The user's bank library: where `generate` writes by default, read first when no bank is named. */
  public static Path library(Path home) {
    return home.resolve(LIBRARY);
  }

  /** Loads every bank named (a folder means every *.json in it), or the defaults when none is named. */
  public static List<QuestionBank> load(List<Path> named, Path home, Path workingDir) {
    return load(named, home, workingDir, ValidatedBanks.NONE);
  }

  /**
   * As {@link #load(List, Path, Path)}, skipping the schema pass for a file whose exact bytes were
   * validated before (see {@link ValidatedBanks}) and remembering the files validated now.
   */
  public static List<QuestionBank> load(List<Path> named, Path home, Path workingDir, ValidatedBanks known) {
    if (named == null || named.isEmpty()) {
      for (Path folder : List.of(library(home), workingDir.resolve(PROJECT))) {
        if (Files.isDirectory(folder)) {
          List<Path> inside = bankFiles(folder);
          if (!inside.isEmpty()) return loadFiles(inside, known);
        }
      }
      return packaged(known);
    }
    var files = new ArrayList<Path>();
    for (Path given : named) {
      Path p = inLibrary(given, home);
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

  /**
   * The one bank a command that takes one bank works on: the file named, else the only bank of the
   * first source that has any (as {@link #load(List, Path, Path)}). When that source holds several,
   * it is a usage error listing them: picking one for the user would be a guess.
   */
  public static QuestionBank loadOne(Path named, Path home, Path workingDir) {
    if (named != null) return loadFile(inLibrary(named, home));
    List<QuestionBank> found = load(List.of(), home, workingDir);
    if (found.size() == 1) return found.get(0);
    var ids = new ArrayList<String>();
    for (QuestionBank b : found) ids.add(b.id());
    throw new UsageException("no bank named, and there are " + found.size() + ": name one (" + String.join(", ", ids) + ")");
  }

  /**
   * A name that is no file here but is a bank in the user's library, by file name or bank id
   * ({@code ban-lavrov-and-libya} for {@code <home>/banks/ban-lavrov-and-libya.json}), means that bank:
   * `generate` says where it wrote, and the id is what a user remembers. Anything else is as given.
   */
  static Path inLibrary(Path given, Path home) {
    if (Files.exists(given) || given.getNameCount() != 1) return given;
    String name = given.toString();
    Path library = library(home);
    for (Path candidate : List.of(library.resolve(name), library.resolve(name + ".json"))) {
      if (candidate.getFileName().toString().endsWith(".json") && Files.isRegularFile(candidate)) return candidate;
    }
    return given;
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
    if (!Files.isDirectory(dir)) throw new CommandFailure("no bank named, none in your bank library or ./question-banks/, and none packaged");
    return loadFiles(bankFiles(dir), known, jar, jarBefore);
  }
}
