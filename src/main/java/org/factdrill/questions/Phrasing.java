package org.factdrill.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Entities;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Slot;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * Clauses to English: a clause's tokens as a statement, as a question about one of its slots (with
 * the auxiliary moved in front of the subject, or "did" and the verb's base form), or with a gap.
 * A pronoun is replaced by the name coreference ties it to ("he" by "Sergei Lavrov", "its" by
 * "Tesco's"); a pronoun, "this" or "the company" with no name behind it makes the phrasing fail
 * (null), since a question must stand alone.
 */
public final class Phrasing {
  private final Entities entities;

  /** The entity the question being phrased asks for (its pronouns stay pronouns), or null. */
  private Entity asked;

  private final org.factdrill.facts.Timeline timeline;

  public Phrasing(Entities entities) {
    this(entities, null);
  }

  public Phrasing(Entities entities, org.factdrill.facts.Timeline timeline) {
    this.entities = entities;
    this.timeline = timeline;
  }

  /** A phrasing for questions whose answer is {@code entity}: "Who made his breakthrough in 2004?". */
  public Phrasing asking(Entity entity) {
    Phrasing p = new Phrasing(entities, timeline);
    p.asked = entity;
    return p;
  }

  /** The words of {@link #PERSON_NOUNS} that stand for a thing, not a person: capitalised, they end a name. */
  private static final Set<String> THINGS = Set.of("prize", "book", "gallery", "film", "play", "show", "album", "deal", "plan",
      "move", "report", "bill", "figure", "scheme", "study");

