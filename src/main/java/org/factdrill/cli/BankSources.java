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
    if (named == null || named.isEmpty()) {
      Path local = workingDir.resolve("question-banks");
      if (Files.isDirectory(local) && !bankFiles(local).isEmpty()) return loadFiles(bankFiles(local));
      return packaged();
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
    return loadFiles(files);
  }

  public static QuestionBank loadFile(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new CommandFailure(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new CommandFailure(file + ": not a bank (the file is not UTF-8 text)");
    } catch (IOException e) {
      throw new CommandFailure(file + ": cannot read (" + e.getMessage() + ")");
    }
    try {
      return BankCodec.read(text, file.toString());
    } catch (BankFormatException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  private static List<QuestionBank> loadFiles(List<Path> files) {
    var banks = new ArrayList<QuestionBank>();
    for (Path f : files) banks.add(loadFile(f));
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
    try {
      Path codeSource = Path.of(BankSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(codeSource)) return loadPackaged(codeSource.resolve(PACKAGED));
      try (FileSystem jar = FileSystems.newFileSystem(codeSource, Map.of())) {
        return loadPackaged(jar.getPath(PACKAGED));
      }
    } catch (IOException | URISyntaxException e) {
      throw new CommandFailure("cannot read the banks packaged with factdrill (" + e.getMessage() + ")");
    }
  }

  private static List<QuestionBank> loadPackaged(Path dir) {
    if (!Files.isDirectory(dir)) throw new CommandFailure("no bank named, none in ./question-banks/, and none packaged");
    return loadFiles(bankFiles(dir));
  }
}
