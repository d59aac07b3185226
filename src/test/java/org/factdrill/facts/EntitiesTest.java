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

  @Test
  void theFirmIsTheCompanyAStoryIsAbout() {
    Entities e = Entities.of(Analysed.body(
        "Northgate Dairies, the Welsh food group at the centre of a long accounting row, has reported a doubling in profit.",
        "Its pre-tax earnings in the fourth quarter were 40m pounds, up from 19m in the same period of 2003. Less welcome was the "
            + "news that the firm had been fined 2m pounds for breaking takeover rules. The firm sought bankruptcy protection in "
            + "May 2003 after disclosing a hole in its accounts. Overall, the company's debt is close to 1bn pounds.",
        "Its brands, popular in Wales and abroad, have kept their sales since the row broke."));
    Entity dairies = e.named("Northgate Dairies");
    // "The firm sought bankruptcy protection": the fourth sentence
    assertThat(e.at(3, 1)).isEqualTo(dairies);
  }

  @Test
  void theFirmIsNoOneWhenTwoCompaniesShareTheStory() {
    Entities e = Entities.of(Analysed.body(
        "Northgate Dairies and Harbour Foods have agreed to merge, the two companies said on Monday.",
        "Northgate Dairies makes cheese. Harbour Foods sells bread in Wales. The firm sought new funds in May 2003."));
    assertThat(e.at(3, 1)).isNull();
  }
}
