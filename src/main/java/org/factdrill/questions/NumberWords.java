package org.factdrill.questions;

import java.util.List;

/** Small numbers as words, for distractors written like their answer ("three-day", "second"). */
final class NumberWords {
  private NumberWords() {}

  static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen");
  static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
}
