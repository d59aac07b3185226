package org.factdrill.export;

import java.util.Optional;

/**
 * Answer weights Moodle accepts. Moodle rejects a fraction that is not on its grade list; the
 * full list is not confirmed, so only the values known safe are used: 100, 50, 33.33333, 25, 20
 * and their negatives. Shared by the GIFT and Moodle XML writers.
 */
final class MoodleGrades {
  private static final String[] SHARE_OF_100 = {null, "100", "50", "33.33333", "25", "20"};

  private MoodleGrades() {}

  /** 100% shared among {@code parts} right choices, as Moodle writes it, when that is a safe value. */
  static Optional<String> share(int parts) {
    return parts >= 1 && parts < SHARE_OF_100.length ? Optional.of(SHARE_OF_100[parts]) : Optional.empty();
  }

  /**
   * The weight of one wrong pick in a multiple-answer question: the wrong choices together take
   * away 100%, so ticking every box scores nothing. With more wrong choices than the safe list can
   * share, each takes away 100%.
   */
  static String wrongPick(int wrongChoices) {
    return "-" + share(wrongChoices).orElse("100");
  }

  /** Why a multiple-answer question cannot be written, or empty when it can. */
  static Optional<String> cannotShare(int rightChoices) {
    if (share(rightChoices).isPresent()) return Optional.empty();
    return Optional.of(rightChoices + " right choices: 100% cannot be shared among them with the grades Moodle accepts (at most "
        + (SHARE_OF_100.length - 1) + ")");
  }
}
