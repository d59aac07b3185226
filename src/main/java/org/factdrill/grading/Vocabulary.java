package org.factdrill.grading;

import java.util.Set;

/** Small word lists grading relies on, all in folded form (lower case, no diacritics). */
final class Vocabulary {
  private Vocabulary() {}

  static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Words before a person's name that are not part of it ("President Dmitry Medvedev", "Mr Ban"):
   * titles and the nationality or organisation that goes with them.
   */
  static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "senator",
      "rep", "representative", "gov", "governor", "gen", "general", "col", "colonel", "adm", "admiral",
      "president", "vice", "prime", "minister", "foreign", "defense", "finance", "interior", "secretary",
      "secretarygeneral", "chancellor", "premier", "king", "queen", "prince", "princess", "emperor", "pope",
      "sheikh", "ayatollah", "ambassador", "envoy", "chief", "leader", "chairman", "chairwoman", "chair",
      "mayor", "judge", "justice", "speaker", "deputy", "former", "acting", "the", "un", "us", "uk", "eu",
      "nato", "russian", "american", "british", "french", "german", "chinese", "japanese", "libyan", "iranian",
      "iraqi", "syrian", "israeli", "palestinian", "ukrainian", "turkish", "indian", "pakistani", "afghan",
      "egyptian", "korean", "italian", "spanish", "canadian", "belgian", "saudi", "kremlin", "state");

  /**
   * Words naming whose a role or body is ("Russian" Foreign Minister, "UN" Security Council). A
   * learner may leave them out; adding one the answer lacks is accepted only when the prompt or the
   * source sentence names it, so "US President" is not taken for "Russian President".
   */
  static final Set<String> QUALIFIERS = Set.of(
      "un", "us", "uk", "eu", "nato", "unsc", "russian", "american", "british", "french", "german", "chinese",
      "japanese", "libyan", "iranian", "iraqi", "syrian", "israeli", "palestinian", "ukrainian", "turkish",
      "indian", "pakistani", "afghan", "egyptian", "korean", "italian", "spanish", "canadian", "belgian",
      "saudi", "european", "african", "arab", "kremlin");

  /** Words a document's number may come with ("UN Security Council Resolution 1973"). */
  static final Set<String> DOCUMENT_WORDS = Set.of("un", "unsc", "united", "nations", "security", "council",
      "general", "assembly", "resolution", "res", "law", "act", "bill", "article", "no", "number");

  /** Words a learner may add to a number without changing it ("No. 1973", "the 3"). */
  static final Set<String> NEUTRAL = Set.of("the", "a", "an", "of", "no", "nr", "number", "num", "on", "in",
      "exactly", "some", "about", "around", "approximately", "roughly", "nearly", "almost", "only", "just");

  /** Kinds whose answer is essentially a number: the words around it may be left out. */
  static final Set<String> NUMERIC_KINDS = Set.of("number", "quantity", "count", "amount", "money", "percentage",
      "percent", "duration", "age", "year", "document", "resolution", "law", "ordinal", "rank", "score",
      "measure", "measurement", "figure", "statistic", "time");

  static final Set<String> PERSON_KINDS = Set.of("person", "people", "name", "leader", "official");

  /** Kinds where a leading qualifier ("Russian", "UN") may be dropped, leaving at least two words. */
  static final Set<String> QUALIFIED_KINDS = Set.of("role", "title", "position", "job", "office", "organization",
      "organisation", "org", "body", "institution", "agency", "document", "event", "treaty", "group");

  /** Kinds where a qualifier may be dropped down to one word: "President" for "Russian President", "Charter" for "UN Charter". */
  static final Set<String> TITLE_KINDS = Set.of("role", "title", "position", "job", "office", "document", "treaty");

  /** How many leading words of {@code p} are qualifiers that may be left out for this kind. */
  static int droppableQualifiers(Phrase p, String kind) {
    if (!QUALIFIED_KINDS.contains(kind)) return 0;
    int keep = TITLE_KINDS.contains(kind) ? 1 : 2;
    int i = 0;
    while (i < p.size() - keep && !p.tokens().get(i).isNumber() && QUALIFIERS.contains(p.tokens().get(i).text())) i++;
    return i;
  }

  /** Kinds whose answers are proper names of bodies or places, which have acronyms (CSTO, UNSC, UAE). */
  static final Set<String> NAMED_KINDS = Set.of("organization", "organisation", "org", "body", "institution",
      "agency", "group", "alliance", "treaty", "country", "place", "location", "state", "region", "party", "company");

  /** Words skipped when making an acronym ("Collective Security Treaty Organisation" is CSTO). */
  static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "on", "in", "de", "des", "du", "la",
      "le", "&", "to", "at", "a", "an");

  /** Name particles a learner may leave out of a surname ("al-Assad" is "Assad"). */
  static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der",
      "le", "la", "du", "dos", "das", "ben", "abu");

  static String singular(String word) {
    if (word.length() > 3 && word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.substring(0, word.length() - 1);
    return word;
  }

  static boolean isPerson(String kind) {
    return PERSON_KINDS.contains(kind);
  }
}
