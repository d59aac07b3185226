package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.nlp.Analysed;
import org.junit.jupiter.api.Test;

class EntitiesTest {

  @Test
  void aSurnameJoinsTheFullNameBeforeIt() {
    Entities e = Entities.of(Analysed.body("Sergei Lavrov met Ban Ki-moon in Moscow. Lavrov said the talks went well."));
    Entity lavrov = e.named("Lavrov");
    assertThat(lavrov).isNotNull();
    assertThat(lavrov.name()).isEqualTo("Sergei Lavrov");
    assertThat(lavrov.kind()).isEqualTo(Kind.PERSON);
    assertThat(lavrov.mentions()).extracting(m -> m.sentence()).contains(0, 1);
  }

  @Test
  void countriesHaveOneNameWhateverTheArticleCallsThem() {
    Entities e = Entities.of(Analysed.body("The United States and Russia disagreed. US officials met Russian diplomats."));
    assertThat(e.ofKind(Kind.COUNTRY)).extracting(Entity::name).containsExactlyInAnyOrder("United States", "Russia");
  }

  @Test
  void anOrganisationCalledTheCompanyIsACompany() {
    Entities e = Entities.of(Analysed.article(Analysed.text("harbour-rail.txt")));
    Entity rail = e.named("Harbour Rail");
    assertThat(rail).isNotNull();
    assertThat(rail.kind()).isEqualTo(Kind.COMPANY);
  }

  @Test
  void theArticlesMainSubjectIsTheMostSalient() {
    Entities e = Entities.of(Analysed.article(Analysed.text("harbour-rail.txt")));
    Entity top = e.all().stream().max(java.util.Comparator.comparingDouble(Entity::salience)).orElseThrow();
    assertThat(top.name()).isEqualTo("Harbour Rail");
  }
}
