package org.factdrill.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.ShortAnswer;

/**
 * What a typed answer is graded against: the answer, its accepted forms, the wrong answers a typo
 * must not be taken for (a multiple-choice question's other choices), the kind of answer (person,
 * date, number...) and the context (the prompt and source sentence), whose words a learner may
 * add ("3 days" when the prompt asks how many days).
 */
public record ExpectedAnswer(String answer, List<String> accept, List<String> distractors, String kind, String context) {

  public ExpectedAnswer {
    if (answer == null || answer.isBlank()) throw new IllegalArgumentException("answer must not be blank");
    accept = accept == null ? List.of() : List.copyOf(accept);
    distractors = distractors == null ? List.of() : List.copyOf(distractors);
    kind = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
    context = context == null ? "" : context;
  }

  public static ExpectedAnswer of(ShortAnswer q) {
    return new ExpectedAnswer(q.answer(), q.accept(), List.of(), q.kind(), context(q.prompt(), q.source().text()));
  }

  public static ExpectedAnswer of(MultipleChoice q) {
    var others = new ArrayList<String>(q.choices());
    others.remove(q.answer());
    return new ExpectedAnswer(q.answer(), q.accept(), others, q.kind(), context(q.prompt(), q.source().text()));
  }

  private static String context(String prompt, String source) {
    return prompt + "\n" + source;
  }

  /** The answer and its accepted forms, the answer first. */
  List<String> written() {
    var out = new ArrayList<String>();
    out.add(answer);
    out.addAll(accept);
    return out;
  }
}
