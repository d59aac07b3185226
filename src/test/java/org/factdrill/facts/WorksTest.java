package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.nlp.Analysed;
import org.junit.jupiter.api.Test;

class WorksTest {
  private static List<Entity> works(String... paragraphs) {
    return Facts.of(Analysed.body(paragraphs)).entities().ofKind(Kind.WORK);
  }

  @Test
  void aTitleAfterAWorkNounIsAWorkWhereverTheArticleUsesIt() {
    // the parser reads "novel" here as an adjective, and the tagger the title as a body's name
    var found = works("Amina Wekesa's novel Harbour Lights won the Northgate Prize on Monday.", "Harbour Lights follows a ferry captain in Mombasa.");
    assertThat(found).singleElement().satisfies(w -> {
      assertThat(w.name()).isEqualTo("Harbour Lights");
      assertThat(w.mentions()).extracting(org.factdrill.nlp.Mention::sentence).containsExactly(0, 1);
    });
  }

  @Test
  void aTitleSetBesideAWorkNounOrBeforeByAndAPersonKeepsItsOwnThe() {
    assertThat(works("Harbour Lights, her second novel, follows a ferry captain in Mombasa.")).extracting(Entity::name).containsExactly("Harbour Lights");
    assertThat(works("The Glass Harbour by Tom Hale took the award for best play.")).extracting(Entity::name).containsExactly("The Glass Harbour");
  }

  @Test
  void namesAndHalvesOfTitlesAreNoWorks() {
    // before "by", a run the tagger calls a place is that place; a title with "and" cannot be told from two names
    assertThat(works("A speech in Leeds by Tom Hale opened the festival.")).isEmpty();
    assertThat(works("Harbour Lights and Northgate Nights by Tom Hale won the prize.")).isEmpty();
    assertThat(works("The novel was praised by Tom Hale in March.")).isEmpty();
  }
}
