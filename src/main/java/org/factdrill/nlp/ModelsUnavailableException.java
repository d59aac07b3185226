package org.factdrill.nlp;

/** The language models are not on the class path, or could not be read: one line says which. */
public final class ModelsUnavailableException extends RuntimeException {
  public ModelsUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
