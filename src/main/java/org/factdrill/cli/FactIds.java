package org.factdrill.cli;

import java.util.Optional;
import org.factdrill.questions.Question;

/**
 * The fact a question tests, when its bank says so (the optional "fact" field the generator writes
 * on each question; imported and hand-written questions have none, and study then matches cards by
 * question id alone).
 */
final class FactIds {
  private FactIds() {}

  static Optional<String> of(Question q) {
    return Optional.ofNullable(q.fact());
  }
}
