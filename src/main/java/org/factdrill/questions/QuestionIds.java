package org.factdrill.questions;

import org.factdrill.facts.ContentIds;

/**
 * Question ids come from content, never from order or time, so they stay the same when other
 * questions are added or removed: "q-" and the first eight hex digits of SHA-256 over the parts.
 */
public final class QuestionIds {
  private QuestionIds() {}

  public static String of(String... parts) {
    return ContentIds.of("q-", parts);
  }
}
