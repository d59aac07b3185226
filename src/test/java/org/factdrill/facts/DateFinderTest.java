package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.factdrill.article.ArticleReader;
import org.junit.jupiter.api.Test;

class DateFinderTest {

  private static List<DateMention> dates(String text) {
    return DateFinder.find(ArticleReader.read(text));
  }

  @Test
  void relativeDatesFollowTheArticleTimeline() {
    var found = dates("On March 17, the council adopted Resolution 1973. Two days later Britain launched an operation there. "
        + "On March 31 the command was transferred to NATO.");
    assertThat(found).extracting(DateMention::label).containsExactly("March 17", "March 19", "March 31");
    assertThat(found.get(1).relative()).isTrue();
    assertThat(found.get(1).text()).isEqualTo("Two days later");
  }

  @Test
  void neverInventsAYear() {
    var found = dates("On March 17 the vote was held. A week later the talks began.");
    assertThat(found).allSatisfy(d -> assertThat(d.year()).isEqualTo(DateMention.NONE));
    assertThat(found.get(1).label()).isEqualTo("March 24");
  }

  @Test
  void keepsTheYearTheArticleGives() {
    var found = dates("On December 30, 2010, it began. Three days later it ended.");
    assertThat(found).extracting(DateMention::label).containsExactly("December 30, 2010", "January 2, 2011");
  }

  @Test
  void aRelativeDateWithoutAnAnchorIsLeftOut() {
    assertThat(dates("Two days later the talks began.")).isEmpty();
  }

  @Test
  void abbreviatedMonthsWeekdaysAndYears() {
    var found = dates("The bill would fund the government through Feb. 8, the Senate said Saturday. It was established in 2012.");
    assertThat(found).extracting(DateMention::label).containsExactly("February 8", "Saturday", "2012");
    assertThat(found.get(1).weekday()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(found.get(2).isYearOnly()).isTrue();
  }

  @Test
  void aDateRangeIsNotOneDate() {
    assertThat(dates("They attend the summit June 8-9 in Canada.")).isEmpty();
  }
}
