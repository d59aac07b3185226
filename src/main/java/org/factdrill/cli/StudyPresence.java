package org.factdrill.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whether another study session of the same learner is open (another window): a lock on a small
 * file in the home, held while the session runs and let go by the system however the process ends
 * (even killed). Nothing depends on it for safety (each review is its own transaction and builds
 * on the card as stored); it is there so the learner is told.
 */
final class StudyPresence implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StudyPresence(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the learner's study lock; {@link #alone()} says whether it was free. */
  static StudyPresence enter(Path home, String user) {
    try {
      Files.createDirectories(home);
      FileChannel ch = FileChannel.open(home.resolve("study-" + key(user) + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      return new StudyPresence(ch, l);
    } catch (IOException e) {
      // A home where a lock file cannot be made: the database open will say what is wrong with it.
      return new StudyPresence(null, null);
    }
  }

  /** False when another session of this learner holds the lock. */
  boolean alone() {
    return channel == null || lock != null;
  }

  /** A file name for any user name: its SHA-256, shortened. */
  private static String key(String user) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(user.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public void close() {
    try {
      if (lock != null) lock.release();
      if (channel != null) channel.close();
    } catch (IOException e) {
      // Released by the system when the process ends anyway.
    }
  }
}
