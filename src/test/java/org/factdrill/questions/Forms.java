package org.factdrill.questions;

import java.util.List;
import org.factdrill.facts.Facts;
import org.factdrill.nlp.Analysed;

/** Runs one question form over a text analysed by the shared pipeline (for the forms' tests). */
public final class Forms {
  private Forms() {}

  public static List<Question> ask(QuestionForm form, String... paragraphs) {
    return form.ask(Context.of(Facts.of(Analysed.body(paragraphs)), BankMaker.DEFAULT_SEED)).stream().map(Candidate::question).toList();
  }

  public static List<Question> askArticle(QuestionForm form, String name) {
    return form.ask(Context.of(Facts.of(Analysed.article(Analysed.text(name))), BankMaker.DEFAULT_SEED)).stream()
        .map(Candidate::question).toList();
  }

  /** An article's text, headline on its first line, as `generate` reads it. */
  public static List<Question> askText(QuestionForm form, String text) {
    return form.ask(Context.of(Facts.of(Analysed.article(text)), BankMaker.DEFAULT_SEED)).stream().map(Candidate::question).toList();
  }

  public static List<String> prompts(List<Question> qs) {
    return qs.stream().map(Question::prompt).toList();
  }
}
