package org.factdrill.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  @Test
  void abbreviationsDoNotEndASentence() {
    Article a = ArticleReader.read("Sen. Mitch McConnell set a vote for 1 a.m. Monday on a bill to fund the government until Feb. 8. Rep. Raul Labrador agreed.");
    assertThat(a.sentenceTexts()).containsExactly(
        "Sen. Mitch McConnell set a vote for 1 a.m. Monday on a bill to fund the government until Feb. 8.",
        "Rep. Raul Labrador agreed.");
  }

  @Test
  void sentencesOnOneLineAreSplitAndParagraphsKept() {
    Article a = ArticleReader.read("Two days later Britain launched a military operation there. On March 31 the command was transferred to NATO.\nBan left.");
    assertThat(a.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
  }

  @Test
  void tokensKeepCompoundsAndSplitPossessives() {
    Sentence s = ArticleReader.read("Ban is on a three-day Russia visit to Moscow's no- fly zone.").sentences().get(0);
    List<String> words = s.tokens().stream().map(Token::text).toList();
    assertThat(words).contains("three-day", "Moscow", "'s", "no-fly");
    Token ban = s.tokens().get(0);
    assertThat(ban.tag()).isEqualTo("PROPN");
    assertThat(s.span(ban.start(), ban.end())).isEqualTo("Ban");
  }

  @Test
  void lemmasComeFromTheModel() {
    assertThat(Nlp.get().lemma("adopted", "VERB")).isEqualTo("adopt");
    assertThat(Nlp.get().lemma("launched", "VERB")).isEqualTo("launch");
  }
}
