package org.factdrill.bank;

import java.util.List;
import java.util.Objects;
import org.factdrill.questions.Question;

/** A bank of questions generated from one article (or assembled by hand and imported). */
public record QuestionBank(String id, String title, ArticleRef article, List<Question> questions) {

  public static final int SCHEMA_VERSION = 1;

  /** The article a bank was made from: where it was, its digest, and its sentences as cited. */
  public record ArticleRef(String path, String sha256, List<String> sentences) {
    public ArticleRef {
      Objects.requireNonNull(path, "article.path");
      Objects.requireNonNull(sha256, "article.sha256");
      sentences = List.copyOf(sentences);
    }
  }

  public QuestionBank {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(article, "article");
    questions = List.copyOf(questions);
  }

  public QuestionBank withQuestions(List<Question> replacement) {
    return new QuestionBank(id, title, article, replacement);
  }
}
