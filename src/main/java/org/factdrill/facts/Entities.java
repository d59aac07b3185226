package org.factdrill.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.CorefChain;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * The article's named things, built from the entity mentions and coreference: mentions of one
 * person ("Sergei Lavrov", "Lavrov", "he"), one country ("the US", "United States", "American"),
 * one company ("Tesco", "the retailer") become one {@link Entity}. Answers name an entity by its
 * fullest form, and a pronoun in a question is replaced by the name coreference ties it to.
 */
public final class Entities {
  private final List<Entity> all;
  /** "sentence:token" of every token of every mention to the entity it names. */
  private final Map<String, Entity> byToken = new HashMap<>();

  /** "sentence:token" of each token of a bare description ("the shilling") to the fuller phrase it stands for ("Kenya's shilling"). */
  private final Map<String, String> descriptions = new HashMap<>();

  private Entities(List<Entity> all) {
    this.all = List.copyOf(all);
    // a name is its own entity's first; what coreference adds only fills the tokens no name claims
    for (boolean named : new boolean[] {true, false}) {
      for (Entity e : all) {
        for (Mention m : e.mentions()) {
          if (isReference(m) == named) continue;
          for (int t = m.start(); t < m.end(); t++) byToken.putIfAbsent(m.sentence() + ":" + t, e);
        }
      }
    }
  }

  /** A mention coreference added ("he", "the company"), rather than one the entity tagger named. */
  static boolean isReference(Mention m) {
    return m.type().equals("PRONOMINAL") || m.type().equals("NOMINAL") || m.type().equals("PROPER") || m.type().equals("LIST");
  }

  /** Whether {@code e} is named (not only referred to) in the sentence before {@code s} or before token {@code token} of it. */
  public boolean namedJustBefore(Entity e, int s, int token) {
    for (Mention m : e.mentions()) {
      if ((!isReference(m) || byPartOfName(e, m)) && (m.sentence() == s - 1 || m.sentence() == s && m.end() <= token)) return true;
    }
    return false;
  }

  /**
   * Whether a mention the tagger missed still names {@code e} by a part of its name: "Ban", which
   * coreference ties to "Ban Ki-moon" (a family name that is also a common word, left untagged).
   */
  static boolean byPartOfName(Entity e, Mention m) {
    if (!m.type().equals("PROPER") || m.text().isEmpty() || !Character.isUpperCase(m.text().charAt(0))) return false;
    return java.util.Arrays.asList(e.name().split(" ")).contains(m.text());
  }

  /**
   * The one person named in the sentence before {@code s} and in {@code s} before token {@code token},
   * or null when none or several are: who a "he" or "she" there can only mean.
   */
  public Entity onlyPersonNamedJustBefore(int s, int token) {
    Entity found = null;
    for (Entity e : all) {
      if (e.kind() != Kind.PERSON || !namedJustBefore(e, s, token)) continue;
      if (found != null) return null;
      found = e;
    }
    return found;
  }

  /**
   * Whether {@code e} is the one of its sort the article talks about most: no other entity of its kind
   * (or, for a company, a body, a club or a party, of any of those) is more salient. A company, a
   * body, a club and a party are all "the group": the tagger tells them apart less well than
   * coreference ties them. "The firm" in a story is nearly always its main company, and coreference
   * that says otherwise is more often wrong.
   */
  public boolean mostTalkedAbout(Entity e) {
    for (Entity o : all) {
      boolean rival = o.kind() == e.kind() || o.kind().isBody() && e.kind().isBody();
      if (rival && o.salience() > e.salience()) return false;
    }
    return true;
  }

  /** Whether sentence {@code s} names {@code e} (rather than only refers to it). */
  public boolean namedIn(Entity e, int s) {
    for (Mention m : e.mentions()) if (m.sentence() == s && (!isReference(m) || byPartOfName(e, m))) return true;
    return false;
  }

  /** Whether token {@code token} of sentence {@code s} names the entity there (rather than refers to it). */
  public boolean namedAt(int s, int token) {
    Entity e = at(s, token);
    if (e == null) return false;
    for (Mention m : e.mentions()) if (m.sentence() == s && m.covers(token) && !isReference(m)) return true;
    return false;
  }

  public List<Entity> all() {
    return all;
  }

