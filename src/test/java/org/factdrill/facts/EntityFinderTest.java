package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factdrill.article.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

  static Facts seed;

  @BeforeAll
  static void readSeed() throws Exception {
    try (var in = EntityFinderTest.class.getResourceAsStream("/org/factdrill/golden/seed-000.txt")) {
      seed = FactFinder.find(ArticleReader.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  static Optional<Entity> named(Facts facts, String name) {
    return facts.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void peopleWithTheirRolesAndCountries() {
    Entity lavrov = named(seed, "Sergei Lavrov").orElseThrow();
    assertThat(lavrov.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(lavrov.role()).isEqualTo("Russian Foreign Minister");
    assertThat(lavrov.country()).isEqualTo("Russia");
    assertThat(named(seed, "Dmitry Medvedev").orElseThrow().role()).isEqualTo("Russian President");
  }

  @Test
  void aBareTitleTakesTheQualifierTheArticleGivesElsewhere() {
    // "Secretary General Ban Ki moon" ... "as the UN secretary-general"
    Entity ban = named(seed, "Ban Ki-moon").orElseThrow();
    assertThat(ban.role()).isEqualTo("UN Secretary General");
  }

  @Test
  void laterMentionsBySurnameOrFamilyNameAreLinked() {
    int ban = seed.entities().indexOf(named(seed, "Ban Ki-moon").orElseThrow());
    assertThat(seed.mentionsOf(ban)).extracting(Mention::text).contains("Ban", "Ban Ki-moon");
    assertThat(named(seed, "Ban Ki-moon").orElseThrow().aliases()).contains("Ban");
    int lavrov = seed.entities().indexOf(named(seed, "Sergei Lavrov").orElseThrow());
    assertThat(seed.mentionsOf(lavrov)).extracting(Mention::text).contains("Lavrov");
  }

  @Test
  void organisationsWithAcronymsDefinedInTheText() {
    assertThat(seed.acronyms()).extracting(Acronym::acronym, Acronym::expansion)
        .contains(org.assertj.core.groups.Tuple.tuple("CSTO", "Collective Security Treaty Organisation"));
    assertThat(named(seed, "Collective Security Treaty Organisation").orElseThrow().aliases()).contains("CSTO");
    assertThat(named(seed, "NATO").orElseThrow().kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(named(seed, "Kremlin")).isPresent();
  }

  @Test
  void countriesByNameAndDemonymMediaAndFacilities() {
    assertThat(named(seed, "Ivory Coast").orElseThrow().kind()).isEqualTo(EntityKind.COUNTRY);
    assertThat(named(seed, "United States").orElseThrow().aliases()).contains("US");
    int russia = seed.entities().indexOf(named(seed, "Russia").orElseThrow());
    assertThat(seed.mentionsOf(russia)).extracting(Mention::text).contains("Russian", "Russia");
    assertThat(named(seed, "Russia Today").orElseThrow().kind()).isEqualTo(EntityKind.MEDIA);
    Entity station = named(seed, "Fukushima-1 power station").orElseThrow();
    assertThat(station.kind()).isEqualTo(EntityKind.FACILITY);
    assertThat(station.location()).isEqualTo("Japan");
    assertThat(named(seed, "Gorki retreat").orElseThrow().kind()).isEqualTo(EntityKind.FACILITY);
  }

  @Test
  void appositionsPartiesAndHomeStates() {
    Facts f = FactFinder.find(ArticleReader.read(
        "Kim Yong Chol, the vice chairman of the Central Committee, left Beijing. "
            + "The resolution was co-sponsored by Democratic Congressman Joe Crowley of New York. "
            + "House Foreign Affairs Chairman Ed Royce, a Republican from California, spoke. "
            + "Kim Jong Un did not answer."));
    assertThat(named(f, "Kim Yong Chol").orElseThrow().role()).isEqualTo("vice chairman of the Central Committee");
    Entity crowley = named(f, "Joe Crowley").orElseThrow();
    assertThat(crowley.party()).isEqualTo("Democrat");
    assertThat(crowley.home()).isEqualTo("New York");
    assertThat(named(f, "Ed Royce").orElseThrow().home()).isEqualTo("California");
    assertThat(named(f, "Kim Jong Un")).as("'Un' is not the UN").isPresent();
  }
}
