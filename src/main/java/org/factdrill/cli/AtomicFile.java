package org.factdrill.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, are flushed
 * to disk, and the file is then moved over the target in one step. A failure (full disk, no
 * permission, a crash) leaves any earlier file as it was and no half-written one.
 */
final class AtomicFile {
  /** The temporary file's name holds at most this much of the target's, so a long name still fits in 255 bytes. */
  private static final int NAME_IN_TEMP = 64;

  private AtomicFile() {}

  /** What to do when the target already exists. */
  enum Existing {
    /** Replace it (an export written again). */
    REPLACE,
    /** Keep it and fail: another process's file is never overwritten, even one written a moment ago. */
    KEEP
  }

  /** Fails early, before any work, when {@code target} cannot be a file: no folder, or a folder itself. */
  static void checkTarget(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) throw new CommandFailure(target + ": is a folder; give a file name");
    Path folder = absolute.getParent();
    if (folder == null) throw new CommandFailure("cannot write " + target + ": give a file name");
    if (Files.exists(folder) && !Files.isDirectory(folder)) throw new CommandFailure("cannot write " + target + ": " + folder + " is not a folder");
    if (!Files.isDirectory(folder)) throw new CommandFailure("cannot write " + target + ": the folder " + folder + " does not exist");
  }

  /** Writes {@code bytes} to {@code target} (whose folder must exist), replacing what is there. */
  static void write(Path target, byte[] bytes) {
    write(target, bytes, Existing.REPLACE);
  }

  /** Writes {@code bytes} to {@code target}, creating its folders first. */
  static void writeCreatingFolders(Path target, byte[] bytes, Existing existing) {
    Path folder = target.toAbsolutePath().normalize().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new CommandFailure("cannot write " + target + ": " + reason(e));
      }
    }
    write(target, bytes, existing);
  }

  static void write(Path target, byte[] bytes, Existing existing) {
    checkTarget(target);
    Path absolute = target.toAbsolutePath().normalize();
    if (existing == Existing.KEEP && Files.exists(absolute)) throw alreadyThere(target);
    if (isSpecial(absolute)) {
      writeDirectly(target, absolute, bytes);
      return;
    }
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, tempPrefix(absolute), ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
        // On disk before the rename: a crash right after must not leave an empty file under the real name.
        channel.force(true);
      }
      keepPermissions(absolute, temp);
      if (existing == Existing.REPLACE) replace(temp, absolute);
      else placeNew(temp, absolute);
      temp = null;
    } catch (FileAlreadyExistsException e) {
      throw alreadyThere(target);
    } catch (NoSuchFileException e) {
      // The folder is there (checked above), yet no file can be made in it: /proc, a vanished mount.
      throw new CommandFailure("cannot write " + target + ": files cannot be made in " + folder);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + target + ": " + reason(e));
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

  /**
   * A FIFO, a device or a socket: something other than a file of its own. Renaming a temporary
   * file over it would replace it (a reader of the FIFO would get nothing; as root, /dev/full
   * would be gone), and "whole or nothing" means nothing for a stream: it is written to directly.
   */
  static boolean isSpecial(Path absolute) {
    return Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute);
  }

  private static void writeDirectly(Path target, Path absolute, byte[] bytes) {
    try (var out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + target + ": " + reason(e));
    }
  }

  private static CommandFailure alreadyThere(Path target) {
    return new CommandFailure(target + ": already exists (not overwritten)");
  }

  private static void replace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Puts the file in place only if the name is free, in one step: a hard link fails when the
   * target exists (a rename would replace it). Where links cannot be made (FAT USB sticks), a
   * move without replacing.
   */
  private static void placeNew(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException | UnsupportedOperationException e) {
      Files.move(temp, target);
      return;
    }
    Files.deleteIfExists(temp);
  }

  private static String tempPrefix(Path target) {
    String name = target.getFileName().toString();
    return "." + (name.length() <= NAME_IN_TEMP ? name : name.substring(0, NAME_IN_TEMP)) + ".";
  }

  /** Why a file operation failed, in a few words (the exception's own text names the path again). */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
    String m = e.getMessage();
    // Never a class name: a person cannot act on "IOException".
    return m == null || m.isBlank() ? "input/output error" : m;
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
