package org.factdrill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random bits for a quiz's id and its shuffle, from the kernel's generator (/dev/urandom) where
 * there is one, else from SecureRandom. SecureRandom reads the same device, but first seeds a mixing
 * generator from the system's state (it lists the temp folder, among others): 25 ms or more of a
 * quiz's start, for bits no better.
 */
final class Entropy {
  private static final Path URANDOM = Path.of("/dev/urandom");

  private Entropy() {}

  static byte[] bytes(int n) {
    byte[] out = new byte[n];
    if (Files.isReadable(URANDOM)) {
      try (InputStream in = Files.newInputStream(URANDOM)) {
        if (in.readNBytes(out, 0, n) == n) return out;
      } catch (IOException e) {
        // Fall back below.
      }
    }
    new SecureRandom().nextBytes(out);
    return out;
  }

  /** A random (version 4) UUID made from 16 of these bytes, as UUID.randomUUID makes one. */
  static UUID uuid(byte[] random16) {
    byte[] b = random16.clone();
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    ByteBuffer buffer = ByteBuffer.wrap(b);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
