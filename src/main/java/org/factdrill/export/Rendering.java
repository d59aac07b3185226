package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.factdrill.questions.Question;

/** What a writer made of one question: its text in the format, or why the format cannot hold it. */
record Rendering(String text, String skipReason) {

  static Rendering written(String text) {
    return new Rendering(text, null);
  }

  static Rendering skipped(String reason) {
    return new Rendering(null, reason);
  }

  boolean isSkipped() {
    return skipReason != null;
  }

  /** The texts of the questions a format holds, in order, and the questions it skipped. */
  record Collected(List<String> texts, List<BankWriter.Skipped> skipped) {
    int written() {
      return texts.size();
    }
  }

  static Collected collect(List<Question> questions, Function<Question, Rendering> render) {
    var texts = new ArrayList<String>();
    var skipped = new ArrayList<BankWriter.Skipped>();
    for (Question q : questions) {
      Rendering r = render.apply(q);
      if (r.isSkipped()) skipped.add(new BankWriter.Skipped(q.id(), r.skipReason()));
      else texts.add(r.text());
    }
    return new Collected(texts, skipped);
  }
}
