package org.factdrill.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip built in memory whose bytes depend only on its entries: entries keep the order they were
 * added in and all carry the same fixed time, so the same bank always gives the same file (and
 * golden tests and diffs of exports stay meaningful).
 */
final class StableZip {

  /** DOS time cannot go before 1980; some readers reject that very date, so use a later one. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  StableZip add(String path, String text) {
    return add(path, text.getBytes(StandardCharsets.UTF_8));
  }

  StableZip add(String path, byte[] bytes) {
    if (entries.putIfAbsent(path, bytes) != null) throw new IllegalArgumentException("duplicate zip entry " + path);
    return this;
  }

  /** A directory entry (name ending in "/"), for importers that look for the folder itself. */
  StableZip addFolder(String path) {
    if (!path.endsWith("/")) throw new IllegalArgumentException("a folder entry ends with /: " + path);
    return add(path, new byte[0]);
  }

  byte[] bytes() {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        var entry = new ZipEntry(e.getKey());
        // setTimeLocal writes only the DOS time: no time zone, no extended-timestamp extra field.
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing a zip in memory", e);
    }
    return out.toByteArray();
  }

  /**
   * The entries of a zip held in memory, in the order of its central directory. Read through the
   * central directory rather than with ZipInputStream, which rejects the Zip64 data descriptors
   * that the spreadsheet library writes after each entry. Only what such small zips use is
   * supported: stored or deflated entries, no Zip64 sizes, no encryption.
   */
  static Map<String, byte[]> entries(byte[] zip) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    while (end >= 0 && b.getInt(end) != 0x06054b50) end--;
    if (end < 0) throw new IllegalArgumentException("not a zip: no end of central directory");
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    int at = b.getInt(end + 16);
    var out = new LinkedHashMap<String, byte[]>();
    for (int i = 0; i < count; i++) {
      if (b.getInt(at) != 0x02014b50) throw new IllegalArgumentException("broken zip central directory");
      int method = Short.toUnsignedInt(b.getShort(at + 10));
      long compressed = Integer.toUnsignedLong(b.getInt(at + 20));
      long size = Integer.toUnsignedLong(b.getInt(at + 24));
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
      int local = b.getInt(at + 42);
      if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || local == -1) {
        throw new IllegalArgumentException("Zip64 entries are not supported here");
      }
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
      out.put(name, switch (method) {
        case 0 -> java.util.Arrays.copyOfRange(zip, data, data + (int) size);
        case 8 -> inflate(zip, data, (int) compressed, (int) size);
        default -> throw new IllegalArgumentException("zip entry " + name + " uses compression method " + method);
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return out;
  }

  private static byte[] inflate(byte[] zip, int offset, int length, int size) {
    var inflater = new Inflater(true);
    try {
      inflater.setInput(zip, offset, length);
      byte[] out = new byte[size];
      int n = 0;
      while (n < size && !inflater.finished()) {
        int read = inflater.inflate(out, n, size - n);
        if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
        n += read;
      }
      if (n != size) throw new IllegalArgumentException("zip entry inflates to " + n + " bytes, not " + size);
      return out;
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("broken deflate data in zip", e);
    } finally {
      inflater.end();
    }
  }
}
