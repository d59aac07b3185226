package org.factdrill.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The edge where article files are read: the format told from the content ({@link ArticleFormat}),
 * size and content checks, text decoding (UTF-8, else a best-effort Windows-1252/Latin-1 decode with
 * a warning), and the article text of an HTML page ({@link HtmlText}) or a PDF ({@link PdfText}).
 * Every refusal is an {@link ArticleException} with a one-line reason.
 */
public final class ArticleFile {
  /** A long news article is about 50 KB of text; past 1 MB a .txt file is not one article. */
  public static final long MAX_TEXT_BYTES = ArticleFormat.TEXT.maxBytes;
  /** Saved web pages carry scripts and styles around the article, so they may be larger. */
  public static final long MAX_HTML_BYTES = ArticleFormat.HTML.maxBytes;

  /** What was read: the article's text, the digest of the file's bytes, and any warnings. */
  public record Loaded(Path path, String text, String sha256, List<String> warnings) {
    public Loaded {
      warnings = List.copyOf(warnings);
    }
  }

  private ArticleFile() {}

  public static boolean isHtml(Path file) {
    return ArticleFormat.isHtmlName(file);
  }

  /** Whether a file found in a folder is taken as an article (by name: a folder holds other files too). */
  public static boolean isArticle(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".pdf") || isHtml(file));
  }

  public static Loaded load(Path file) throws ArticleException {
    byte[] bytes = readBytes(file);
    return decode(file, bytes);
  }

  static byte[] readBytes(Path file) throws ArticleException {
    try {
      if (Files.isDirectory(file)) throw new ArticleException(file + ": is a folder, not an article file");
      long size = Files.size(file);
      // the limit depends on the format, which the first bytes tell
      byte[] head;
      try (var in = Files.newInputStream(file)) {
        head = in.readNBytes(ArticleFormat.SNIFF_BYTES);
      }
      ArticleFormat format = head.length == 0 ? ArticleFormat.TEXT : ArticleFormat.of(file, head);
      if (size > format.maxBytes) {
        throw new ArticleException(String.format(Locale.ROOT,
            "%s: too large for one article (%s; the limit is %s for %s files)",
            file, megabytes(size), megabytes(format.maxBytes), format.label));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArticleException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new ArticleException(file + ": permission denied");
    } catch (IOException e) {
      throw new ArticleException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** Bytes to article text; pure apart from the path used in messages. */
  public static Loaded decode(Path file, byte[] bytes) throws ArticleException {
    var warnings = new ArrayList<String>();
    if (bytes.length == 0) throw new ArticleException(file + ": the file is empty");
    ArticleFormat format = ArticleFormat.of(file, bytes);
    String text = switch (format) {
      case PDF -> PdfText.articleText(file, bytes);
      case HTML -> HtmlText.articleText(decodeText(file, bytes, warnings));
      case TEXT -> decodeText(file, bytes, warnings);
    };
    if (text.isBlank()) throw new ArticleException(file + ": no article text in the file");
    return new Loaded(file, text, sha256(bytes), warnings);
  }

  static String decodeText(Path file, byte[] bytes, List<String> warnings) throws ArticleException {
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    if (looksBinary(bytes)) throw new ArticleException(file + ": not a text file (binary content)");
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      warnings.add(file + ": not UTF-8; read as Windows-1252 (Latin-1), check accented letters");
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** NUL bytes, or many control bytes, mean this is not text in any encoding we read. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    return control > n / 20;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
