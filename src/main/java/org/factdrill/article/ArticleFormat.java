package org.factdrill.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an article file holds, told from its first bytes: a PDF saved as "article.txt" is still a
 * PDF, and a web page saved without its extension is still a page whose markup must not reach a
 * question. The extension only decides what the content leaves open (an HTML fragment named .html).
 * Files that are documents of another kind are refused by name, so the user knows what to do.
 */
enum ArticleFormat {
  TEXT("text", 1L << 20),
  HTML("HTML", 10L << 20),
  /** PDFs carry fonts and pictures beside the text; a long illustrated article is a few megabytes. */
  PDF("PDF", 50L << 20);

  /** How much of the start of a file is enough to tell its format. */
  static final int SNIFF_BYTES = 4096;

  final String label;
  /** Past this size a file is not one article. */
  final long maxBytes;

  ArticleFormat(String label, long maxBytes) {
    this.label = label;
    this.maxBytes = maxBytes;
  }

  /** Tags that show up within the first kilobytes of any page and almost never in an article's text. */
  private static final Pattern TAGS = Pattern.compile(
      "<(p|div|br|span|a|h[1-6]|li|ul|ol|table|img|article|section|header|footer|script|style|meta|link|title)(\\s[^<>]*)?/?>",
      Pattern.CASE_INSENSITIVE);

  /** The format of a file whose content starts with {@code head}. */
  static ArticleFormat of(Path file, byte[] head) throws ArticleException {
    String start = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    if (start.indexOf("%PDF-") >= 0 && start.indexOf("%PDF-") < 1024) return PDF;
    String other = otherDocument(head);
    if (other != null) throw new ArticleException(file + ": " + other + ", not an article; save the article as PDF, HTML or plain text");
    String lead = start.replaceFirst("^(\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)", "").replace("\0", "").stripLeading().toLowerCase(Locale.ROOT);
    if (lead.startsWith("<!doctype html") || lead.startsWith("<html") || lead.startsWith("<head") || lead.startsWith("<body")) return HTML;
    if ((lead.startsWith("<?xml") || lead.startsWith("<!--") || lead.startsWith("<!doctype")) && lead.contains("<html")) return HTML;
    if (isHtmlName(file)) return HTML;
    // a page fragment, or a page saved as .txt: its tags would otherwise end up inside questions
    var tags = TAGS.matcher(lead);
    int found = 0;
    while (found < 3 && tags.find()) found++;
    return found >= 3 ? HTML : TEXT;
  }

  static boolean isHtmlName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
  }

  /** The kind of document the bytes are when it is one factdrill does not read, else null. */
  private static String otherDocument(byte[] b) {
    if (startsWith(b, 'P', 'K', 3, 4)) return "a zip archive (a Word .docx or OpenDocument file is one)";
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Word or Office document (.doc)";
    if (startsWith(b, '{', '\\', 'r', 't', 'f')) return "an RTF document";
    if (startsWith(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
    if (startsWith(b, 'G', 'I', 'F', '8')) return "a GIF image";
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
