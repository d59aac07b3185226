package org.factdrill.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, which is
 * then moved over it. A failure (full disk, no permission) leaves any earlier file as it was.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** Fails early, before any work, when {@code target} cannot be a file: no folder, or a folder itself. */
  static void checkTarget(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) throw new CommandFailure(target + ": is a folder; give a file name");
    Path folder = absolute.getParent();
    if (folder == null) throw new CommandFailure("cannot write " + target + ": give a file name");
    if (Files.exists(folder) && !Files.isDirectory(folder)) throw new CommandFailure("cannot write " + target + ": " + folder + " is not a folder");
    if (!Files.isDirectory(folder)) throw new CommandFailure("cannot write " + target + ": the folder " + folder + " does not exist");
  }

  static void write(Path target, byte[] bytes) {
    checkTarget(target);
    Path absolute = target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
      Files.write(temp, bytes);
      keepPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (AccessDeniedException e) {
      throw new CommandFailure("cannot write " + target + ": permission denied");
    } catch (NoSuchFileException e) {
      throw new CommandFailure("cannot write " + target + ": files cannot be made in " + folder);
    } catch (FileSystemException e) {
      throw new CommandFailure("cannot write " + target + ": " + (e.getReason() != null ? e.getReason() : e.getMessage()));
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + target + ": " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is the only thing left behind; the target is untouched either way.
        }
      }
    }
  }

  /** A temporary file is private (0600); the result should look like any file the user writes. */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, perms);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }
}
