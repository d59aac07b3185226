package org.factdrill.facts;

import java.util.List;

/**
 * A simple clause of a sentence, as token ranges: the subject, the verb group (auxiliaries and the
 * main verb), and the rest up to the first place where another clause begins. {@code lead} is an
 * opening phrase such as "On March 17," or "Two days later" (empty when there is none).
 */
public record Clause(int sentence, int leadStart, int leadEnd, int subjectStart, int subjectEnd,
    List<Integer> auxiliaries, int verb, int restStart, int restEnd) {
  public Clause {
    auxiliaries = List.copyOf(auxiliaries);
  }

  public boolean hasLead() {
    return leadEnd > leadStart;
  }
}