  /**
   * Nouns that, after "the", describe rather than name: a person ("the star", "the 29-year-old",
   * "the singer") or one of {@link #THINGS} ("the prize", "the report").
   */
  private static final Set<String> PERSON_NOUNS = union(Set.of("star", "striker", "champion", "player", "man", "woman", "singer",
      "actor", "actress", "minister", "leader", "msp", "mp", "official", "spokesman", "spokeswoman", "runner", "athlete",
      "sprinter", "boss", "coach", "manager", "chief", "executive", "winner", "author", "writer", "director", "veteran",
      "year-old", "teenager", "youngster", "midfielder", "defender", "goalkeeper", "captain", "president", "chairman", "founder",
      "vaulter", "jumper", "playwright", "novelist", "secretary", "chancellor", "governor", "senator", "judge", "runner-up",
      "medallist", "medalist", "finalist", "favourite", "favorite", "contender", "nominee", "incumbent", "holder"), THINGS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    var all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Common nouns that, after "the", name one obvious thing in a news story without a referent. */
  private static final Set<String> UNIQUE = Set.of("world", "public", "west", "pope", "queen", "internet", "web", "euro",
      "dollar", "pound", "press", "media", "end", "start", "first", "rest", "number", "top",
      "bottom", "future", "past", "weekend", "morning", "evening", "night", "time", "uk", "us", "eu", "un", "commons", "lords");

  /** The text of tokens of a sentence, in order, with pronouns resolved; null when one cannot be. */
  public String render(Sentence s, Collection<Integer> tokenSet) {
    return render(s, tokenSet, java.util.Set.of());
  }

  /** As {@link #render(Sentence, Collection)}, with {@code filled} tokens left out but standing for text (a gap). */
  String render(Sentence s, Collection<Integer> tokenSet, Set<Integer> filled) {
    return render(s, tokenSet, filled, new java.util.HashSet<>());
  }

  /** As {@link #render(Sentence, Collection, Set)}, going on from text that already named {@code named}. */
  private String render(Sentence s, Collection<Integer> tokenSet, Set<Integer> filled, Set<Entity> named) {
    if (asked != null) named.add(asked);
    List<Integer> tokens = new ArrayList<>(tokenSet);
    tokens.sort(null);
    var out = new StringBuilder();
    int previous = -1;
    int skipBefore = -1;
    for (int k = 0; k < tokens.size(); k++) {
      int i = tokens.get(k);
      if (i < skipBefore) continue;
      Token t = s.token(i);
      String text = t.text();
      if (text.equals("(")) {
        // "(£52m)", "(59th position)": an aside in brackets gives answers away and lengthens the question
        int close = i + 1;
        while (close < s.size() && !s.token(close).text().equals(")")) close++;
        skipBefore = close + 1;
        continue;
      }
      org.factdrill.facts.Timeline.Day day = timeline == null ? null : timeline.at(s.index(), i);
      if (day != null && tokens.contains(timeline.endAt(s.index(), i) - 1)) {
        // "Two days later" said as the day it comes to: a question must not lean on the sentence before
        text = "on " + day.text();
        skipBefore = timeline.endAt(s.index(), i);
        say(out, s, previous, i, text);
        previous = skipBefore - 1;
        continue;
      }
      if (isGapComma(s, tokens, k, filled)) continue;
      // checked at the owned noun: the owner's own words may be skipped over, when a name is put in for them
      for (int owner : s.children(i, "nmod:poss")) if (ownerSaysNotWhich(s, owner, tokens, filled)) return null;
      String word = text.toLowerCase(Locale.ROOT);
      if (t.isPronoun() && word.equals("their") && pairSubject(s, i) >= 0) {
        // "Wekesa and Hale have chosen ... for their club": the pair its clause's subject names, neither
        // of its names alone; the pair is never an answer (one of a pair is no gap), so the question says it
        say(out, s, previous, i, text);
        previous = i;
        continue;
      } else if (t.isPronoun()) {
        Entity e = referent(s, i);
        if (e == null) return null;
        // "Farouk had thanked her": an object pronoun is never its own clause's subject (that would be "herself")
        if (t.pos().equals("PRP") && !s.relation(i).startsWith("nsubj") && e.equals(subjectOf(s, i))) return null;
        // "Which company is testing its Harbour Express?": the answer's own product names the answer; a person's
        // own work does not ("Who won the prize with her novel Harbour Lights?" gives no name away)
        if (e.equals(asked) && e.kind().isBody() && t.pos().equals("PRP$")) {
          // up to the word it belongs to; the word after it where the parse hangs the possessive elsewhere
          for (int k2 = i + 1; k2 <= Math.max(s.head(i), Math.min(i + 1, s.size() - 1)); k2++) {
            if (s.token(k2).isProperNoun() || Character.isUpperCase(s.token(k2).text().charAt(0))) return null; // "its Harbour Express"
          }
        }
        // a pronoun whose referent the text already names, or the question asks for, stays as it is
        if (!(named.contains(e) || e.equals(asked))) {
          String name = e.kind() == org.factdrill.facts.Kind.COUNTRY && e.name().equals("United States") ? "the US" : e.withArticle();
          text = t.pos().equals("PRP$") ? possessive(name) : name;
          named.add(e); // said by name once; after that, "its" reads right
        }
      } else if (t.pos().equals("DT") && Set.of("this", "these", "those", "that").contains(word) && s.relation(i).equals("det")) {
        return null;
      } else if (word.equals("there") && s.relation(i).equals("advmod") && s.index() > 0
          && entities.onlyPlaceIn(s.index() - 1) != null) {
        // "launched a military operation there", the sentence before naming one place: "in Libya"
        text = "in " + entities.onlyPlaceIn(s.index() - 1).withArticle();
      } else if ((word.equals("there") || word.equals("here")) && s.relation(i).equals("advmod")) {
        return null;
      } else if (leansOnEarlierText(s, i, tokens)) {
        return null;
      } else if (MODIFIERS.contains(s.relation(i)) && s.head(i) >= 0 && !tokens.contains(s.head(i)) && !filled.contains(s.head(i))) {
        return null; // "agreed that war-era constituted": the noun a modifier belongs to was left out
      } else if (word.equals("the") && s.relation(i).equals("det") && bareDefinite(s, i, tokens, filled)) {
        int noun = s.head(i);
        Entity e = entities.at(s.index(), noun);
        String fuller = noun == i + 1 ? entities.describedAt(s.index(), noun) : null;
        boolean body = e != null && e.kind().isBody();
        if (!body && fuller != null) {
          // "The shilling" said as the article first said it: "Kenya's shilling"
          text = fuller;
          skipBefore = noun + 1;
          say(out, s, previous, i, text);
          previous = skipBefore - 1;
          continue;
        }
        if (e == null || noun != i + 1 || !entities.mostTalkedAbout(e)) return null;
        // "the company", "the club", "the party": an organisation; "the government" is no country's name
        if (!e.kind().isBody()) return null;
        // "the company" -> "Tesco": the determiner becomes the name; the words it stood for are skipped;
        // a company the question has already named is "it" ("Harbour Rail ... closed its depot")
        boolean possessive = s.token(noun).text().endsWith("'s") || noun + 1 < s.size() && s.token(noun + 1).text().equals("'s");
        text = named.contains(e) || e.equals(asked) ? (possessive ? "its" : "it") : possessive ? possessive(e.withArticle()) : e.withArticle();
        named.add(e);
        org.factdrill.nlp.Mention span = s.mentionAt(noun);
        skipBefore = span != null ? Math.max(noun + 1, span.end()) : noun + 1;
        // the possessive is said with the name ("Northgate Dairies'"), so the article's "'s" goes
        if (possessive && skipBefore < s.size() && s.token(skipBefore).text().equals("'s")) skipBefore++;
        say(out, s, previous, i, text);
        named.add(e);
        previous = skipBefore - 1;
        continue;
      }
      // "up to 30,000" for "up to £30,000": a sum without its currency says something else
      if (i > 0 && !tokens.contains(i - 1) && !filled.contains(i - 1) && s.token(i - 1).text().matches("[$£€¥]|US\\$")) return null;
      Entity here = entities.at(s.index(), i);
      int nameEnd = shortNameEnd(s, i, tokens, here, named);
      if (nameEnd > i) {
        // "Farouk", "Mr Farouk": a person the question has not yet named is named in full, since the
        // reader of one question has not read the sentence that introduced them
        // after "Mr" the person is the entity of the name's last token, not of the title
        Entity person = fullNamed(entities.at(s.index(), nameEnd - 1));
        text = person.name();
        skipBefore = nameEnd;
        say(out, s, previous, i, text);
        named.add(person);
        previous = skipBefore - 1;
        continue;
      }
      // "the Northgate Great Harbour" without its "Run": a name cut where the parse set its last word aside
      if (t.isProperNoun() && i + 1 < s.size() && !tokens.contains(i + 1) && !filled.contains(i + 1)
          && s.token(i + 1).isProperNoun() && s.token(i + 1).text().matches("\\p{Lu}\\p{L}+")) {
        return null;
      }
      // a person known by one word only: the question cannot say who they are (rubric rule 1)
      if (loneName(s, i, here)) return null;
      if (here != null) named.add(here);
      say(out, s, previous, i, text);
      previous = i;
    }
    return tidy(out.toString());
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.");

  /**
   * Whether a possessive at {@code owner} leaves its noun unsaid, so that the question leans on the
   * text before it: "the union's challenge" (a challenge to what?), "last year's event" (which
   * event?). A name with the noun ("last year's Coastal Games") or what the act is about ("the
   * union's challenge to the ban") says which.
   */
  private static boolean ownerSaysNotWhich(Sentence s, int owner, List<Integer> tokens, Set<Integer> filled) {
    int noun = s.head(owner);
    if (noun < 0 || !tokens.contains(noun) && !filled.contains(noun)) return false;
    if (org.factdrill.facts.ClauseFinder.actWithoutItsMatter(s, noun)) return true;
    Token o = s.token(owner);
    Token n = s.token(noun);
    // "last year's", "this season's": a time counted from the article's date owns nothing a reader can place
    boolean relativeTime = o.ner().equals("DATE") && !o.text().matches(".*\\d.*") && !MONTHS.contains(o.text().toLowerCase(Locale.ROOT));
    if (!relativeTime || n.isProperNoun() || n.isEntity() || !n.pos().startsWith("NN")) return false;
    for (int c : s.children(noun)) {
      if (c == owner || !tokens.contains(c) && !filled.contains(c)) continue;
      if (s.token(c).isProperNoun() || s.token(c).isEntity() && !s.token(c).ner().equals("DATE") || s.relation(c).startsWith("nmod")
          || s.relation(c).startsWith("acl")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december");

  /** Dependents that mean nothing without the word they modify. */
  private static final Set<String> MODIFIERS = Set.of("det", "amod", "compound", "nummod");

  /**
   * Where a person's short name starting at token {@code i} ends, when it should be said in full:
   * "Farouk" or "Mr Farouk" for an entity whose name is longer and not yet said. Else -1.
   */
  private int shortNameEnd(Sentence s, int i, List<Integer> tokens, Entity here, Set<Entity> named) {
    int from = i;
    if (HONORIFICS.contains(s.token(i).text().toLowerCase(Locale.ROOT)) && i + 1 < s.size() && tokens.contains(i + 1)) {
      here = entities.at(s.index(), i + 1);
      from = i + 1;
    }
    // the entity asked about counts as named only for its pronouns; its short name is still said in full
    if (here == null || here.kind() != org.factdrill.facts.Kind.PERSON || named.contains(here) && !here.equals(asked)) {
      return -1;
    }
    org.factdrill.nlp.Mention m = s.mentionAt(from);
    if (m == null || m.start() != from || !m.type().equals("PERSON") || !tokens.contains(m.end() - 1)) return -1;
    String said = s.text(m.start(), m.end());
    here = fullNamed(here);
    if (!here.name().contains(" ")) return -1;
    if (said.equals(here.name()) || said.contains(" ") && here.name().endsWith(said)) return -1;
    if (!here.name().endsWith(" " + said)) return -1; // only a surname stands for the full name with certainty
    // a possessive "Farouk's" keeps its "'s", which is a token of its own after the name
    return m.end();
  }

  /**
   * The person a lone surname stands for: coreference sometimes leaves "Farouk" apart from
   * "Karim Farouk"; the one person of the article whose name ends in it is the one meant.
   */
  private Entity fullNamed(Entity e) {
    if (e == null || e.name().contains(" ")) return e;
    Entity found = null;
    for (Entity o : entities.ofKind(org.factdrill.facts.Kind.PERSON)) {
      if (o.name().endsWith(" " + e.name())) {
        if (found != null) return e; // two people of that name: which one is unknown
        found = o;
      }
    }
    return found == null ? e : found;
  }

  /** Whether a person is known in the article by one word only ("Lucy"): a question cannot say who they are. */
  public boolean knownByOneWord(Entity e) {
    return e != null && e.kind() == org.factdrill.facts.Kind.PERSON && !fullNamed(e).name().contains(" ");
  }

  /** Whether token {@code i} is a person named by one word that no fuller name in the article explains ("Lucy", "Adeyemi"). */
  private boolean loneName(Sentence s, int i, Entity here) {
    if (here == null || here.kind() != org.factdrill.facts.Kind.PERSON || fullNamed(here).name().contains(" ")) return false;
    org.factdrill.nlp.Mention m = s.mentionAt(i);
    return m != null && m.type().equals("PERSON") && m.end() - m.start() == 1;
  }

  /** Comparatives that need no "than": "later", "more" before a figure are read on their own. */
  private static final Set<String> SELF_STANDING = Set.of("later", "earlier", "further", "longer", "more", "less", "fewer",
      "older", "younger", "larger", "greater", "higher", "lower", "bigger", "smaller", "better", "worse");

  /**
   * Words whose meaning is in the sentence before: "other" and "another" ("four other fixes"),
   * "then" ("then became secretary"), "the same", and a comparative with nothing to compare with
   * ("Only Adeyemi has run quicker").
   */
  private static boolean leansOnEarlierText(Sentence s, int i, List<Integer> tokens) {
    Token t = s.token(i);
    String w = t.text().toLowerCase(Locale.ROOT);
    String r = s.relation(i);
    if ((w.equals("other") || w.equals("another") || w.equals("same") || w.equals("remaining") || w.equals("latter"))
        && (r.equals("amod") || r.equals("det"))) {
      for (int k : tokens) if (s.token(k).text().equalsIgnoreCase("than")) return false; // "other than"
      return true;
    }
    if (w.equals("then") && r.equals("advmod")) return true;
    if ((t.pos().equals("JJR") || t.pos().equals("RBR")) && !SELF_STANDING.contains(w)
        && (r.equals("advmod") || r.equals("xcomp") || r.equals("root") || r.equals("ccomp"))) {
      for (int k : tokens) if (s.token(k).text().equalsIgnoreCase("than")) return false;
      return true;
    }
    return false;
  }

  /** "the company", "the firm": "the" and a common noun with nothing else to say which. */
  /**
   * "the company", "the Kenyan-based firm", "the 29-year-old", "the figure": "the" and a common
   * noun with nothing after it to say which (no "of ...", no clause, no name), which leans on an
   * earlier sentence. Superlatives and ordinals ("the highest court", "the first") say which.
   */
  private boolean bareDefinite(Sentence s, int det, List<Integer> kept, Set<Integer> filled) {
    int noun = s.head(det);
    if (noun < 0 || noun < det) return false;
    Token n = s.token(noun);
    boolean title = n.ner().equals("TITLE") || n.isProperNoun() && !n.isEntity() && PERSON_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT));
    if (!n.pos().equals("NN") && !n.pos().equals("NNS") && !n.pos().equals("JJ") && !title) return false;
    if (UNIQUE.contains(n.text().toLowerCase(Locale.ROOT))) return false;
    if (n.text().matches(".*\\d.*")) return false; // "the 60m", "the G8": a figure in the noun names the thing
    // "9% of the workforce", "half of the vote": the whole a share is taken of is the sentence's own
    // ("shares in the company" are its stock, and still say no company)
    boolean of = s.children(noun, "case").stream().anyMatch(k -> s.token(k).lemma().equalsIgnoreCase("of"));
    if (s.relation(noun).startsWith("nmod") && s.head(noun) >= 0 && s.head(noun) < noun && of) {
      Token whole = s.token(s.head(noun));
      if (Set.of("PERCENT", "NUMBER").contains(whole.ner()) || SHARES.contains(whole.lemma().toLowerCase(Locale.ROOT))) return false;
    }
    // "the women's 1,500m": the owner of a thing the figure names is a category, not a referent
    if (s.relation(noun).equals("nmod:poss") && s.head(noun) > noun) {
      int owned = s.head(noun);
      if (s.token(owned).text().matches(".*\\d.*") || !s.children(owned, "nummod").isEmpty()) return false;
    }
    // "the next two years", "the past decade": time counted from the article's date, not a referent; "during the year" is one
    if (Set.of("DATE", "DURATION", "TIME", "SET").contains(n.ner())) {
      for (int c : s.children(noun)) if (s.relation(c).equals("amod") || s.relation(c).equals("nummod")) return false;
    }
    // "the Northgate Prize", "the Harbour Gallery": a thing's noun written with a capital is part of its name
    if (n.isProperNoun() && THINGS.contains(n.lemma().toLowerCase(Locale.ROOT))
        && s.children(noun).stream().anyMatch(c -> c > det && c < noun && s.token(c).isProperNoun())) {
      return false;
    }
    // "the Russian president", "the French prime minister": a country has one, so its nationality says which
    String office = n.lemma().toLowerCase(Locale.ROOT);
    boolean oneOfThem = COUNTRY_HAS_ONE.contains(office) || office.equals("minister") && s.children(noun).stream()
        .anyMatch(c -> c > det && c < noun && MINISTRIES.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)));
    if (oneOfThem && s.children(noun).stream()
        .anyMatch(c -> c > det && c < noun && Set.of("NATIONALITY", "COUNTRY").contains(s.token(c).ner()))) {
      return false;
    }
    // "the Leeds star", "the Nairobi MP": a person described, not named, whatever comes before
    boolean person = title || PERSON_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT));
    for (int c : s.children(noun)) {
      if (person && c < noun && (s.token(c).isProperNoun() || s.token(c).isEntity())) continue;
      // "the finalist for failing to appear", "the coach who resigned": what a person did says why the
      // article speaks of them, not who they are ("the president of Kenya" still says who)
      if (person && c > noun && s.relation(c).startsWith("acl")) continue;
      String r = s.relation(c);
      Token t = s.token(c);
      // "the plan to cut jobs", "the firm in Leeds": said which, if those words stay in the question
      // but not an aside after a comma: "The award, which will be handed out in Leeds," is still a prize unnamed
      if (c == det) continue;
      if (c > noun && afterComma(s, c)) continue; // ", at the town hall,": an aside says where, not which sale
      // "the event in France", "the meeting at the town hall": where a gathering is held does not say which one it is
      if (c > noun && GATHERINGS.contains(n.lemma().toLowerCase(Locale.ROOT)) && s.relation(c).startsWith("nmod")
          && s.children(c, "case").stream().anyMatch(k -> Set.of("in", "at").contains(s.token(k).lemma().toLowerCase(Locale.ROOT)))) {
        continue;
      }
      // "the deficit with Kenya", "the row with the union": "with" names the other side, not whose it is
      if (c > noun && s.relation(c).startsWith("nmod") && s.children(c, "case").stream().anyMatch(k -> s.token(k).lemma().equalsIgnoreCase("with"))) {
        continue;
      }
      // nor does a possessive's "'s" ("the firm's software")
      if (c > noun && !r.equals("punct") && !r.equals("case") && (kept.contains(c) || filled.contains(c)) && !afterComma(s, c)) {
        return false;
      }
      // a name before the noun says which ("the UN mandate", "the Tesco board"); an adjective of
      // nationality does not ("the Kenyan-based firm" is still one firm among many)
      // nor does a figure ("the new £40,000 award" is still an award unnamed)
      if (t.isProperNoun() || t.isEntity() && !t.pos().startsWith("JJ") && !NUMERIC.contains(t.ner()) || t.pos().equals("JJS")
          || t.pos().equals("RBS")
          || r.equals("nmod:poss")) {
        return false;
      }
      // "the first", "the second term": an ordinal says which
      if (t.text().equalsIgnoreCase("first") || t.text().equalsIgnoreCase("last") || t.ner().equals("ORDINAL")) return false;
    }
    return true;
  }

  /** Nouns for a gathering or a contest, of which there are many in any place. */
  private static final Set<String> GATHERINGS = Set.of("event", "meeting", "race", "competition", "tournament", "match",
      "ceremony", "conference", "summit", "championship", "contest", "game", "festival", "rally");

  /** Words for a share of a whole ("half of the vote"). */
  private static final Set<String> SHARES = Set.of("half", "third", "quarter", "share", "majority", "minority", "proportion", "fraction",
      "percentage", "bulk", "rest");

  /** Figures that do not say which thing a noun is; an ordinal does ("the 88th minute"). */
  private static final Set<String> NUMERIC = Set.of("NUMBER", "PERCENT", "MONEY");

  /** Whether the phrase a dependent heads is set off by a comma before it (an aside, not a restriction). */
  private static boolean afterComma(Sentence s, int dependent) {
    int first = dependent;
    for (int t : s.subtree(dependent)) first = Math.min(first, t);
    return first > 0 && s.token(first - 1).text().equals(",");
  }

  /** The entity a pronoun stands for, or null when it stands for none that fits. */
  Entity referent(Sentence s, int token) {
    String w = s.token(token).text().toLowerCase(Locale.ROOT);
    if (Set.of("i", "me", "my", "we", "us", "our", "you", "your", "itself", "themselves", "himself", "herself", "mine", "ours")
        .contains(w)) {
      return null;
    }
    Entity e = entities.at(s.index(), token);
    // "it" and "they" as subject or object stand as often for things no name covers ("It was first run
    // in 2010": the ferry, not the company); only their possessives, bound to a clause's subject, are read
    // a passive "it" most of all ("It was first used in 2019": the machine): only the active subject is the company
    if (w.equals("it") && s.relation(token).equals("nsubj") && e != null && e.kind().isBody() && entities.mostTalkedAbout(e)
        && entities.namedJustBefore(e, s.index(), token)) {
      return e; // "It said ...", a sentence after the story's company was named: that company
    }
    if (Set.of("it", "they", "them").contains(w)) return null;
    if (s.token(token).pos().equals("PRP$")) {
      // a possessive most often refers to its clause's subject ("During his meeting, Ban asked ...").
      // Where coreference says someone else this sentence names or describes too, either may be meant,
      // and the question would be a guess; where it says someone this sentence does not mention, it
      // has carried on the chain of an earlier sentence, a slip it makes more often than the subject rule
      Entity subject = subjectOf(s, token);
      if (subject != null && fits(w, subject)) {
        if (e != null && !e.equals(subject) && describedIn(e, s.index())) return null;
        e = subject;
      }
    }
    return e != null && e.kind().isNamed() && fits(w, e) ? e : null;
  }

  /** Whether sentence {@code s} names or describes {@code e} in words of its own, not only by a pronoun. */
  private static boolean describedIn(Entity e, int s) {
    for (Mention m : e.mentions()) if (m.sentence() == s && !m.type().equals("PRONOMINAL")) return true;
    return false;
  }

  /** "he" for a person, "it" for a thing, "they" for either: coreference errors show as misfits. */
  private static boolean fits(String pronoun, Entity e) {
    boolean person = e.kind() == org.factdrill.facts.Kind.PERSON;
    int gender = e.gender();
    return switch (pronoun) {
      case "he", "him", "his" -> person && gender >= 0;
      case "she", "her", "hers" -> person && gender <= 0;
      // "it" is a company, a body or a country; coreference that ties it to a city is more often wrong than right
      case "it", "its" -> !person && e.kind() != org.factdrill.facts.Kind.CITY && e.kind() != org.factdrill.facts.Kind.STATE
          && e.kind() != org.factdrill.facts.Kind.PLACE;
      default -> true;
    };
  }

  /** "the UN Security Council", "Tesco": a name as the article writes it, with "the" where it uses one. */
  public String theIfNeeded(Entity e) {
    return e.withArticle();
  }

  /** The named subject of the clause a token belongs to, or null. */
  private Entity subjectOf(Sentence s, int token) {
    int c = subjectToken(s, token);
    Entity e = c < 0 ? null : entities.at(s.index(), c);
    return e != null && e.kind().isNamed() ? e : null;
  }

  /** The subject of the clause token {@code token} is in, when it is two or more joined by "and"; else -1. */
  private static int pairSubject(Sentence s, int token) {
    int c = subjectToken(s, token);
    return c >= 0 && !s.children(c, "conj").isEmpty() ? c : -1;
  }

  /** The subject's head token of the nearest clause above token {@code token} that has one, or -1. */
  private static int subjectToken(Sentence s, int token) {
    for (int t = s.head(token), steps = 0; t >= 0 && steps < s.size(); t = s.head(t), steps++) {
      if (s.token(t).isVerb() || !s.children(t, "cop").isEmpty()) {
        for (int c : s.children(t)) if (s.relation(c).startsWith("nsubj")) return c;
      }
    }
    return -1;
  }

  static String possessive(String name) {
    return name.endsWith("s") ? name + "'" : name + "'s";
  }

  /** A comma next to a gap (an apposition or aside left out): dropped. */
  private static boolean isGapComma(Sentence s, List<Integer> tokens, int k, Set<Integer> filled) {
    int i = tokens.get(k);
    if (!s.token(i).text().equals(",")) return false;
    boolean before = k > 0 && tokens.get(k - 1) == i - 1 || filled.contains(i - 1);
    boolean after = k + 1 < tokens.size() && tokens.get(k + 1) == i + 1 || filled.contains(i + 1);
    return !before || !after;
  }

  /** Appends one word or phrase standing for token {@code next}, with the space or none the sentence has before it. */
  private static void say(StringBuilder out, Sentence s, int previous, int next, String text) {
    if (out.length() > 0) out.append(separator(s, previous, next, text));
    out.append(text);
  }

  private static String separator(Sentence s, int previous, int next, String nextText) {
    if (previous + 1 == next) return s.text().substring(s.token(previous).end(), s.token(next).begin());
    if (nextText.equals(",") || nextText.equals(".") || nextText.equals("'s") || nextText.equals(")")) return "";
    return " ";
  }

  static String tidy(String text) {
    String t = text.replaceAll("\\s+", " ").replace(" ,", ",").replaceAll(",+", ",").replace(" ()", "").replace("()", "").strip();
    while (t.endsWith(",") || t.endsWith(";") || t.endsWith(":") || t.endsWith("-")) t = t.substring(0, t.length() - 1).strip();
    while (t.startsWith(",")) t = t.substring(1).strip();
    return t;
  }

  /**
   * Whether a clause's subject says what it is about by name: "Tesco", "Kenya's economy", "US
   * growth", or a pronoun tied to a name. "The prize", "All postcards", "The finalists" lean on the
   * sentences before and make a statement no reader can place.
   */
  public boolean namedSubject(Sentence s, int subjectHead) {
    if (subjectHead < 0) return false;
    if (s.token(subjectHead).isPronoun()) return referent(s, subjectHead) != null;
    if (entities.describedAt(s.index(), subjectHead) != null) return true; // "The shilling", said as "Kenya's shilling"
    for (int t : s.subtree(subjectHead)) {
      if (t != subjectHead && (s.relation(t).equals("acl:relcl") || s.relation(t).equals("acl"))) continue;
      Token tok = s.token(t);
      if (tok.isEntity() && !Set.of("DATE", "NUMBER", "ORDINAL", "PERCENT", "MONEY", "DURATION", "TIME", "SET").contains(tok.ner())) {
        return true;
      }
      // "its brands", "the firm's debt": words the question says by the name they refer to
      if (tok.pos().equals("PRP$") && referent(s, t) != null || saidByName(s, t)) return true;
    }
    return false;
  }

  /** The tokens of a clause without those of its slot and its subject. */
  static List<Integer> without(List<Integer> tokens, int from, int to) {
    var out = new ArrayList<Integer>();
    for (int t : tokens) if (t < from || t >= to) out.add(t);
    return out;
  }

  /** Whether token {@code t} is the noun of a bare "the firm" that {@link #render} says as the company's name. */
  private boolean saidByName(Sentence s, int t) {
    if (t == 0 || !s.token(t).isNoun() || !s.token(t - 1).text().equalsIgnoreCase("the") || s.head(t - 1) != t) return false;
    Entity e = entities.at(s.index(), t);
    return e != null && e.kind().isBody() && entities.mostTalkedAbout(e);
  }

  /** The subject as a question names it: the entity's fullest name, else the phrase resolved. */
  String subject(Clause c) {
    Slot subj = c.subject();
    if (subj.entity() != null && c.parse().children(subj.head(), "conj").isEmpty()) {
      Entity e = subj.entity();
      // "In what year did Lucy retire?": a person known by one word only, the question cannot say who
      if (e.kind() == org.factdrill.facts.Kind.PERSON) return fullNamed(e).name().contains(" ") ? fullNamed(e).name() : null;
      return subj.saidWithThe(c.parse()) ? "the " + e.name() : e.name();
    }
    var tokens = new ArrayList<Integer>();
    for (int t : c.tokens()) if (subj.covers(t)) tokens.add(t);
    String r = render(c.parse(), tokens);
    return r == null ? null : lowerFirst(c.parse(), tokens.isEmpty() ? -1 : tokens.get(0), r);
  }

  /** Lower-cases the first letter of a phrase that opened the sentence, unless it is a name. */
  static String lowerFirst(Sentence s, int firstToken, String text) {
    if (firstToken != 0 || text.isEmpty()) return text;
    Token t = s.token(0);
    if (t.isProperNoun() || t.text().equals("I") || t.isEntity() && !t.ner().equals("TITLE") || !text.startsWith(t.text())) return text; // a name, or a pronoun resolved to one
    if (s.size() > 1 && s.token(1).isProperNoun() && !t.pos().equals("DT") && !t.pos().equals("IN")) return text; // "Strong Medicine": a title
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Whether the clause's subject names its entity ("Harbour Rail"), rather than refers to it ("she",
   * "the firm"): a question that keeps a referring subject says it by name, not as "it".
   */
  private boolean subjectNamed(Clause c) {
    return c.subject().entity() != null && entities.namedAt(c.parse().index(), c.subject().head());
  }

  /**
   * A question asking for the subject: "Which organisation adopted Resolution 1973 on March 17?".
   * What came before the subject (a date, a place) goes to the end.
   */
  public String subjectQuestion(Clause c, String questionWord, boolean pluralAllowed) {
    if (asked == null && c.subject().entity() != null) return asking(c.subject().entity()).subjectQuestion(c, questionWord, pluralAllowed);
    Sentence s = c.parse();
    Token verb = s.token(firstVerbal(c));
    if (!pluralAllowed && (verb.pos().equals("VBP") || verb.text().equalsIgnoreCase("were") || verb.text().equalsIgnoreCase("are"))) return null;
    var after = new ArrayList<Integer>();
    var before = new ArrayList<Integer>();
    for (int t : c.tokens()) {
      if (c.subject().covers(t)) continue;
      if (t < c.subject().start()) before.add(t);
      else after.add(t);
    }
    if (after.isEmpty()) return null;
    String firstPos = s.token(after.get(0)).pos();
    if (!(firstPos.startsWith("VB") || firstPos.equals("MD") || firstPos.startsWith("RB"))) return null; // the parse went astray
    String rest = render(s, after);
    if (rest == null || rest.isBlank()) return null;
    String front = before.isEmpty() ? "" : render(s, before);
    if (front == null) return null;
    // "As chairman, X signed ...": a phrase saying what the subject was stays in front of it; at the end it
    // would describe the last noun ("signed a motion on the port as chairman")
    if (!before.isEmpty() && s.token(before.get(0)).text().equalsIgnoreCase("as") && !front.isEmpty()) {
      // "As an MSP, who signed ...?" reads better as "Which MSP signed ...?"
      java.util.regex.Matcher role = AS_A_ROLE.matcher(front);
      if (questionWord.equals("Who") && role.matches()) return finish("Which " + role.group(1) + " " + rest + accordingTo(c, ", "));
      return finish(front + ", " + Character.toLowerCase(questionWord.charAt(0)) + questionWord.substring(1) + " " + rest
          + accordingTo(c, ", "));
    }
    front = lowerFirst(s, before.isEmpty() ? -1 : before.get(0), front);
    return finish(questionWord + " " + rest + (front.isEmpty() ? "" : " " + front) + accordingTo(c, ", "));
  }

  /**
   * A passive clause asked for its doer, in the active voice: "A crackdown on truants was launched by
   * Amina Otieno" gives "Who launched a crackdown on truants?". The passive subject becomes the
   * object, as a question names it; null where the verb group or the subject cannot be said cleanly.
   */
  public String agentQuestion(Clause c, Slot agent, String questionWord) {
    if (asked == null && agent.entity() != null) return asking(agent.entity()).agentQuestion(c, agent, questionWord);
    Sentence s = c.parse();
    int v = c.verb();
    if (!s.token(v).pos().equals("VBN") || !namedSubject(s, c.subject().head())) return null;
    String verb = ActiveVoice.of(s, v);
    String object = subject(c);
    if (verb == null || object == null) return null;
    int by = agent.start() - 1;
    var before = new ArrayList<Integer>();
    var between = new ArrayList<Integer>();
    var after = new ArrayList<Integer>();
    for (int t : c.tokens()) {
      if (c.subject().covers(t) || agent.covers(t) || t == by || t == v || ActiveVoice.auxiliary(s, v, t)) continue;
      if (t < c.subject().start()) before.add(t);
      else if (t < v) between.add(t);
      else after.add(t);
    }
    // "was only released": an adverb before the verb stays before it; anything else there is a parse astray
    // ("was not won": a denied passive is no doer's act)
    for (int t : between) if (!s.token(t).pos().startsWith("RB") || s.token(t).lemma().equals("not")) return null;
    String adverbs = between.isEmpty() ? "" : render(s, between);
    String rest = after.isEmpty() ? "" : render(s, after);
    String front = before.isEmpty() ? "" : render(s, before);
    if (adverbs == null || rest == null || front == null) return null;
    front = lowerFirst(s, before.isEmpty() ? -1 : before.get(0), front);
    return finish(questionWord + " " + (adverbs.isEmpty() ? "" : adverbs + " ") + verb + " " + object + (rest.isEmpty() ? "" : " " + rest)
        + (front.isEmpty() ? "" : " " + front) + accordingTo(c, ", "));
  }

  /** "As an MSP", "As chairman": what the subject was, in a word or two. */
  private static final java.util.regex.Pattern AS_A_ROLE = java.util.regex.Pattern.compile("(?i)as (?:an? )?([\\p{L}-]+(?: [\\p{L}-]+)?)");

  /** The first auxiliary or verb of the clause after its subject (the one that agrees with it). */
  public static int firstVerbal(Clause c) {
    Sentence s = c.parse();
    int first = c.verb();
    for (int ch : s.children(c.verb())) {
      String r = s.relation(ch);
      if ((r.equals("aux") || r.equals("aux:pass") || r.equals("cop")) && ch < first) first = ch;
    }
    return first;
  }

  /**
   * A question whose answer is a slot after the verb, or an adverbial: the auxiliary goes in front
   * of the subject ("When was the resolution adopted?"), or "did" and the verb's base form ("When
   * did the council adopt it?"). Null where that cannot be done cleanly.
   */
  public String invertedQuestion(Clause c, String questionWord, int gapFrom, int gapTo) {
    if (asked == null && c.subject().entity() != null) return asking(c.subject().entity()).invertedQuestion(c, questionWord, gapFrom, gapTo);
    Sentence s = c.parse();
    if (!namedSubject(s, c.subject().head())) return null;
    int verb = c.verb();
    String subject = subject(c);
    if (subject == null) return null;
    int aux = -1;
    for (int ch : s.children(verb)) {
      String r = s.relation(ch);
      if ((r.equals("aux") || r.equals("aux:pass") || r.equals("cop")) && ch < verb && !s.token(ch).text().equalsIgnoreCase("to")) {
        aux = ch;
        break;
      }
    }
    String auxText;
    String verbText = null;
    if (aux >= 0) {
      auxText = s.token(aux).text().toLowerCase(Locale.ROOT);
      if (auxText.endsWith("'s") || auxText.startsWith("'")) return null;
    } else {
      Token v = s.token(verb);
      switch (v.pos()) {
        case "VBD" -> auxText = "did";
        case "VBZ" -> auxText = "does";
        case "VBP" -> auxText = "do";
        default -> {
          return null;
        }
      }
      if (v.lemma().equals("be")) return null; // "When was X ...": be inverts by itself, handled as an auxiliary
      verbText = v.lemma().toLowerCase(Locale.ROOT);
    }
    var before = new ArrayList<Integer>();
    var after = new ArrayList<Integer>();
    for (int t : c.tokens()) {
      if (c.subject().covers(t) || t == aux || t >= gapFrom && t < gapTo) continue;
      if (t < c.subject().start()) before.add(t);
      else after.add(t);
    }
    // the verb in its base form with "did"
    String rest;
    if (verbText != null) {
      var tail = new ArrayList<Integer>();
      var head = new ArrayList<Integer>();
      for (int t : after) {
        if (t < verb) head.add(t);
        else if (t > verb) tail.add(t);
      }
      String h = head.isEmpty() ? "" : render(s, head);
      String tl = tail.isEmpty() ? "" : render(s, tail);
      if (h == null || tl == null) return null;
      rest = (h.isEmpty() ? "" : h + " ") + verbText + (tl.isEmpty() ? "" : (tl.startsWith("'s") || tl.startsWith(",") ? "" : " ") + tl);
    } else {
      rest = after.isEmpty() ? "" : render(s, after);
      if (rest == null) return null;
    }
    String front = before.isEmpty() ? "" : render(s, before);
    if (front == null) return null;
    front = lowerFirst(s, before.isEmpty() ? -1 : before.get(0), front);
    return finish(questionWord + " " + auxText + " " + subject + " " + rest + (front.isEmpty() ? "" : " " + front) + accordingTo(c, ", "));
  }

  /** The clause as a statement, with one slot replaced by {@code replacement} (a gap or another name). */
  public String statement(Clause c, int from, int to, String replacement) {
    if (!c.subject().covers(from) && !namedSubject(c.parse(), c.subject().head())) return null;
    // the subject named, or replaced by a name: its own "its" stays; a subject that refers ("the firm") is said by name
    if (asked == null && (subjectNamed(c) || c.subject().entity() != null && c.subject().covers(from))) {
      return asking(c.subject().entity()).statement(c, from, to, replacement);
    }
    String text = statement(c.parse(), c.tokens(), from, to, replacement);
    String source = accordingTo(c, "");
    if (text == null || source.isEmpty()) return text;
    String clause = reported(c, text);
    String sourced = "According to " + source.substring("according to ".length()) + ", " + clause;
    if (sourced.length() <= LONG_STATEMENT) return sourced;
    // the speaker's office makes the statement too long to read at once: the name alone says who
    Entity speaker = speaker(c);
    return speaker == null ? sourced : "According to " + speaker.withArticle() + ", " + clause;
  }

  /**
   * A reported clause as it reads after "According to X,": its first letter in lower case unless
   * it is a name's ("the economy would grow", but "Harbour Rail had cut").
   */
  private static String reported(Clause c, String text) {
    int first = c.tokens().get(0);
    if (first == 0) return lowerFirst(c.parse(), first, text);
    Token t = c.parse().token(first);
    if (text.isEmpty() || t.isProperNoun() || t.text().equals("I") || t.isEntity() && !t.ner().equals("TITLE")) return text;
    if (!text.startsWith(Character.toUpperCase(t.text().charAt(0)) + t.text().substring(1))) return text; // said otherwise (a name for "it")
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** A statement longer than this is a reading test, not a question (and Kahoot refuses it). */
  public static final int LONG_STATEMENT = 110;

  /**
   * "according to the OECD", when the clause is what a named speaker said ("profits would rise 4%, the
   * OECD said"): a forecast or a claim asked without its source reads as fact (raters
   * rejected a forecast without its source). Empty when the clause is no report, the speaker is
   * unnamed, or is the clause's own subject ("Tesco said it would cut jobs").
   */
  String accordingTo(Clause c, String before) {
    Entity e = speaker(c);
    return e == null ? "" : before + "according to " + withTitle(c.parse(), speakerToken(c), e);
  }

  /** The named speaker whose words the clause reports, or null. */
  private Entity speaker(Clause c) {
    int t = speakerToken(c);
    return t < 0 ? null : entities.at(c.parse().index(), t);
  }

  private int speakerToken(Clause c) {
    Sentence s = c.parse();
    int v = c.verb();
    // "X said the minister cut fares and relied on loans": the second verb is reported too
    if (s.relation(v).equals("conj") && s.head(v) >= 0) v = s.head(v);
    int ch = org.factdrill.facts.ClauseFinder.speakerOf(s, v);
    if (ch < 0) return -1;
    Entity e = entities.at(s.index(), ch);
    // "Harbour Rail said it would ...", "the company said Harbour Rail would ...": the subject speaks for itself
    if (e == null || !e.kind().isNamed() || s.token(ch).isPronoun() || e.equals(c.subject().entity())
        || e.equals(entities.at(s.index(), c.subject().head()))) {
      return -1;
    }
    return ch;
  }

  /**
   * A speaker with the office the sentence gives them right before the name ("Northgate Judge
   * Mary Okafor", "Foreign Minister Sergei Lavrov"): a judge's ruling or a minister's figure given as a
   * bare name reads as one person's opinion. Just the name when the sentence gives no office.
   */
  private String withTitle(Sentence s, int nameHead, Entity e) {
    org.factdrill.nlp.Mention m = s.mentionAt(nameHead);
    if (e.kind() != org.factdrill.facts.Kind.PERSON || m == null) return e.withArticle();
    int from = m.start();
    boolean office = false;
    while (from > 0 && m.start() - from < MAX_TITLE_WORDS) {
      Token t = s.token(from - 1);
      int head = s.head(from - 1);
      boolean modifiesName = head >= from && head < m.end() && (s.relation(from - 1).equals("compound") || s.relation(from - 1).equals("amod"));
      if (!modifiesName || !(t.isProperNoun() || t.ner().equals("TITLE") || t.ner().equals("NATIONALITY"))) break;
      office |= t.ner().equals("TITLE");
      from--;
    }
    // "Chief Executive Amina Wekesa" without the company says nothing of who she is: such offices need their body
    boolean standsAlone = true;
    for (int t = from; t < m.start(); t++) if (HELD_IN_A_BODY.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) standsAlone = false;
    return office && standsAlone ? s.text(from, m.start()) + " " + e.name() : e.withArticle();
  }

  private static final int MAX_TITLE_WORDS = 4;

  /** Offices a country has one holder of at a time: "the Russian president" says who without a name. */
  private static final Set<String> COUNTRY_HAS_ONE = Set.of("president", "premier", "chancellor", "king", "queen", "monarch",
      "government", "parliament");

  /** What makes a minister the only one of a country: "the Russian foreign minister", "the French prime minister". */
  private static final Set<String> MINISTRIES = Set.of("prime", "foreign", "finance", "defence", "defense", "interior", "home",
      "justice", "health", "education", "trade");

  /** Offices held in a company or body, which say nothing without its name ("chief executive", "spokesman"). */
  static final Set<String> HELD_IN_A_BODY = Set.of("executive", "chief", "chairman", "chairwoman", "chair", "spokesman",
      "spokeswoman", "spokesperson", "director", "head", "boss", "manager", "founder", "officer", "analyst", "economist");

  /** A whole sentence from token {@code first} on as a statement, with tokens [from, to) replaced. */
  public String statement(Sentence s, int first, int from, int to, String replacement) {
    int root = s.root();
    int subject = -1;
    if (root >= 0) for (int c : s.children(root)) if (s.relation(c).startsWith("nsubj")) subject = c;
    if (subject >= 0 && !(from <= subject && subject < to) && !namedSubject(s, subject)) return null;
    // "Harbour Rail is cutting its routes": the subject's own possessives stay pronouns (the name twice reads wrong);
    // when the subject is the gap, its pronouns stand for the answer
    Entity named = subject >= 0 ? entities.at(s.index(), subject) : null;
    if (asked == null && named != null && named.kind().isNamed()) return asking(named).statement(s, first, from, to, replacement);
    var all = new ArrayList<Integer>();
    for (int i = first; i < s.size(); i++) all.add(i);
    return statement(s, all, from, to, replacement);
  }

  private String statement(Sentence s, List<Integer> tokens, int from, int to, String replacement) {
    var before = new ArrayList<Integer>();
    var after = new ArrayList<Integer>();
    for (int t : tokens) {
      if (t >= from && t < to) continue;
      if (t < from) before.add(t);
      else after.add(t);
    }
    var gap = new java.util.HashSet<Integer>();
    for (int t = from; t < to; t++) gap.add(t);
    // one text: what the part before the gap named, the part after it may call "it"
    var named = new java.util.HashSet<Entity>();
    String b = before.isEmpty() ? "" : render(s, before, gap, named);
    String a = after.isEmpty() ? "" : render(s, after, gap, named);
    if (b == null || a == null) return null;
    // render tidies a comma off each end; one that touched the gap belongs to the sentence
    int nb = before.size();
    if (nb > 1 && before.get(nb - 1) == from - 1 && before.get(nb - 2) == from - 2 && s.token(from - 1).text().equals(",")) b = b + ",";
    if (after.size() > 1 && after.get(0) == to && after.get(1) == to + 1 && s.token(to).text().equals(",") && !replacement.isEmpty()
        && !a.isBlank()) {
      a = ", " + a;
    }
    if (cutShort(s, tokens, from, to)) return null;
    // "1,500m": a unit written onto its figure stays on the gap ("the women's ____m")
    boolean glued = to < s.size() && !after.isEmpty() && after.get(0) == to && s.token(to).begin() == s.token(to - 1).end()
        && s.token(to - 1).pos().equals("CD") && Character.isLetter(s.token(to).text().charAt(0));
    String text = (b + " " + replacement + (glued ? "" : " ") + a).strip().replaceAll("\\s+", " ").replace(" ,", ",").replace(" 's", "'s")
        .replace(" .", ".");
    if (text.isEmpty()) return null;
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  /**
   * Whether the statement would end on a verb whose object or complement was left out ("The
   * collection could fetch."): the clause is cut short, whatever the parse set aside.
   */
  private static boolean cutShort(Sentence s, List<Integer> tokens, int from, int to) {
    int last = -1;
    for (int t : tokens) if ((t < from || t >= to) && !s.token(t).pos().equals(".") && !s.token(t).pos().equals(",")) last = Math.max(last, t);
    if (to - 1 > last) return false; // the gap comes last
    if (last < 0 || !s.token(last).isVerb()) return false;
    // the sentence went on after this verb, and the statement stops at it: something it needed was left out
    for (int t = last + 1; t < s.size(); t++) {
      String pos = s.token(t).pos();
      if (!pos.equals(".") && !pos.equals(",") && !pos.equals("''") && !pos.equals("``") && !pos.equals("-RRB-") && !pos.equals(")")) return true;
    }
    for (int c : s.children(last)) {
      String r = s.relation(c);
      if (c > last && (r.equals("obj") || r.startsWith("obl") || r.equals("xcomp") || r.equals("ccomp")) && !tokens.contains(c)) return true;
    }
    return false;
  }

  static String finish(String question) {
    String q = tidy(question.replaceAll("\\s+", " "));
    while (q.endsWith(".") || q.endsWith("!")) q = q.substring(0, q.length() - 1);
    return q + "?";
  }
}
