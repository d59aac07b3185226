package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.article.Article;
import org.factdrill.article.ArticleReader;
import org.junit.jupiter.api.Test;

class NumberFinderTest {

  private static List<NumberMention> numbers(String text) {
    Article a = ArticleReader.read(text);
    return NumberFinder.find(a, DateFinder.find(a));
  }

  private static NumberMention only(String text) {
    var found = numbers(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void aCompoundCountsItsUnit() {
    NumberMention n = only("Ban is on a three-day Russia visit.");
    assertThat(n.shape()).isEqualTo(NumberMention.Shape.COMPOUND);
    assertThat(n.value()).isEqualTo(3);
    assertThat(n.text()).isEqualTo("three-day");
  }

  @Test
  void anOrdinalCountsTheNounAfterIt() {
    NumberMention n = only("He asked for support for the second term as UN chief.");
    assertThat(n.shape()).isEqualTo(NumberMention.Shape.ORDINAL);
    assertThat(n.value()).isEqualTo(2);
    assertThat(n.counts()).isEqualTo("term");
  }

  @Test
  void aCardinalWithWhatItCounts() {
    NumberMention n = only("An estimated 600,000 Rohingya have been displaced in recent months.");
    assertThat(n.shape()).isEqualTo(NumberMention.Shape.CARDINAL);
    assertThat(n.value()).isEqualTo(600_000);
    assertThat(n.counts()).isEqualTo("Rohingya");
    assertThat(only("It helps 1.8 million people.").value()).isEqualTo(1_800_000);
  }

  @Test
  void aVoteTally() {
    NumberMention n = only("The House passed a resolution (423-3) by a voice vote.");
    assertThat(n.shape()).isEqualTo(NumberMention.Shape.VOTE);
    assertThat(n.text()).isEqualTo("423-3");
  }

  @Test
  void documentNumbersAreNotYearsOrCounts() {
    var found = numbers("On March 17, the UN Security Council adopted Resolution 1973. They introduced H.Con.Res. 90.");
    assertThat(found).extracting(NumberMention::text).containsExactly("Resolution 1973", "H.Con.Res. 90");
    assertThat(found).allSatisfy(n -> assertThat(n.shape()).isEqualTo(NumberMention.Shape.DOCUMENT));
  }

  @Test
  void timesAndDatesAreNotCounts() {
    assertThat(numbers("He scheduled a vote for 1 a.m. Monday, until Feb. 8.")).isEmpty();
  }
}
