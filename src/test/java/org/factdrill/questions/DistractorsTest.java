package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.factdrill.article.ArticleReader;
import org.factdrill.facts.FactFinder;
import org.factdrill.facts.Facts;
import org.factdrill.facts.NumberMention;
import org.junit.jupiter.api.Test;

class DistractorsTest {

  private static Facts facts(String text) {
    return FactFinder.find(ArticleReader.read(text));
  }

  /**
   * containsWord scans with indexOf instead of compiling a pattern per pair of names: it must find
   * exactly what the pattern finds, letters of every kind (accents, surrogate pairs) included.
   */
  @Test
  void containsWordFindsWhatThePatternFinds() {
    String[] pieces = {"a", "B", " ", "-", "\u00e9", "\uD835\uDC00", "1", "ab", "Ab", ",", "Kim", "Jong"};
    Random random = new Random(42);
    int found = 0;
    for (int i = 0; i < 50_000; i++) {
      String text = pieces(random, pieces, random.nextInt(9));
      String word = pieces(random, pieces, 1 + random.nextInt(3));
      boolean expected = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])")
          .matcher(text).find();
      assertThat(Distractors.containsWord(text, word)).as("[" + text + "] [" + word + "]").isEqualTo(expected);
      if (expected) found++;
    }
    assertThat(found).as("cases where the word is found").isGreaterThan(1000);
  }

  private static String pieces(Random random, String[] pieces, int count) {
    var b = new StringBuilder();
    for (int k = 0; k < count; k++) b.append(pieces[random.nextInt(pieces.length)]);
    return b.toString();
  }

  @Test
  void voteTalliesKeepTheOutcome() {
    Facts f = facts("The House passed the bill on a vote of 230-197.");
    NumberMention vote = f.numbers().get(0);
    for (String d : Distractors.numbers(f, vote, vote.text(), 3, new Random(1))) {
      String[] parts = d.split("-");
      assertThat(Integer.parseInt(parts[0])).as(d).isGreaterThan(Integer.parseInt(parts[1]));
      assertThat(d).isNotEqualTo("230-197");
    }
  }

  @Test
  void numbersKeepTheirShape() {
    Facts f = facts("Ban is on a three-day Russia visit. He asked for a second term. An estimated 600,000 Rohingya fled.");
    for (NumberMention n : f.numbers()) {
      List<String> wrong = Distractors.numbers(f, n, n.text(), 3, new Random(1));
      assertThat(wrong).hasSize(3).doesNotContain(n.text());
      for (String w : wrong) assertThat(QualityChecks.shape(w)).as(w).isEqualTo(QualityChecks.shape(n.text()));
    }
  }

  @Test
  void datesComeFromTheArticleFirst() {
    Facts f = facts("On March 17, the council adopted Resolution 1973. Two days later Britain launched an operation. "
        + "On March 31 the command was transferred to NATO.");
    var wrong = Distractors.dates(f, f.dates().get(0), 3, new Random(1));
    assertThat(wrong).contains("March 19", "March 31").doesNotContain("March 17");
  }

  @Test
  void aNameSpelledLikeAMoreMentionedOneIsNotADistractor() {
    Facts f = facts("Kim Yong Chol left Beijing. Kim Yong Chol flew to New York. \"Kim Young Chol is coming,\" Trump wrote. "
        + "Donald Trump met Shinzo Abe.");
    var young = f.entities().stream().filter(e -> e.name().equals("Kim Young Chol")).findFirst();
    young.ifPresent(e -> assertThat(Distractors.misspelling(f, e)).isTrue());
    assertThat(Distractors.spelledAlike("Kim Young Chol", "Kim Yong Chol")).isTrue();
    assertThat(Distractors.spelledAlike("Shinzo Abe", "Kim Yong Chol")).isFalse();
  }
}
