package org.factdrill.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
      throw new CommandFailure(file + ": cannot read (" + AtomicFile.reason(e) + ")");
    }
  }

  /** Writes the whole text or nothing (see {@link AtomicFile}), creating the folders; an existing file is kept unless {@code replace}. */
  static void writeAtomically(Path file, String text, boolean replace) {
    AtomicFile.writeCreatingFolders(file, text.getBytes(StandardCharsets.UTF_8), replace ? AtomicFile.Existing.REPLACE : AtomicFile.Existing.KEEP);
  }
}
