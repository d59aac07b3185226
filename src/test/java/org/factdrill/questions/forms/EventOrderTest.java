package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.Ordering;
import org.junit.jupiter.api.Test;

class EventOrderTest {
  @Test
  void datedEventsInTheOrderTheyHappened() {
    var qs = Forms.askArticle(new EventOrder(), "water-summit.txt");
    assertThat(qs).hasSize(1);
    var o = (Ordering) qs.get(0);
    assertThat(o.answers()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(o.answers().get(0)).contains("Ethiopia");
    assertThat(o.answers()).anyMatch(a -> a.contains("published a draft")).anyMatch(a -> a.contains("signed"));
    // March 3, then March 9, then (one of the two signings of) March 14
    assertThat(o.answers().indexOf(o.answers().stream().filter(a -> a.contains("draft")).findFirst().orElseThrow()))
        .isLessThan(o.answers().indexOf(o.answers().stream().filter(a -> a.contains("signed")).findFirst().orElseThrow()));
    assertThat(o.answers()).noneMatch(a -> a.contains("March"));
  }
}
