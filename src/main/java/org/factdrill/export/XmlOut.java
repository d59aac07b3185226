package org.factdrill.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one way the exports write XML (Moodle XML, QTI 2.1, Canvas QTI 1.2): a StAX writer from the
 * JDK, which does all the escaping, with two things it does not do. It drops the characters XML 1.0
 * cannot hold at all ({@link XmlChars}), which no escape can carry and which make an importer reject
 * the whole file; and it indents elements two spaces a level, so that an export reads well in a diff
 * and in a text editor. Text never gets whitespace added inside it: an element that holds text is
 * written on one line.
 */
final class XmlOut {
  // The JDK's own writer, not whichever StAX library the class path happens to hold (the tests'
  // holds Aalto, through fastexcel-reader): the bytes of an export must not depend on that.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final StringWriter buffer = new StringWriter();
  private final XMLStreamWriter xml;
  /** One entry per open element: whether it has child elements yet, and whether it holds text. */
  private final java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();
  private boolean rootWritten;

  private static final class Open {
    boolean children;
    boolean mixed;
  }

  private XmlOut() {
    try {
      xml = FACTORY.createXMLStreamWriter(buffer);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's StAX writer is always there", e);
    }
  }

  /** A new document: the XML declaration (UTF-8, as every importer expects it) and a line break. */
  static XmlOut document() {
    var out = new XmlOut();
    out.run(() -> {
      out.xml.writeStartDocument("UTF-8", "1.0");
      out.xml.writeCharacters("\n");
    });
    return out;
  }

  XmlOut start(String name) {
    run(() -> {
      newLine();
      xml.writeStartElement(name);
    });
    open.push(new Open());
    return this;
  }

  /**
   * An element of mixed content (text with inline elements, such as a QTI {@code <p>} with an entry
   * box in it): nothing is indented inside it, where whitespace would be part of the text.
   */
  XmlOut startInline(String name) {
    start(name);
    open.peek().mixed = true;
    return this;
  }

  /** An element with no content, written {@code <name/>}; attributes may follow. */
  XmlOut empty(String name) {
    run(() -> {
      newLine();
      xml.writeEmptyElement(name);
    });
    return this;
  }

  /** The default namespace of the element just started. */
  XmlOut namespace(String uri) {
    run(() -> xml.writeDefaultNamespace(uri));
    return this;
  }

  XmlOut namespace(String prefix, String uri) {
    run(() -> xml.writeNamespace(prefix, uri));
    return this;
  }

  /**
   * An attribute of the element just started. Line breaks and tabs become spaces: a parser would
   * turn them into spaces anyway (attribute-value normalisation), so writing them would only hide
   * what an importer sees.
   */
  XmlOut attr(String name, String value) {
    run(() -> xml.writeAttribute(name, XmlChars.legal(value).replaceAll("[\\t\\n\\r]", " ")));
    return this;
  }

  XmlOut attr(String prefix, String uri, String name, String value) {
    run(() -> xml.writeAttribute(prefix, uri, name, XmlChars.legal(value).replaceAll("[\\t\\n\\r]", " ")));
    return this;
  }

  /** Text inside the element open now; the writer escapes it. */
  XmlOut text(String text) {
    run(() -> xml.writeCharacters(XmlChars.legal(text)));
    if (!open.isEmpty()) open.peek().mixed = true;
    return this;
  }

  /**
   * Text in a CDATA section, as Moodle's exporter writes text with markup characters: a "]]>"
   * inside is split across two sections ({@code ]]]]><![CDATA[>}), the only way CDATA can hold it.
   */
  XmlOut cdata(String text) {
    String clean = XmlChars.legal(text);
    run(() -> {
      int from = 0;
      for (int end = clean.indexOf("]]>"); end >= 0; end = clean.indexOf("]]>", from)) {
        xml.writeCData(clean.substring(from, end + 2));
        from = end + 2;
      }
      xml.writeCData(clean.substring(from));
    });
    if (!open.isEmpty()) open.peek().mixed = true;
    return this;
  }

  /** A comment on its own line; "--", which cannot be in a comment, becomes "- -". */
  XmlOut comment(String text) {
    run(() -> {
      newLine();
      xml.writeComment(" " + XmlChars.legal(text).replace("--", "- -") + " ");
    });
    return this;
  }

  /** An element holding only text, on one line. */
  XmlOut element(String name, String text) {
    return start(name).text(text).end();
  }

  XmlOut end() {
    Open closing = open.pop();
    run(() -> {
      if (closing.children && !closing.mixed) newLine();
      xml.writeEndElement();
    });
    return this;
  }

  /** The document, ending with a line break. */
  String finish() {
    run(() -> {
      xml.writeEndDocument();
      xml.writeCharacters("\n");
      xml.flush();
    });
    return buffer.toString();
  }

  /** Before a tag: a line break and the indent of its depth, unless it sits inside text. */
  private void newLine() throws XMLStreamException {
    Open parent = open.peek();
    if (parent == null) {
      // The root element follows the declaration's line break; a comment before it gets its own line.
      if (rootWritten) xml.writeCharacters("\n");
      rootWritten = true;
      return;
    }
    parent.children = true;
    if (!parent.mixed) xml.writeCharacters("\n" + "  ".repeat(open.size()));
  }

  private interface XmlStep {
    void run() throws XMLStreamException;
  }

  private void run(XmlStep step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      // Only a misuse of the writer (an end with nothing open) gets here; the text is never at fault.
      throw new IllegalStateException("writing XML in memory", e);
    }
  }
}
