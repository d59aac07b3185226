package org.factdrill.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What the score store and the class results store both do with the one SQLite file in the user's
 * home: open it (creating the folder, or read-only), run a transaction without hiding its first
 * failure, and say in one line a person can act on what went wrong.
 */
final class Sqlite {
  static final String FILE_NAME = "factdrill.db";

  private Sqlite() {}

  /** Work inside a transaction. */
  interface Work {
    void run() throws SQLException;
  }

  /** The database in {@code home}, the folder created when needed, opened to write with WAL and full syncs. */
  static Connection openToWrite(Path home) {
    Path file = home.resolve(FILE_NAME);
    try {
      Files.createDirectories(home);
    } catch (FileAlreadyExistsException e) {
      throw new StoreException("cannot use " + home + " for scores: it is a file, not a folder", e);
    } catch (IOException e) {
      throw new StoreException("cannot create the folder " + home + " for scores (" + e.getMessage() + ")", e);
    }
    Connection db = connect(file, false);
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA busy_timeout = " + busyTimeoutMillis());
      s.execute("PRAGMA journal_mode = WAL");
      // FULL: an answer reported saved is on disk, even if the machine loses power right after.
      s.execute("PRAGMA synchronous = FULL");
      s.execute("PRAGMA foreign_keys = ON");
    } catch (SQLException e) {
      close(db);
      throw new StoreException(describe(file, "cannot use", e), e);
    }
    return db;
  }

  /** The database in {@code home}, read-only, when it exists and holds {@code table}; null otherwise. */
  static Connection openToRead(Path home, String table) {
    if (Files.exists(home) && !Files.isDirectory(home)) {
      throw new StoreException("cannot use " + home + " for scores: it is a file, not a folder", null);
    }
    Path file = home.resolve(FILE_NAME);
    if (!Files.exists(file)) return null;
    Connection db = connect(file, true);
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA busy_timeout = " + busyTimeoutMillis());
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
        if (rs.next() && rs.getInt(1) > 0) return db;
      }
    } catch (SQLException e) {
      close(db);
      throw new StoreException(describe(file, "cannot read", e), e);
    }
    close(db);
    return null;
  }

  private static Connection connect(Path file, boolean readOnly) {
    // SQLite reports a folder in the file's place as a disk I/O error: say what it is.
    if (Files.isDirectory(file)) throw new StoreException("cannot open " + file + ": it is a folder, not a database file", null);
    var props = new Properties();
    if (readOnly) props.setProperty("open_mode", "1");
    try {
      return DriverManager.getConnection("jdbc:sqlite:" + file, props);
    } catch (SQLException e) {
      throw new StoreException(describe(file, "cannot open", e), e);
    }
  }

  /** How long to wait for another process holding the database; the property factdrill.busyTimeoutMillis overrides it (tests). */
  static int busyTimeoutMillis() {
    String v = System.getProperty("factdrill.busyTimeoutMillis");
    try {
      return v == null ? 3000 : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return 3000;
    }
  }

  /**
   * Runs {@code work} in one transaction: all of it is committed, or none. The failure thrown is the
   * first one (a full disk, say), not a later "no transaction is active" from rolling back or from
   * turning auto-commit on again after SQLite already rolled the transaction back itself.
   */
  static void inTransaction(Connection db, Work work) throws SQLException {
    db.setAutoCommit(false);
    SQLException failure = null;
    try {
      work.run();
      db.commit();
    } catch (SQLException e) {
      failure = e;
      try {
        db.rollback();
      } catch (SQLException again) {
        e.addSuppressed(again);
      }
      throw e;
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException e) {
        if (failure == null) throw e;
        failure.addSuppressed(e);
      }
    }
  }

  /** One line a person can act on, from SQLite's result code: "{@code doing} FILE: why". */
  static String describe(Path file, String doing, SQLException e) {
    int code = e.getErrorCode() & 0xff;
    String why = switch (code) {
      case 5, 6 -> "the database is locked by another program; try again when it is done";
      case 8 -> "the database is read-only";
      case 10 -> "the disk could not be read or written (disk I/O error)";
      case 13 -> "the disk is full";
      case 14 -> "the file cannot be opened (check the folder exists and may be written)";
      case 11, 26 -> "the file is not a factdrill database, or is damaged";
      default -> firstLine(e.getMessage());
    };
    return doing + " " + file + ": " + why;
  }

  private static String firstLine(String s) {
    if (s == null) return "unknown database error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static void close(Connection db) {
    try {
      db.close();
    } catch (SQLException e) {
      // Closing can only fail if the connection is already broken; every answer was committed.
    }
  }
}
