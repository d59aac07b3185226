package org.factdrill.questions;

import java.util.List;

/** One way of asking about facts: each form makes the questions it can phrase well, and no others. */
public interface QuestionForm {
  List<Candidate> ask(Context context);
}