  public List<Entity> ofKind(Kind kind) {
    return all.stream().filter(e -> e.kind() == kind).toList();
  }

  /** The entity that token {@code token} of sentence {@code s} names or refers to, or null. */
  public Entity at(int s, int token) {
    return byToken.get(s + ":" + token);
  }

  /** The one place (country, city, state or region) sentence {@code s} names, or null when it names none or several. */
  public Entity onlyPlaceIn(int s) {
    Entity found = null;
    for (Entity e : all) {
      if (e.kind() != Kind.COUNTRY && e.kind() != Kind.CITY && e.kind() != Kind.STATE && e.kind() != Kind.PLACE) continue;
      boolean named = false;
      for (Mention m : e.mentions()) if (m.sentence() == s && !m.type().equals("PRONOMINAL") && !m.type().equals("NOMINAL")) named = true;
      if (!named) continue;
      if (found != null) return null;
      found = e;
    }
    return found;
  }

  /**
   * Whether a name is the first words of the name of another thing of its kind in the article
   * ("Harbour" beside "Harbour Rail Holdings"): coreference kept them apart, and the short one asked
   * as an answer is cut. People are not (a surname stands for them).
   */
  public boolean cutName(Entity e) {
    if (e.kind() == Kind.PERSON) return false;
    for (Entity o : all) {
      // of the same family: "Russia" is not cut from "Russia Today", a channel, nor "Kenya" from "Kenya Airways"
      if (o != e && family(o.kind()) == family(e.kind()) && o.name().startsWith(e.name() + " ")) return true;
    }
    return false;
  }

  /** Bodies (companies, organisations, teams, parties) are one family, places another: a tagger mixes kinds within each. */
  private static int family(Kind k) {
    return switch (k) {
      case COMPANY, ORGANIZATION, TEAM, PARTY -> 1;
      case CITY, STATE, COUNTRY, PLACE -> 2;
      default -> 3 + k.ordinal();
    };
  }

  /** The entity one of whose forms is {@code text} (any case), or null. */
  public Entity named(String text) {
    String k = Lexicon.key(text);
    for (Entity e : all) for (String f : e.forms()) if (Lexicon.key(f).equals(k)) return e;
    return null;
  }

  private static final Pattern COMPANY_NAME = Pattern.compile(
      ".*\\b(Inc|Ltd|plc|PLC|Corp|Corporation|Group|Holdings|Airways|Airlines|Motors|Bank|Telecom|Pharmaceuticals|Co)\\.?$");
  private static final Set<String> COMPANY_WORDS = Set.of("company", "firm", "group", "retailer", "bank", "carrier", "airline",
      "maker", "manufacturer", "giant", "chain", "supermarket", "operator", "insurer", "brand", "business", "conglomerate",
      "publisher", "studio", "label", "lender", "producer", "supplier", "rival", "owner", "broadcaster", "network", "developer",
      "provider", "carmaker", "distributor", "investor");
  private static final Set<String> TEAM_WORDS = Set.of("club", "side", "team", "squad", "champions", "visitors", "hosts");
  private static final Set<String> BODY_WORDS = Set.of("Association", "Federation", "Union", "Council", "Committee", "Commission",
      "Ministry", "Department", "Office", "Agency", "Authority", "Board", "Court", "Parliament", "Assembly", "Organisation",
      "Organization", "Institute", "Fund", "Service", "Bureau", "Senate", "Congress", "House", "Police", "Army", "Government");
  private static final Set<String> PARTY_NAMES = Set.of("labour", "conservatives", "conservative", "tories", "tory",
      "lib dems", "liberal democrats", "ukip", "snp", "plaid cymru", "republicans", "democrats", "greens", "green party");

