package org.factdrill.classroom;

import org.factdrill.bank.BankFormatException;

/**
 * A class quiz or result file that cannot be used. A class file is JSON that holds questions, so
 * its faults take the bank files' form (file, JSON path, reason) and their one-line message; the
 * own type lets class commands tell a bad class file from a bad bank.
 */
public class ClassFileException extends BankFormatException {
  public ClassFileException(String file, String jsonPath, String reason) {
    super(file, jsonPath, reason);
  }
}
