package org.factdrill.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.factdrill.classroom.ClassFileException;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassQuizCodec;

/** File edges of the class commands: reading a quiz, and writing files whole or not at all. */
final class ClassFiles {
  /** Where results are written and collected unless --results says otherwise (relative to the working folder). */
  static final String DEFAULT_RESULTS = "class-results";

  private ClassFiles() {}

  static ClassQuiz readQuiz(Path file) {
    try {
      return ClassQuizCodec.read(readText(file, "class quiz"), file.toString());
    } catch (ClassFileException e) {
      throw new CommandFailure(e.getMessage());
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
      throw new CommandFailure(file + ": cannot read (" + reason(e) + ")");
    }
  }

  /**
   * Writes the whole text or nothing: into a temporary file beside the target, flushed to disk,
   * then moved over it in one step, so a crash or a full disk never leaves half a file.
   */
  static void writeAtomically(Path file, String text, boolean replace) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    try {
      Files.createDirectories(dir);
      if (!replace && Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
          ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
          ch.force(true);
        }
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new CommandFailure(file + ": already exists (not overwritten)");
    } catch (IOException e) {
      throw new CommandFailure(file + ": cannot write (" + reason(e) + ")");
    }
  }

  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such folder";
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