  public static Entities of(AnalysedArticle article) {
    var drafts = new ArrayList<Draft>();
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (Mention m : s.mentions()) if (kindOf(m.type()) != null && !s.token(m.start()).isPronoun()) mentions.add(m);
    }
    // Longest first, so that "Sergei Lavrov" makes the person that "Lavrov" then joins.
    mentions.sort(Comparator.comparingInt((Mention m) -> -(m.end() - m.start())).thenComparingInt(Mention::sentence)
        .thenComparingInt(Mention::start));
    for (Mention m : mentions) {
      Kind kind = kindOf(m.type());
      String name = named(m);
      if (name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0))) continue;
      if (kind == Kind.COUNTRY || m.type().equals("NATIONALITY")) {
        Lexicon.Known k = m.type().equals("NATIONALITY") ? Lexicon.get().countryOfAdjective(name) : Lexicon.get().lookup(name);
        if (m.type().equals("NATIONALITY") && k == null) continue;
        if (k != null) name = k.name();
        kind = Kind.COUNTRY;
      }
      Draft home = null;
      for (Draft d : drafts) if (d.kind.isNamed() == kind.isNamed() && d.accepts(kind, name)) { home = d; break; }
      if (home == null) {
        home = new Draft(kind, name);
        drafts.add(home);
      }
      home.add(m, m.type().equals("NATIONALITY") ? null : named(m));
      // "Harbour Rail, Britain's third-largest train operator": what an apposition calls it
      Sentence ms = article.sentences().get(m.sentence());
      for (int a : ms.children(m.end() - 1, "appos")) {
        home.nouns.add(ms.token(a).lemma().toLowerCase(Locale.ROOT));
        home.apposed.add(ms.token(a).lemma().toLowerCase(Locale.ROOT));
      }
      home.votes.merge(kind, 1, Integer::sum);
    }
    // Coreference: "he", "the company" and "the minister" join the entity their chain names.
    for (CorefChain c : article.chains()) {
      Draft owner = null;
      for (Mention cm : c.mentions()) {
        for (Draft d : drafts) {
          for (Mention m : d.mentions) if (m.sentence() == cm.sentence() && m.overlaps(cm.start(), cm.end())) owner = owner == null ? d : owner;
        }
      }
      if (owner == null) continue;
      final Draft chainOwner = owner;
      for (Mention cm : c.mentions()) {
        boolean known = owner.mentions.stream().anyMatch(m -> m.sentence() == cm.sentence() && m.overlaps(cm.start(), cm.end()));
        boolean someoneElse = drafts.stream().anyMatch(d -> d != chainOwner && d.mentions.stream()
            .anyMatch(m -> m.sentence() == cm.sentence() && m.overlaps(cm.start(), cm.end())));
        if (!known && !someoneElse && cm.end() - cm.start() <= 4) {
          owner.references.add(cm);
          Sentence s = article.sentences().get(cm.sentence());
          owner.nouns.add(s.token(cm.end() - 1).lemma().toLowerCase(Locale.ROOT));
        }
      }
    }
    var out = new ArrayList<Entity>();
    boolean sport = sportArticle(article);
    var kinds = new ArrayList<Kind>();
    for (Draft d : drafts) {
      // the kind most of its mentions were tagged with: the tagger errs now and then, rarely twice alike
      Kind voted = d.votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(d.kind);
      if (voted == Kind.PERSON && d.nouns.stream().anyMatch(COMPANY_WORDS::contains)) voted = Kind.ORGANIZATION; // "the company said"
      kinds.add(voted == Kind.ORGANIZATION ? organisationKind(d, sport) : voted);
    }
    // "Tom Adeyemi, a tale of a girl at sea, ...": a title the tagger took for a person is no one to ask "Who" of
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (kinds.get(i) == Kind.PERSON && drafts.get(i).apposed.stream().anyMatch(WORK_NOUNS::contains)) {
        drafts.remove(i);
        kinds.remove(i);
      }
    }
    tieBareDescriptions(article, drafts, kinds);
    int id = 0;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Kind kind = kinds.get(i);
      var all = new ArrayList<Mention>(d.mentions);
      all.addAll(d.references);
      out.add(new Entity(id++, kind, d.name, new ArrayList<>(d.forms), all, salience(article, d), definite(article, d)));
    }
    Entities entities = new Entities(out);
    entities.describe(article);
    return entities;
  }

  /**
   * "The firm", "the company" where coreference tied them to nothing, in a story about one company:
   * that company. A news story calls its subject by such words, and another firm it mentions is
   * named, not described; so the words are tied only when one company is the story's subject (at
   * least {@value #DOMINANCE} times as salient as any other company or organisation) and the
   * description is bare: "the firm", "the company's", never "the firm's lawyers' firm" or "a rival
   * firm".
   */
  private static void tieBareDescriptions(AnalysedArticle article, List<Draft> drafts, List<Kind> kinds) {
    Draft top = null;
    double topSalience = 0;
    double second = 0;
    for (int i = 0; i < drafts.size(); i++) {
      if (kinds.get(i) != Kind.COMPANY && kinds.get(i) != Kind.ORGANIZATION) continue;
      double sal = salience(article, drafts.get(i));
      if (sal > topSalience) {
        second = topSalience;
        topSalience = sal;
        top = drafts.get(i);
      } else {
        second = Math.max(second, sal);
      }
    }
    if (top == null || kinds.get(drafts.indexOf(top)) != Kind.COMPANY || topSalience < DOMINANCE * second) return;
    for (Sentence s : article.sentences()) {
      for (int i = 1; i < s.size(); i++) {
        Token t = s.token(i);
        if (!t.pos().equals("NN") || !BARE_COMPANY_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) continue;
        if (!s.token(i - 1).text().equalsIgnoreCase("the") || s.head(i - 1) != i || claimed(drafts, s.index(), i)) continue;
        boolean bare = true;
        for (int c : s.children(i)) if (c != i - 1 && !s.relation(c).equals("case") && !s.relation(c).equals("punct")) bare = false;
        if (!bare) continue;
        top.references.add(new Mention(s.index(), i - 1, i + 1, "NOMINAL", s.text(i - 1, i + 1), null));
      }
    }
  }

  /** What a work is called in an apposition: a name so described is a title, not a person. */
  private static final Set<String> WORK_NOUNS = Set.of("story", "book", "novel", "film", "movie", "play", "musical", "album",
      "song", "single", "show", "series", "programme", "program", "opera", "poem", "collection", "tale", "comedy", "drama",
      "documentary", "game", "painting", "portrait", "sculpture", "memoir", "biography", "thriller", "sitcom", "ballet");

  /** How much more salient than any other body a company must be to be "the firm" of its story. */
  static final double DOMINANCE = 2.0;
  private static final Set<String> BARE_COMPANY_WORDS = Set.of("company", "firm", "group");

  private static boolean claimed(List<Draft> drafts, int sentence, int token) {
    for (Draft d : drafts) {
      for (Mention m : d.mentions) if (m.sentence() == sentence && m.covers(token)) return true;
      for (Mention m : d.references) if (m.sentence() == sentence && m.covers(token)) return true;
    }
    return false;
  }

  /**
   * The fuller phrase an earlier sentence gave a thing the text later calls by a bare description:
   * coreference ties "The shilling" to "Kenya's shilling", "the sale" to "the Harbour Rail sale". Kept
   * only when the earlier phrase ends in the same noun and holds a name (so a coreference slip to
   * another thing says nothing).
   */
  private void describe(AnalysedArticle article) {
    for (CorefChain c : article.chains()) {
      var ordered = new ArrayList<>(c.mentions());
      ordered.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
      for (int i = 1; i < ordered.size(); i++) {
        Mention m = ordered.get(i);
        String[] words = m.text().split(" ");
        if (words.length != 2 || !words[0].equalsIgnoreCase("the") || !m.type().equals("NOMINAL")) continue;
        for (int j = 0; j < i; j++) {
          Mention p = ordered.get(j);
          if (p.sentence() == m.sentence() || p.end() - p.start() > 5) continue;
          String[] pw = p.text().split(" ");
          boolean sameNoun = pw[pw.length - 1].equalsIgnoreCase(words[1]);
          Sentence ps = article.sentences().get(p.sentence());
          boolean named = false;
          for (int t = p.start(); t < p.end() - 1; t++) if (ps.token(t).isProperNoun()) named = true;
          if (!sameNoun || !named) continue;
          String fuller = p.text().replaceFirst("^(A|An|a|an) ", "the ");
          for (int t = m.start(); t < m.end(); t++) descriptions.putIfAbsent(m.sentence() + ":" + t, fuller);
          break;
        }
      }
    }
    describeByTheOnlyEarlierName(article);
  }

  /**
   * "The government", "the economy" where coreference left them alone: the fuller phrase is the one
   * earlier phrase ending in the same noun with a name or a nationality before it ("the Indian
   * government", "Japan's economy"). Two such phrases ("the US economy", "China's economy") leave
   * "the economy" unplaced, and so does any other thing of that noun said with other words before it.
   */
  private void describeByTheOnlyEarlierName(AnalysedArticle article) {
    List<Sentence> sentences = article.sentences();
    for (Sentence s : sentences) {
      for (int t = 1; t < s.size(); t++) {
        Token noun = s.token(t);
        if (!noun.isNoun() || noun.isProperNoun() || !s.relation(t - 1).equals("det") || s.head(t - 1) != t
            || !s.token(t - 1).text().equalsIgnoreCase("the") || descriptions.containsKey(s.index() + ":" + t)) {
          continue;
        }
        if (s.subtree(t).size() != 2) continue; // "the economy", not "the economy of the north"
        Set<String> earlier = new LinkedHashSet<>();
        for (int k = 0; k < s.index(); k++) {
          Sentence p = sentences.get(k);
          for (int u = 0; u < p.size(); u++) {
            if (!p.token(u).lemma().equalsIgnoreCase(noun.lemma()) || p.token(u).isProperNoun()) continue;
            if (bareThe(p, u)) continue; // the same "the government" said before
            String fuller = namedNounPhrase(p, u);
            earlier.add(fuller == null ? "" : fuller);
          }
        }
        if (earlier.size() == 1 && !earlier.contains("")) {
          descriptions.put(s.index() + ":" + (t - 1), earlier.iterator().next());
          descriptions.put(s.index() + ":" + t, earlier.iterator().next());
        }
      }
    }
  }

  private static boolean bareThe(Sentence p, int noun) {
    List<Integer> before = new ArrayList<>();
    for (int c : p.children(noun)) if (c < noun) before.add(c);
    return before.size() == 1 && before.get(0) == noun - 1 && p.token(noun - 1).text().equalsIgnoreCase("the");
  }

  /**
   * The noun phrase ending at {@code noun} when a name or nationality says whose it is and nothing else
   * stands before it: "the Indian government", "Japan's economy", "Kenya's shilling"; null otherwise.
   */
  private static String namedNounPhrase(Sentence p, int noun) {
    List<Integer> words = new ArrayList<>();
    for (int c : p.children(noun)) {
      String r = p.relation(c);
      if (c > noun) continue;
      if (!(r.equals("det") || r.equals("amod") || r.equals("compound") || r.equals("nmod:poss"))) return null;
      words.addAll(p.subtree(c));
    }
    if (words.isEmpty() || words.size() > 4) return null;
    words.add(noun);
    words.sort(null);
    for (int k = 1; k < words.size(); k++) if (words.get(k) != words.get(k - 1) + 1) return null;
    boolean named = false;
    for (int w : words) {
      Token x = p.token(w);
      if (x.isProperNoun() || x.ner().equals("NATIONALITY") || x.ner().equals("COUNTRY")) named = true;
      else if (!(x.pos().equals("DT") || x.pos().equals("POS") || w == noun)) return null;
    }
    if (!named) return null;
    String text = p.text(words.get(0), noun + 1);
    return text.replaceFirst("^(A|An|a|an|The) ", "the ");
  }

  /** The fuller phrase for a bare description covering token {@code token} of sentence {@code s}, or null. */
  public String describedAt(int s, int token) {
    return descriptions.get(s + ":" + token);
  }

  /** Whether most of the entity's named mentions follow "the" ("the Countryside Alliance", not "Tesco"). */
  private static boolean definite(AnalysedArticle article, Draft d) {
    if (d.kind == Kind.PERSON) return false;
    int with = 0;
    int counted = 0;
    for (Mention m : d.mentions) {
      Sentence s = article.sentences().get(m.sentence());
      // "a Northgate Council report": a name before a noun it describes takes the noun's article, not its own
      if (s.relation(m.end() - 1).equals("compound") && s.head(m.end() - 1) >= m.end()) continue;
      counted++;
      if (m.start() > 0 && s.token(m.start() - 1).text().equalsIgnoreCase("the")) with++;
    }
    return with * 2 > counted;
  }

  private static double salience(AnalysedArticle article, Draft d) {
    double s = d.mentions.size() + 0.5 * d.references.size();
    Set<Integer> sentences = new LinkedHashSet<>();
    for (Mention m : d.mentions) sentences.add(m.sentence());
    if (sentences.contains(0)) s += 2;
    if (sentences.contains(1)) s += 1;
    Sentence head = article.headline();
    if (head != null) {
      String h = head.text().toLowerCase(Locale.ROOT);
      for (String f : d.forms) if (h.contains(f.toLowerCase(Locale.ROOT))) { s += 3; break; }
      if (d.kind == Kind.PERSON) {
        String last = d.name.substring(d.name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (h.contains(last)) s += 3;
      }
    }
    return s;
  }

  private static Kind organisationKind(Draft d, boolean sport) {
    String lower = d.name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" party") || PARTY_NAMES.contains(lower)) return Kind.PARTY;
    Lexicon.Known known = Lexicon.get().lookup(d.name);
    if (known != null) return Kind.ORGANIZATION;
    for (String w : d.name.split(" ")) if (BODY_WORDS.contains(w)) return Kind.ORGANIZATION;
    if (COMPANY_NAME.matcher(d.name).matches()) return Kind.COMPANY;
    for (String n : d.nouns) if (COMPANY_WORDS.contains(n)) return Kind.COMPANY;
    if (sport) return Kind.TEAM;
    for (String n : d.nouns) if (TEAM_WORDS.contains(n)) return Kind.TEAM;
    return Kind.ORGANIZATION;
  }

  /** A match report or transfer story: organisations there are mostly clubs and teams. */
  private static boolean sportArticle(AnalysedArticle article) {
    int hits = 0;
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        switch (t.lemma().toLowerCase(Locale.ROOT)) {
          case "match", "goal", "coach", "season", "league", "striker", "midfielder", "defender", "squad", "cup", "game", "win",
              "championship", "tournament", "player", "score" -> hits++;
          default -> { }
        }
      }
    }
    return hits >= 6;
  }

  static Kind kindOf(String type) {
    return switch (type) {
      case "PERSON" -> Kind.PERSON;
      case "ORGANIZATION" -> Kind.ORGANIZATION;
      case "COUNTRY", "NATIONALITY" -> Kind.COUNTRY;
      case "CITY" -> Kind.CITY;
      case "STATE_OR_PROVINCE" -> Kind.STATE;
      case "LOCATION" -> Kind.PLACE;
      case Works.TYPE -> Kind.WORK;
      default -> null;
    };
  }

  /** The name a mention gives: a work's title whole ("The Glass Harbour"), else {@link #clean}. */
  private static String named(Mention m) {
    return m.type().equals(Works.TYPE) ? m.text().strip() : clean(m.text());
  }

  /** A mention's text without a leading "the" or a trailing possessive. */
  static String clean(String text) {
    String t = text.strip();
    if (t.startsWith("the ") || t.startsWith("The ")) t = t.substring(4);
    if (t.endsWith("'s") || t.endsWith("’s")) t = t.substring(0, t.length() - 2);
    if (t.endsWith("'")) t = t.substring(0, t.length() - 1);
    if (t.startsWith("Mr ") || t.startsWith("Mr. ") || t.startsWith("Ms ") || t.startsWith("Mrs ") || t.startsWith("Dr ")) {
      t = t.substring(t.indexOf(' ') + 1);
    }
    return t.strip();
  }

  /** An entity while it is being gathered. */
  private static final class Draft {
    final Kind kind;
    final String name;
    final List<Mention> mentions = new ArrayList<>();
    final List<Mention> references = new ArrayList<>();
    final Set<String> forms = new LinkedHashSet<>();
    final Set<String> nouns = new LinkedHashSet<>();
    /** What appositions call it ("a tale of a girl at sea"): "tale". */
    final Set<String> apposed = new LinkedHashSet<>();
    final Map<Kind, Integer> votes = new java.util.EnumMap<>(Kind.class);

    Draft(Kind kind, String name) {
      this.kind = kind;
      this.name = name;
      forms.add(name);
    }

    void add(Mention m, String form) {
      mentions.add(m);
      if (form != null && !form.isEmpty()) forms.add(form);
    }

    boolean accepts(Kind k, String other) {
      // one name is one thing, even when the tagger called it a person in one sentence and a company in another
      if (Lexicon.key(other).equals(Lexicon.key(name))) return true;
      if (k != kind) return false;
      if (kind == Kind.PERSON) {
        // "Lavrov" and "Mr Lavrov" join "Sergei Lavrov": every word of the shorter name is in the longer one
        List<String> mine = List.of(name.split(" "));
        for (String w : other.split(" ")) if (!mine.contains(w)) return false;
        return true;
      }
      return false;
    }
  }
}
