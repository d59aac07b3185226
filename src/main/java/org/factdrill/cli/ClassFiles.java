package org.factdrill.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.factdrill.classroom.ClassFileException;
import org.factdrill.classroom.ClassKey;
import org.factdrill.classroom.KeyCodec;
import org.factdrill.classroom.PaperCodec;

/** File edges of the class commands: reading a quiz or a key, keeping keys, writing files whole or not at all. */
final class ClassFiles {
  /** Where results are written and collected unless --results says otherwise (relative to the working folder). */
  static final String DEFAULT_RESULTS = "class-results";

  /** The teacher's answer keys, one per quiz code, in the data folder. */
  static final String KEYS = "class-keys";

  private ClassFiles() {}

  static PaperCodec.QuizFile readQuiz(Path file) {
    try {
      return PaperCodec.read(readText(file, "class quiz"), file.toString());
    } catch (ClassFileException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  static Path keyFile(Path home, String quizCode) {
    return home.resolve(KEYS).resolve(quizCode + ".json");
  }

  static ClassKey readKey(Path file) {
    try {
      return KeyCodec.read(readText(file, "factdrill answer key"), file.toString());
    } catch (ClassFileException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  /**
   * Writes a key whole, readable by its owner only (it holds every answer and the secret of the
   * personal codes); its folder too, when this makes it.
   */
  static void writeKey(Path file, ClassKey key, boolean replace) {
    Path folder = file.toAbsolutePath().getParent();
    boolean made = !Files.isDirectory(folder);
    writeAtomically(file, KeyCodec.write(key), replace);
    try {
      if (made) Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system (a FAT stick): its own rules apply.
    }
  }

  static String readText(Path file, String what) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new CommandFailure(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new CommandFailure(file + ": not a " + what + " (the file is not UTF-8 text)");
    } catch (IOException e) {
      throw new CommandFailure(file + ": cannot read (" + AtomicFile.reason(e) + ")");
    }
  }

  /** Writes the whole text or nothing (see {@link AtomicFile}), creating the folders; an existing file is kept unless {@code replace}. */
  static void writeAtomically(Path file, String text, boolean replace) {
    AtomicFile.writeCreatingFolders(file, text.getBytes(StandardCharsets.UTF_8), replace ? AtomicFile.Existing.REPLACE : AtomicFile.Existing.KEEP);
  }
}
