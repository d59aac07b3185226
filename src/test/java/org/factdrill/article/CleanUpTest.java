package org.factdrill.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanUpTest {

  @Test
  void putsBackTheSpaceAfterAGluedComma() {
    assertThat(CleanUp.repairLine("in Libya,Russian President")).isEqualTo("in Libya, Russian President");
    assertThat(CleanUp.repairLine("a three-day Russia visit,during which")).isEqualTo("a three-day Russia visit, during which");
  }

  @Test
  void leavesNumbersWithThousandsSeparatorsAlone() {
    assertThat(CleanUp.repairLine("An estimated 600,000 Rohingya")).isEqualTo("An estimated 600,000 Rohingya");
  }

  @Test
  void putsBackTheSpaceAfterAGluedFullStopButNotInsideInitials() {
    assertThat(CleanUp.repairLine("by Russia Today TV channel.Sources said")).isEqualTo("by Russia Today TV channel. Sources said");
    assertThat(CleanUp.repairLine("the U.S.Senate and H.Con.Res. 90")).isEqualTo("the U.S.Senate and H.Con.Res. 90");
  }

  @Test
  void joinsBrokenHyphenationButKeepsDashesBetweenWords() {
    assertThat(CleanUp.repairLine("imposing a no- fly zone")).isEqualTo("imposing a no-fly zone");
    assertThat(CleanUp.repairLine("The resolution - co-sponsored by")).isEqualTo("The resolution - co-sponsored by");
    assertThat(CleanUp.repairLine("pre- and post-war")).isEqualTo("pre- and post-war");
  }

  @Test
  void makesCurlyQuotesPlain() {
    assertThat(CleanUp.normaliseCharacters("\u201cThe president\u201d said NATO \u2018overstepping\u2019 Moscow\u2019s"))
        .isEqualTo("\"The president\" said NATO 'overstepping' Moscow's");
  }

  @Test
  void writesOneNameOneWay() {
    var cleaned = CleanUp.clean("Secretary General Ban Ki moon arrived.\nThe president and Mr. Ban Ki-moon agreed.");
    assertThat(cleaned.body()).contains("Secretary General Ban Ki-moon arrived.").doesNotContain("Ki moon");
  }

  @Test
  void tellsAHeadlineFromTheBody() {
    var cleaned = CleanUp.clean("US House Has Next Try on Difficult Immigration Debate\n\nThe Senate voted.\nIt failed.");
    assertThat(cleaned.headline()).isEqualTo("US House Has Next Try on Difficult Immigration Debate");
    assertThat(cleaned.paragraphs()).containsExactly("The Senate voted.", "It failed.");
  }

  @Test
  void aFirstLineThatEndsLikeASentenceIsBody() {
    var cleaned = CleanUp.clean("Russian President Dmitry Medvedev today asked Ban to act.\nBan agreed.");
    assertThat(cleaned.headline()).isNull();
    assertThat(cleaned.paragraphs()).hasSize(2);
  }

  @Test
  void dropsADatelineBeforeTheFirstSentence() {
    var cleaned = CleanUp.clean("Pompeo to Meet\n\nWHITE HOUSE \u2014 U.S. Secretary of State Mike Pompeo will meet a general.");
    assertThat(cleaned.paragraphs().get(0)).isEqualTo("U.S. Secretary of State Mike Pompeo will meet a general.");
  }

  @Test
  void dropsInvisibleCharactersAndJoinsLineBreakHyphenation() {
    var cleaned = CleanUp.clean("It was for the American people.\u200b\nAn interna-\ntional crisis grew.");
    assertThat(cleaned.body()).isEqualTo("It was for the American people.\nAn international crisis grew.");
  }
}
