package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.nlp.Analysed;
import org.factdrill.nlp.AnalysedArticle;
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
    // coreference leaves "the firm" of a long story untied at times; here it is left out altogether
    AnalysedArticle told = Analysed.body(
        "Northgate Dairies, a Welsh cheese company, says its profit doubled last year.",
        "Its operating profit for the last three months of the year was 40m pounds, against 19m a year earlier. Worse news came "
            + "when the firm was fined 2m pounds for breaking competition rules. The firm filed for administration in May 2003 "
            + "after finding a hole in its pension fund. By the end of 2004, the company's debts had reached 1bn pounds.",
        "The company's cheeses, popular in France and further afield, have kept selling well.");
    Entities e = Entities.of(new AnalysedArticle(told.headline(), told.sentences(), java.util.List.of()));
    Entity dairies = e.named("Northgate Dairies");
    // "The firm filed for administration": the fourth sentence
    assertThat(e.at(3, 1)).isEqualTo(dairies);
  }

  @Test
  void theFirmIsNoOneWhenTwoCompaniesShareTheStory() {
    Entities e = Entities.of(Analysed.body(
        "Northgate Dairies and Harbour Foods have agreed to merge, the two companies said on Monday.",
        "Northgate Dairies makes cheese. Harbour Foods sells bread in Wales. The firm sought new funds in May 2003."));
    assertThat(e.at(3, 1)).isNull();
  }

  @Test
  void aBareDescriptionIsTheOneNamedPhraseOfItsNounBeforeIt() {
    AnalysedArticle one = Analysed.body("The Kenyan government has raised the tax on diesel.",
        "Fuel prices rose 4% in Nairobi on Monday.", "The government is keeping its 5% growth target for next year.");
    assertThat(Entities.of(one).describedAt(2, 1)).isEqualTo("the Kenyan government");
    // "the government" said in between is the same one, and changes nothing
    AnalysedArticle again = Analysed.body("The Kenyan government has raised the tax on diesel.",
        "Fuel prices rose 4% in Nairobi on Monday after the government acted.",
        "The government is keeping its 5% growth target for next year.");
    assertThat(Entities.of(again).describedAt(2, 1)).isEqualTo("the Kenyan government");
    // two governments before it: "the government" could be either
    AnalysedArticle two = Analysed.body("The Kenyan government has raised the tax on diesel, and the Ugandan government has cut it.",
        "Fuel prices rose 4% in Nairobi on Monday.", "The government is keeping its 5% growth target for next year.");
    assertThat(Entities.of(two).describedAt(2, 1)).isNull();
  }
}
