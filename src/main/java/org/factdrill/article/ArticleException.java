package org.factdrill.article;

/** An article file that cannot be used; the message is one line, naming the file and the reason. */
public final class ArticleException extends Exception {
  public ArticleException(String message) {
    super(message);
  }
}
