package org.factdrill.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names that mean the same country or organisation ("UK", "Britain", "United Kingdom"), and the
 * other members of the same category, which are the plausible wrong answers a typo must not turn
 * into ("Iran" for "Iraq", "Austria" for "Australia", "Niger" for "Nigeria").
 *
 * <p>Kept in code rather than a file: grading is pure and the list is small (parsed once, lazily,
 * in well under a millisecond).
 */
final class Gazetteer {
  private Gazetteer() {}

  /** One set of names for the same thing; the first is its usual name. Phrases are read once. */
  record Group(String category, List<String> names, List<Phrase> phrases) {
    Group(String category, List<String> names) {
      this(category, names, names.stream().map(Phrase::of).toList());
    }
  }

  // One group per line: names separated by "|". Only names a learner might type; exonyms in use in
  // English news. England, Scotland and Wales are not the United Kingdom, so they are groups of their own.
  private static final String COUNTRIES = """
      Afghanistan
      Albania
      Algeria
      Andorra
      Angola
      Argentina
      Armenia
      Australia
      Austria
      Azerbaijan
      Bahamas|The Bahamas
      Bahrain
      Bangladesh
      Belarus|Byelorussia
      Belgium
      Belize
      Benin
      Bhutan
      Bolivia
      Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
      Botswana
      Brazil
      Brunei
      Bulgaria
      Burkina Faso
      Burundi
      Cambodia
      Cameroon
      Canada
      Cape Verde|Cabo Verde
      Central African Republic|CAR
      Chad
      Chile
      China|People's Republic of China|PRC
      Colombia
      Comoros
      Republic of the Congo|Congo-Brazzaville
      Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa
      Costa Rica
      Ivory Coast|Cote d'Ivoire
      Croatia
      Cuba
      Cyprus
      Czech Republic|Czechia
      Denmark
      Djibouti
      Dominican Republic
      Ecuador
      Egypt
      El Salvador
      Equatorial Guinea
      Eritrea
      Estonia
      Eswatini|Swaziland
      Ethiopia
      Fiji
      Finland
      France
      Gabon
      Gambia|The Gambia
      Georgia
      Germany
      Ghana
      Greece
      Guatemala
      Guinea
      Guinea-Bissau
      Guyana
      Haiti
      Honduras
      Hungary
      Iceland
      India
      Indonesia
      Iran|Persia
      Iraq
      Ireland|Eire|Republic of Ireland
      Israel
      Italy
      Jamaica
      Japan
      Jordan
      Kazakhstan
      Kenya
      Kosovo
      Kuwait
      Kyrgyzstan
      Laos
      Latvia
      Lebanon
      Lesotho
      Liberia
      Libya
      Liechtenstein
      Lithuania
      Luxembourg
      Madagascar
      Malawi
      Malaysia
      Maldives
      Mali
      Malta
      Mauritania
      Mauritius
      Mexico
      Moldova
      Monaco
      Mongolia
      Montenegro
      Morocco
      Mozambique
      Myanmar|Burma
      Namibia
      Nepal
      Netherlands|Holland|The Netherlands
      New Zealand
      Nicaragua
      Niger
      Nigeria
      North Korea|DPRK|Democratic People's Republic of Korea
      North Macedonia|Macedonia
      Norway
      Oman
      Pakistan
      Palestine|Palestinian territories
      Panama
      Papua New Guinea
      Paraguay
      Peru
      Philippines|The Philippines
      Poland
      Portugal
      Qatar
      Romania
      Russia|Russian Federation
      Rwanda
      Saudi Arabia
      Senegal
      Serbia
      Sierra Leone
      Singapore
      Slovakia
      Slovenia
      Somalia
      South Africa
      South Korea|Republic of Korea|ROK
      South Sudan
      Spain
      Sri Lanka
      Sudan
      Suriname
      Sweden
      Switzerland
      Syria
      Taiwan
      Tajikistan
      Tanzania
      Thailand
      Timor-Leste|East Timor
      Togo
      Tunisia
      Turkey|Turkiye
      Turkmenistan
      Uganda
      Ukraine
      United Arab Emirates|UAE|Emirates
      United Kingdom|UK|Britain|Great Britain|U.K.|GB
      United States|US|USA|U.S.|U.S.A.|America|United States of America
      Uruguay
      Uzbekistan
      Vatican|Holy See|Vatican City
      Venezuela
      Vietnam|Viet Nam
      Yemen
      Zambia
      Zimbabwe
      England
      Scotland
      Wales
      Northern Ireland
      """;

  private static final String ORGANIZATIONS = """
      United Nations|UN|U.N.
      UN Security Council|Security Council|UNSC|United Nations Security Council|U.N. Security Council
      UN General Assembly|General Assembly|UNGA|United Nations General Assembly
      UN Secretariat|Secretariat
      NATO|North Atlantic Treaty Organization|North Atlantic Alliance|OTAN
      European Union|EU
      European Commission
      International Atomic Energy Agency|IAEA
      Collective Security Treaty Organization|CSTO
      World Health Organization|WHO
      International Monetary Fund|IMF
      World Bank
      World Trade Organization|WTO
      OPEC|Organization of the Petroleum Exporting Countries
      African Union|AU
      Arab League|League of Arab States
      ASEAN|Association of Southeast Asian Nations
      OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe
      Shanghai Cooperation Organization|SCO
      G8|Group of Eight
      G7|Group of Seven
      G20|Group of Twenty
      BRICS
      ECOWAS|Economic Community of West African States
      UNICEF|United Nations Children's Fund
      UNESCO
      UNHCR|UN Refugee Agency|UN High Commissioner for Refugees
      World Food Programme|WFP
      International Criminal Court|ICC
      International Court of Justice|ICJ|World Court
      International Committee of the Red Cross|ICRC|Red Cross
      Interpol
      OECD|Organisation for Economic Co-operation and Development
      Commonwealth of Independent States|CIS
      European Parliament
      Council of Europe
      Human Rights Council|UN Human Rights Council|UNHRC
      """;

  private static volatile Map<String, Group> byKey;
  private static volatile List<Group> groups;

  /** The group a name belongs to, if any. */
  static Optional<Group> groupOf(String name) {
    return Optional.ofNullable(index().get(Phrase.of(name).key()));
  }

  /** Every group of a category (the plausible rivals of a country are the other countries). */
  static List<Group> inCategory(String category) {
    index();
    var out = new ArrayList<Group>();
    for (Group g : groups) if (g.category().equals(category)) out.add(g);
    return out;
  }

  private static Map<String, Group> index() {
    Map<String, Group> m = byKey;
    if (m != null) return m;
    synchronized (Gazetteer.class) {
      if (byKey != null) return byKey;
      var all = new ArrayList<Group>();
      read("country", COUNTRIES, all);
      read("organization", ORGANIZATIONS, all);
      var map = new HashMap<String, Group>();
      for (Group g : all) for (Phrase p : g.phrases()) map.putIfAbsent(p.key(), g);
      groups = List.copyOf(all);
      byKey = map;
      return map;
    }
  }

  private static void read(String category, String text, List<Group> into) {
    for (String line : text.split("\n")) {
      if (line.isBlank()) continue;
      into.add(new Group(category, List.of(line.strip().split("\\|"))));
    }
  }
}
