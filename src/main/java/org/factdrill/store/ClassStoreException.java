package org.factdrill.store;

/** The class results database cannot be used: the message says which file and why, in one line. */
public class ClassStoreException extends StoreException {
  public ClassStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
