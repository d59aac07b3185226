package org.factdrill.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;

/** Reading exports back in tests: zip entries, spreadsheet rows, and the banks the tests use. */
final class ExportedFiles {
  private ExportedFiles() {}

  static Path projectDir() {
    return Path.of(System.getProperty("factdrill.projectDir", ".")).toAbsolutePath().normalize();
  }

  static QuestionBank bank(Path file) {
    try {
      return BankCodec.read(Files.readString(file), file.getFileName().toString());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read test bank " + file + ": " + e.getMessage(), e);
    }
  }

  static QuestionBank sampleBank() {
    return bank(Banks.GOLDEN.resolve("sample-b.bank.json"));
  }

  /** Every entry of a zip, in order; folder entries map to an empty text. */
  static Map<String, String> unzip(byte[] zip) {
    var out = new LinkedHashMap<String, String>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A zip as reviewable text: each entry's name, then its content. */
  static String zipListing(byte[] zip) {
    var out = new StringBuilder();
    unzip(zip).forEach((name, text) -> {
      out.append("=== ").append(name).append(" ===\n").append(text);
      if (!text.isEmpty() && !text.endsWith("\n")) out.append('\n');
    });
    return out.toString();
  }

  /** The first sheet's rows: each row number (1-based, as Excel shows it) with its non-empty cells. */
  static List<String> sheetRows(byte[] xlsx) {
    try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var rows = new ArrayList<String>();
      for (Row row : wb.getFirstSheet().read()) {
        var cells = new ArrayList<String>();
        for (Cell c : row) {
          if (c == null || c.getType() == CellType.EMPTY) continue;
          String col = String.valueOf((char) ('A' + c.getColumnIndex()));
          String value = c.getType() == CellType.NUMBER ? c.asNumber().toPlainString() : c.getText();
          cells.add(col + "=" + value);
        }
        if (!cells.isEmpty()) rows.add("row " + row.getRowNum() + ": " + String.join(" | ", cells));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first sheet as a grid: cell text by (1-based row, 0-based column); numbers as plain text. */
  static Map<Integer, Map<Integer, Object>> sheetCells(byte[] xlsx) {
    try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var out = new LinkedHashMap<Integer, Map<Integer, Object>>();
      for (Row row : wb.getFirstSheet().read()) {
        var cells = new LinkedHashMap<Integer, Object>();
        for (Cell c : row) {
          if (c == null || c.getType() == CellType.EMPTY) continue;
          cells.put(c.getColumnIndex(), c.getType() == CellType.NUMBER ? c.asNumber() : c.getText());
        }
        out.put(row.getRowNum(), cells);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
