package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * Clauses from the dependency parse: the main verb of each sentence, verbs joined to it by "and",
 * and what was reported ("Tesco said it would cut 500 jobs" gives "it would cut 500 jobs", whose
 * "it" coreference ties to Tesco), and a relative clause of when or where with a subject of its
 * own ("a visit, during which she opened ..."). Attribution itself ("..., Lavrov told reporters"),
 * other subordinate clauses and quotations give no clause: they are rarely what a reader should
 * remember.
 */
public final class ClauseFinder {
  private ClauseFinder() {}

  /** Verbs that report speech or thought: their own clause is attribution, what they report may be news. */
  static final Set<String> SPEECH = Set.of("say", "tell", "add", "claim", "report", "warn", "insist", "argue", "note",
      "explain", "suggest", "believe", "think", "admit", "state", "write", "reveal", "predict", "estimate", "fear", "hope",
      "stress", "emphasise", "emphasize", "indicate", "acknowledge", "announce", "confirm", "feel", "know", "show",
      "mean", "accept", "deny", "allege", "maintain", "assert", "contend", "signal", "recall", "complain", "urge", "quote");

  /**
   * Nouns of an act that is only ever about something: said with "a" and nothing of what it is
   * about, they say no one act. An agreement, a deal or an offer signed or made is an event of its
   * own ("signed a water-sharing agreement in Nairobi on March 14"), so those are not among them.
   */
  private static final Set<String> ABOUT_SOMETHING = Set.of("question", "decision", "review", "inquiry", "statement",
      "announcement", "ruling", "appeal", "complaint", "request", "warning", "call", "challenge", "comment", "promise", "pledge",
      "claim");

  /** Prepositions that say what an act is about or with whom: "a decision on", "a deal with", "a bid for". */
  private static final Set<String> ABOUT = Set.of("of", "on", "about", "over", "into", "for", "against", "to", "with", "from");

  /** Whether {@code o} is "a decision", "an urgent question": an act of that sort, with nothing of what it is about. */
  static boolean unsaidWhat(Sentence s, int o) {
    if (!actWithoutItsMatter(s, o)) return false;
    for (int c : s.children(o)) {
      if (s.relation(c).equals("det")) return s.token(c).text().equalsIgnoreCase("a") || s.token(c).text().equalsIgnoreCase("an");
    }
    return false;
  }

  /**
   * Whether {@code o} names an act that is only ever about something ("decision", "challenge",
   * "announcement") and says nothing of what: "the union's challenge" is a challenge to something the
   * article said before.
   */
  public static boolean actWithoutItsMatter(Sentence s, int o) {
    Token t = s.token(o);
    if (!ABOUT_SOMETHING.contains(t.lemma().toLowerCase(Locale.ROOT)) || !t.pos().equals("NN")) return false;
    for (int c : s.children(o)) {
      String r = s.relation(c);
      // "a decision on the route", "a bid to buy", "a review of the ban": what it is about is said ("a question at
      // the council" says where it was asked, not what about)
      if (r.startsWith("acl") || r.equals("ccomp") || r.equals("nummod")) return false;
      if (r.startsWith("nmod") && !r.equals("nmod:poss")
          && s.children(c, "case").stream().anyMatch(k -> ABOUT.contains(s.token(k).text().toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> WISHING = Set.of("want", "hope", "wish");
  /** Verbs that wish only with "would": "would like to", "would love to". */
  private static final Set<String> LIKING = Set.of("like", "love");

  /**
   * "would like to take part", "hopes to win", "wants to stay": a wish, which a question would state
   * as if it were done (raters called such questions vague).
   */
  private static boolean wish(Sentence s, int v) {
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    if (s.children(v, "xcomp").isEmpty()) return false;
    if (WISHING.contains(lemma)) return true;
    if (!LIKING.contains(lemma)) return false;
    for (int aux : s.children(v, "aux")) if (s.token(aux).text().equalsIgnoreCase("would") || s.token(aux).text().equals("'d")) return true;
    return false;
  }

  private static final Set<String> MEDALS = Set.of("gold", "silver", "bronze", "medal");
  /** Words that name the event a medal was won in: "at the Coastal Games", "in the 400m final". */
  private static final Set<String> EVENTS = Set.of("olympics", "olympic", "games", "championship", "championships", "final",
      "race", "cup", "marathon", "tournament", "event", "relay", "hurdles", "heptathlon", "decathlon");

  /**
   * "took bronze in Mombasa behind two rivals": a medal with no word of the event it was won in (raters
   * rejected such a question in four samples: a bronze in what?). A distance ("200m gold") or a
   * games, championship, final or race names the event.
   */
  static boolean medalWithoutItsEvent(Sentence s, int v, List<Integer> tokens) {
    boolean medal = false;
    for (int c : s.children(v)) {
      String r = s.relation(c);
      if ((r.equals("obj") || r.startsWith("obl")) && MEDALS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) medal = true;
    }
    if (!medal) return false;
    for (int t : tokens) {
      String w = s.token(t).text().toLowerCase(Locale.ROOT);
      if (EVENTS.contains(w) || w.matches("\\d[\\d,.]*k?m")) return false;
    }
    return true;
  }

  /** Modal verbs that make a clause an opinion or a guess. */
  private static final Set<String> HEDGES = Set.of("should", "ought", "might", "could", "may");
  /** Words that stand for an unnamed share of people when they are a clause's subject. */
  private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "few", "several", "others", "all", "both", "none");

  /** Whether a word reports speech or thought ("said", "told", "warned"). */
  public static boolean isSpeech(Token t) {
    return SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether a verb heads a finite clause: not a participle standing without its auxiliary. */
  static boolean finite(Sentence s, int v) {
    String pos = s.token(v).pos();
    return !(pos.equals("VBN") || pos.equals("VBG")) || !s.children(v, "aux").isEmpty() || !s.children(v, "aux:pass").isEmpty()
        || !s.children(v, "cop").isEmpty();
  }

  /** Children whose subtree is not part of the clause a question is phrased from. */
  private static final Set<String> SET_ASIDE = Set.of("advcl", "parataxis", "discourse", "vocative", "dep", "mark",
      "cc", "conj", "ccomp", "csubj", "list", "reparandum", "orphan", "appos", "expl");

  /** Prepositions that open a verb's complement clause ("accuse of", "see as", "talk into"), not an aside. */
  private static final Set<String> COMPLEMENT_OPENERS = Set.of("of", "as", "into", "from", "about", "on", "with");

  /** Sentence adverbs that tie a sentence to the one before and read oddly in a question. */
  private static final Set<String> LINKING = Set.of("however", "meanwhile", "also", "still", "now", "then", "instead",
      "nevertheless", "therefore", "thus", "though", "too", "already", "yet", "so", "even", "moreover", "furthermore",
      "additionally", "similarly", "likewise", "indeed", "finally", "eventually", "currently", "previously", "recently",
      "separately", "again", "otherwise", "later");

  public static List<Clause> find(AnalysedArticle article, Entities entities) {
    return find(article, entities, new Timeline(article));
  }

  public static List<Clause> find(AnalysedArticle article, Entities entities, Timeline timeline) {
    var out = new ArrayList<Clause>();
    for (Sentence s : article.sentences()) {
      if (s.size() > 60) continue; // a run-on "sentence" (a list, a table) is no place for a question
      if (s.token(s.size() - 1).text().equals("?")) continue; // a question the article asks is no fact
      boolean[] quoted = quoted(s);
      int root = s.root();
      if (root < 0) continue;
      for (int v : candidates(s, root)) {
        if (quoted[v]) continue;
        Clause c = clause(s, v, entities, timeline);
        if (c != null) out.add(c);
      }
    }
    return out;
  }

  /** The root, verbs joined to it by "and", and clauses that a speech verb among them reports. */
  private static List<Integer> candidates(Sentence s, int root) {
    var heads = new ArrayList<Integer>();
    heads.add(root);
    for (int c : s.children(root, "conj")) heads.add(c);
    var out = new ArrayList<Integer>();
    for (int h : heads) {
      if (SPEECH.contains(s.token(h).lemma().toLowerCase(Locale.ROOT)) && !announcesAThing(s, h)) {
        for (int c : s.children(h, "ccomp")) {
          out.add(c);
          for (int cc : s.children(c, "conj")) out.add(cc);
        }
      } else {
        out.add(h);
      }
    }
    // "a three-day visit, during which he discussed ...": a relative clause with a subject of its own tells a fact
    // of its own, set in the time or place its relative word stands for
    for (int t = 0; t < s.size(); t++) {
      if (!s.relation(t).equals("acl:relcl") || relativeCircumstance(s, t) < 0 || out.contains(t)) continue;
      out.add(t);
      for (int cc : s.children(t, "conj")) out.add(cc);
    }
    return out;
  }

  /**
   * The relative phrase of a relative clause when it says where or when ("during which", "at which",
   * "where") and the clause has a subject of its own (not "which" or "who"); else -1.
   */
  static int relativeCircumstance(Sentence s, int relcl) {
    int circumstance = -1;
    for (int c : s.children(relcl)) {
      String r = s.relation(c);
      Token t = s.token(c);
      if (r.startsWith("nsubj") && (t.pos().startsWith("W") || t.text().equalsIgnoreCase("that"))) return -1;
      if (c < relcl && (r.startsWith("obl") && t.pos().equals("WDT") && !s.children(c, "case").isEmpty()
          || r.equals("advmod") && t.pos().equals("WRB") && Set.of("where", "when").contains(t.text().toLowerCase(Locale.ROOT)))) {
        circumstance = c;
      }
    }
    return circumstance >= 0 && subjectOf(s, relcl) >= 0 ? circumstance : -1;
  }

  /**
   * "The firm has depots in 14 towns", "Adeyemi now has two titles to his credit": "have" in the
   * present tense as the main verb states what someone owns or holds now, background to the news
   * rather than an event in it (over ten blind ratings, both raters accepted 16 of the 24 such
   * questions drawn, two in three, against four in five of all questions). "has opened", "had
   * talks" and "will have" are events, and stay.
   */
  private static boolean standingPossession(Sentence s, int v) {
    Token verb = s.token(v);
    return verb.lemma().equalsIgnoreCase("have") && (verb.pos().equals("VBZ") || verb.pos().equals("VBP"))
        && s.children(v, "aux").isEmpty();
  }

  /**
   * "... one of only two deaf councillors, and she was the first to lead its board": "the first" with no noun of
   * its own is the first of a kind said before it, and the clause alone claims something else (both
   * raters rejected such a statement as false as written).
   */
  private static boolean firstOfAnUnsaidKind(Sentence s, int predicate) {
    Token t = s.token(predicate);
    boolean rank = t.ner().equals("ORDINAL") || Set.of("first", "last", "only").contains(t.text().toLowerCase(Locale.ROOT));
    return rank && !t.isNoun() && s.children(predicate, "det").stream().anyMatch(d -> s.token(d).text().equalsIgnoreCase("the"));
  }

  /** Tokens between quotation marks (and the marks): speech, opinion, rarely a fact to test. */
  static boolean[] quoted(Sentence s) {
    boolean[] q = new boolean[s.size()];
    boolean inside = false;
    for (int i = 0; i < s.size(); i++) {
      String t = s.token(i).text();
      boolean mark = t.equals("\"") || t.equals("“") || t.equals("”") || t.equals("``") || t.equals("''");
      if (mark) {
        q[i] = true;
        inside = !inside;
      } else {
        q[i] = inside;
      }
    }
    return q;
  }

  private static Clause clause(Sentence s, int v, Entities entities, Timeline timeline) {
    Token verb = s.token(v);
    boolean copula = !s.children(v, "cop").isEmpty();
    if (!verb.isVerb() && !copula) return null;
    int misreadObject = misreadObject(s, v);
    // the clause needs what it reports (unless the "report" is the parser's misreading of the object)
    if ((misreadObject < 0 && !s.children(v, "ccomp").isEmpty()) || !s.children(v, "csubj").isEmpty()) return null;
    if (SPEECH.contains(verb.lemma().toLowerCase(Locale.ROOT)) && !announcesAThing(s, v)) return null;
    if (standingPossession(s, v)) return null;
    if (copula && firstOfAnUnsaidKind(s, v)) return null;
    // "the council should sell the port", "the deal could fail": a view or a guess, not a fact to test
    for (int aux : s.children(v, "aux")) if (HEDGES.contains(s.token(aux).text().toLowerCase(Locale.ROOT))) return null;
    if (wish(s, v)) return null;
    // "faced an urgent question at the council", "has to reach a decision before Friday": a thing said only to be one
    // of its sort, with nothing of what it is about, picks out no event a reader could be asked about
    for (int o : s.children(v, "obj")) if (unsaidWhat(s, o)) return null;
    int subject = subjectOf(s, v);
    if (subject < 0) return null;
    // "Many in Kenya would rather ...", "Some fear ...": an unnamed share of people, whose view is no fact to test
    if (QUANTIFIERS.contains(s.token(subject).text().toLowerCase(Locale.ROOT)) && !s.token(subject).isNoun()) return null;
    // "ten novels shortlisted for a prize": a participle with no auxiliary is no finite clause (a caption, a headline)
    if (!finite(s, v)) return null;
    // "profits would rise 4% but fall 2% next year": the second verb leans on the first one's "would"
    if (s.relation(v).equals("conj") && verb.pos().equals("VB") && s.children(v, "aux").isEmpty()) return null;
    List<Integer> tokens = clauseTokens(s, v);
    if (misreadObject >= 0) {
      // the object, up to the comma, belongs to this clause; the rest of the misread clause does not
      tokens = new ArrayList<>(tokens);
      for (int t : phraseTokens(s, misreadObject)) if (t > v && t < commaAfter(s, misreadObject)) tokens.add(t);
      tokens.sort(null);
    }
    if (!tokens.contains(subject)) {
      // a subject shared with the verb before "and": put it in front
      var withSubject = new ArrayList<>(phraseTokens(s, subject));
      withSubject.addAll(tokens);
      tokens = withSubject;
    }
    tokens = withoutDayBeforeVerb(s, tokens, subject, v);
    if (!verbFollowsSubject(s, tokens, subject)) return null;
    // "her part in Somebody [Stole My Bicycle]": a title the parser broke off after its first word
    for (int c : s.children(v)) {
      if (s.relation(c).equals("dep") && c > 0 && tokens.contains(c - 1) && !tokens.contains(c) && capitalised(s.token(c))
          && capitalised(s.token(c - 1)) && c - 1 != subject) {
        return null;
      }
    }
    if (tokens.size() < 6) return null; // "AutoLink works": too little said to ask about
    if (medalWithoutItsEvent(s, v, tokens)) return null;
    // a quotation cut in two by the clause's edges; a quoted phrase inside it ("ethnic cleansing") is fine
    int marks = 0;
    for (int t : tokens) if (s.token(t).text().equals("\"")) marks++;
    if (marks % 2 != 0) return null;
    // "Several companies saw [their value hit highs]": a verb whose complement the parse set aside is cut short
    // ("left at the station" without "her rival trailing": an adverbial is no object)
    boolean object = !s.children(v, "obj").isEmpty() || !s.children(v, "xcomp").isEmpty() || copula || misreadObject >= 0;
    for (int ch : s.children(v)) {
      String r = s.relation(ch);
      // ", triggering a halt", ", fuelled by strong demand": a participle after a comma is an aside the clause is whole without
      if (ch > v && (r.equals("dep") || r.equals("parataxis")) && commaBefore(s, ch) && participle(s.token(ch))) continue;
      if (ch > v && (r.equals("dep") || r.equals("ccomp") || r.equals("parataxis")) && !object) return null;
    }
    // "accused the minister [of misleading MPs]", "named the ferry [as the best in its class]": a complement the
    // parser read as an adverbial clause; left out, the verb's meaning is cut (an aside after a comma is not)
    for (int ch : s.children(v)) {
      if (ch < v || !s.relation(ch).equals("advcl") || commaBefore(s, ch)) continue;
      String first = s.token(s.subtree(ch).get(0)).text().toLowerCase(Locale.ROOT);
      if (COMPLEMENT_OPENERS.contains(first)) return null;
    }
    // "published the bestselling Harbour Lights" with the title read loose, "a war-era sinking of ferries": what the parser could
    // not place it calls a loose dependent; left out, it cuts the phrase
    // (", beating Northgate 2-1" after the verb is an aside, set aside on purpose)
    for (int t : tokens) {
      for (int c : s.children(t)) {
        if (t != v && s.relation(c).equals("dep") && !tokens.contains(c) && !commaBefore(s, c)) return null;
      }
    }
    var slots = new ArrayList<Slot>();
    Slot subj = entitySlot(s, subject, Slot.Role.SUBJECT, entities);
    // "Amina Wekesa, Tom Hale and Ruth Otieno feature on the list": one person with a plural verb is a list the
    // parser read as a name and its asides
    if (subj != null && subj.kind() == Kind.PERSON && pluralVerb(s, v)) return null;
    if (subj != null) slots.add(subj);
    if (misreadObject >= 0) {
      Slot o = entitySlot(s, misreadObject, Slot.Role.OBJECT, entities);
      if (o == null) o = documentSlot(s, misreadObject);
      if (o != null) slots.add(o);
    }
    for (int c : s.children(v)) {
      String rel = s.relation(c);
      if (rel.equals("obj") || rel.equals("iobj")) {
        Slot o = entitySlot(s, c, Slot.Role.OBJECT, entities);
        if (o == null) o = documentSlot(s, c);
        if (o != null) slots.add(o);
      }
      // "The prize was won by Amina Wekesa": the doer of a passive, whom a question asks for in the active
      Slot agent = rel.startsWith("obl") && passive(s, v) ? agentSlot(s, c, entities) : null;
      if (agent != null) {
        slots.add(agent);
      } else if (rel.startsWith("obl") || rel.equals("nmod:tmod") || rel.equals("advmod")) {
        Slot d = dateSlot(s, c, timeline);
        if (d != null) slots.add(d);
        else {
          Slot p = placeSlot(s, c, entities);
          if (p != null) slots.add(p);
        }
      }
      if (rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl")) {
        Slot q = quantitySlot(s, c, rel);
        if (q != null && q.kind() == Kind.NUMBER && rel.startsWith("obl")) q = null; // "in past three sessions": no "how many"
        if (q != null) slots.add(q);
      }
    }
    if (copula && slots.stream().noneMatch(x -> x.role() == Slot.Role.QUANTITY)) {
      // "Its profit for the year was £77m": the sum is what the clause says of its subject
      Slot q = quantitySlot(s, v, "cop");
      if (q != null && q.kind() != Kind.NUMBER) slots.add(q);
    }
    if (subj == null) {
      Slot q = quantitySlot(s, subject, "nsubj");
      if (q != null && slots.stream().noneMatch(x -> x.role() == Slot.Role.QUANTITY)) slots.add(q);
    }
    String id = Facts.id("clause", s.text(), Integer.toString(v));
    Slot subjectSlot = subj != null ? subj : new Slot(Slot.Role.SUBJECT, subject, phraseTokens(s, subject).get(0),
        phraseTokens(s, subject).get(phraseTokens(s, subject).size() - 1) + 1, null, null, null, null);
    var gaps = new ArrayList<Slot>();
    for (Mention m : s.mentions()) {
      if (!tokens.contains(m.start()) || !tokens.contains(m.end() - 1)) continue;
      Slot g = ShortSentenceFinder.gap(s, m, entities);
      if (g != null && tokens.contains(g.start())) gaps.add(g);
    }
    return new Clause(id, s.index(), s, v, subjectSlot, slots, tokens, gaps);
  }

  /** Whether the clause's first verb is plural in form ("feature", "are", "were", "have"). */
  private static boolean pluralVerb(Sentence s, int v) {
    int first = v;
    for (int ch : s.children(v)) {
      String r = s.relation(ch);
      if (ch < first && (r.equals("aux") || r.equals("aux:pass") || r.equals("cop"))) first = ch;
    }
    Token t = s.token(first);
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("VBP") || w.equals("were");
  }

  /**
   * The clause without a day said between its subject and its verb, as British news writes it:
   * "Medvedev today asked ...", "the firm yesterday said ...". A question keeps no "today" (it is
   * read on another day), and the verb then follows its subject.
   */
  private static List<Integer> withoutDayBeforeVerb(Sentence s, List<Integer> tokens, int subject, int v) {
    var out = new ArrayList<Integer>(tokens);
    out.removeIf(t -> t > subject && t < v && s.head(t) == v && s.relation(t).endsWith(":tmod") && "DATE".equals(s.token(t).ner())
        && s.subtree(t).size() == 1);
    return out;
  }

  /**
   * Whether the clause reads subject, then verb: the first token after the subject's phrase is a
   * verb, an auxiliary or an adverb. When it is not, the parse went astray, and no question
   * phrased from it would read right.
   */
  private static boolean verbFollowsSubject(Sentence s, List<Integer> tokens, int subject) {
    List<Integer> phrase = phraseTokens(s, subject);
    int last = phrase.get(phrase.size() - 1);
    for (int t : tokens) {
      if (t <= last || phrase.contains(t)) continue;
      String pos = s.token(t).pos();
      if (pos.equals(",")) continue;
      return pos.startsWith("VB") || pos.equals("MD") || pos.startsWith("RB");
    }
    return false;
  }

  private static boolean capitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  static int subjectOf(Sentence s, int v) {
    for (int c : s.children(v)) if (s.relation(c).startsWith("nsubj")) return c;
    if (s.relation(v).equals("conj") && s.head(v) >= 0) {
      int h = s.head(v);
      for (int c : s.children(h)) if (s.relation(c).startsWith("nsubj")) return c;
    }
    return -1;
  }

  /**
   * Speech verbs that, with a thing as their object, tell an act: "reported a sharp rise in profit",
   * "is recalling 3,000 carriages".
   */
  private static final Set<String> ANNOUNCING = Set.of("report", "announce", "reveal", "unveil", "recall");

  /**
   * Whether a speech verb tells of a thing rather than reports words: its object is a thing (not a
   * person told, not a pronoun), and it reports no clause. "Harbour Rail reported a sharp rise in
   * profit" is the news; "said it would", "told reporters" are not.
   */
  private static boolean announcesAThing(Sentence s, int v) {
    if (instructs(s, v)) return true;
    if (madeKnownBy(s, v)) return true;
    if (!ANNOUNCING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) return false;
    List<Integer> objects = s.children(v, "obj");
    if (objects.size() != 1) return false;
    Token object = s.token(objects.get(0));
    return object.isNoun() && !object.isProperNoun() && !object.isEntity();
  }

  /**
   * Whether a speech verb is a passive whose subject is a thing and whose doer follows "by": "Harbour
   * Lights was written by Tom Hale", "the fare rise was announced by the board". That is who made a
   * thing or made it known; "Hale was quoted by the paper" (a person as the subject) reports words.
   */
  private static boolean madeKnownBy(Sentence s, int v) {
    if (!passive(s, v)) return false;
    List<Integer> subjects = s.children(v, "nsubj");
    if (subjects.size() != 1) return false;
    Token subject = s.token(subjects.get(0));
    if (!subject.isNoun() || subject.isPronoun() || subject.ner().equals("PERSON")) return false;
    for (int c : s.children(v, "obl")) {
      for (int k : s.children(c, "case")) if (s.token(k).text().equalsIgnoreCase("by") && s.token(c).isEntity()) return true;
    }
    return false;
  }

  /**
   * Whether a speech verb tells someone to do something: "has warned drivers to avoid the coast
   * road", "urged members to reject the offer". The instruction is an act, and news; words said to
   * the press ("told reporters to wait") are not.
   */
  private static boolean instructs(Sentence s, int v) {
    if (!INSTRUCTING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) return false;
    List<Integer> objects = s.children(v, "obj");
    List<Integer> doings = s.children(v, "xcomp");
    if (objects.size() != 1 || doings.size() != 1 || doings.get(0) < objects.get(0)) return false;
    Token told = s.token(objects.get(0));
    return told.isNoun() && !PRESS.contains(told.lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> INSTRUCTING = Set.of("warn", "urge", "tell", "advise", "ask", "order", "call");
  private static final Set<String> PRESS = Set.of("reporter", "journalist", "press", "newspaper", "interviewer", "audience");

  /**
   * The object of {@code v} where the parser read it as the subject of a clause after a comma: "the
   * council adopted Resolution 1973, imposing a no-fly zone and opening means for ..." parsed with
   * "Resolution 1973 ... means" as a clause. The word right after a verb that has no object of its
   * own, and whose phrase ends at a comma, is that verb's object; -1 where the parse does not read so.
   */
  static int misreadObject(Sentence s, int v) {
    if (!s.children(v, "obj").isEmpty() || !s.token(v).isVerb()) return -1;
    List<Integer> ccomps = s.children(v, "ccomp");
    if (ccomps.size() != 1 || ccomps.get(0) < v) return -1;
    for (int n : s.children(ccomps.get(0))) {
      if (!s.relation(n).startsWith("nsubj") || !s.token(n).isNoun()) continue;
      if (phraseTokens(s, n).get(0) != v + 1) return -1;
      int comma = commaAfter(s, n);
      return comma < ccomps.get(0) && comma > n ? n : -1;
    }
    return -1;
  }

  /** The first comma after token {@code t}, or the sentence's length. */
  private static int commaAfter(Sentence s, int t) {
    for (int i = t + 1; i < s.size(); i++) if (s.token(i).text().equals(",")) return i;
    return s.size();
  }

  /** The tokens of the clause headed by {@code v}, in order, without what it sets aside. */
  static List<Integer> clauseTokens(Sentence s, int v) {
    var out = new ArrayList<Integer>();
    collect(s, v, v, out);
    out.sort(null);
    // "Harbour Rail, the region's largest operator, has cut ...": the marks that set an aside apart stay when
    // the aside goes; left in, they leave "Harbour Rail , , has cut"
    var kept = new java.util.HashSet<>(out);
    out.removeIf(t -> s.relation(t).equals("punct") && ASIDE_MARKS.contains(s.token(t).text())
        && t > 0 && t + 1 < s.size() && (!kept.contains(t - 1) || !kept.contains(t + 1)));
    return out;
  }

  private static void collect(Sentence s, int top, int t, List<Integer> out) {
    out.add(t);
    int relative = t == top ? relativeCircumstance(s, top) : -1;
    for (int c : s.children(t)) {
      String rel = s.relation(c);
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (t == top && SET_ASIDE.contains(base) && !(base.equals("mark") && s.token(c).text().equalsIgnoreCase("to"))) continue;
      // commas stay (the phrasing drops those left beside a gap); full stops, quotes and dashes go
      if (t == top && base.equals("punct") && !Set.of(",", "-", "--", "–", "—", ";").contains(s.token(c).text())) continue;
      if (t == top && base.equals("advmod") && LINKING.contains(s.token(c).text().toLowerCase(Locale.ROOT))) continue;
      // "during which", "where": the relative phrase points back to the sentence; the clause is told without it
      if (t == top && c == relative) continue;
      // ", down from 18% in March": an aside after a comma, once the verb has been said
      if (t == top && c > top && (base.equals("advmod") || base.equals("obl") || base.equals("nmod") || base.equals("xcomp"))
          && commaBefore(s, c)) {
        continue;
      }
      // a loose dependent inside its word's phrase ("the $3 a kilo mark", "$ 100m") is part of it; after a comma,
      // a dash or a bracket, or away from that phrase, it is an aside or a misparse
      // "the Great Ireland [Run]": a capitalised word the parser set beside the name before it, with no comma,
      // is the name's own last word, where an apposition is set apart ("Ireland, the host")
      boolean nameGoesOn = base.equals("appos") && c == t + 1 && s.token(t).isProperNoun() && s.token(c).isProperNoun();
      if (t != top && (base.equals("appos") && !nameGoesOn || base.equals("parataxis") || base.equals("dep") && !besideItsWord(s, t, c)
          || base.equals("discourse")
          || (rel.equals("acl:relcl") || rel.equals("acl")) && commaBefore(s, c)
          // "Its trains, popular in the north, ...": an adjective after its noun and a comma is an aside too
          || rel.equals("amod") && c > t && commaBefore(s, c))) {
        continue; // "Sergei Lavrov, Russia's foreign minister, ...": the name is enough
      }
      collect(s, top, c, out);
    }
  }

  /**
   * Whether dependent {@code c} belongs to its head word {@code t}'s phrase: not after a comma, a
   * dash or a bracket, and either next to {@code t} ("$ 100m") or inside the phrase, with nothing
   * but the phrase's own words, and no comma, dash or bracket, between them ("the $ 3 a kilo mark").
   */
  private static boolean besideItsWord(Sentence s, int t, int c) {
    if (commaBefore(s, c)) return false;
    List<Integer> words = s.subtree(c);
    if (words.get(words.size() - 1) + 1 == t || words.get(0) - 1 == t) return true;
    List<Integer> phrase = s.subtree(t);
    int from = Math.min(words.get(0), t);
    int to = Math.max(words.get(words.size() - 1), t);
    for (int k = from; k <= to; k++) {
      if (!phrase.contains(k) || ASIDE_MARKS.contains(s.token(k).text())) return false;
    }
    return true;
  }

  private static final Set<String> ASIDE_MARKS = Set.of(",", "(", ")", "-", "--", "–", "—", ";", ":");

  /** The tokens of a phrase (a subject or object), without appositions and asides between commas. */
  static List<Integer> phraseTokens(Sentence s, int head) {
    var out = new ArrayList<Integer>();
    collect(s, -1, head, out);
    out.sort(null);
    return out;
  }

  /**
   * Whether a phrase follows a comma, a dash or an opening bracket, as an aside does ("along the
   * coast - which could explain", "Harbour Rail Group (HRG)").
   */
  private static boolean commaBefore(Sentence s, int relcl) {
    int first = s.subtree(relcl).get(0);
    return first > 0 && Set.of(",", "-", "--", "–", "—", "(", "-LRB-").contains(s.token(first - 1).text());
  }

  /** Whether a word is a participle ("triggering", "fuelled"), the head of an aside that adds to a finished clause. */
  private static boolean participle(Token t) {
    return t.pos().equals("VBG") || t.pos().equals("VBN");
  }

  /** Whether the verb is passive: "was won", "has been suspended", "will be played". */
  static boolean passive(Sentence s, int v) {
    return !s.children(v, "aux:pass").isEmpty();
  }

  /** "by Amina Wekesa" after a passive verb: the named doer, "by" left out; null for "by March" or "by far". */
  private static Slot agentSlot(Sentence s, int head, Entities entities) {
    List<Integer> cases = s.children(head, "case");
    if (cases.size() != 1 || !s.token(cases.get(0)).text().equalsIgnoreCase("by") || cases.get(0) != phraseTokens(s, head).get(0)) {
      return null;
    }
    Slot named = entitySlot(s, head, Slot.Role.AGENT, entities);
    boolean place = named != null && (named.kind() == Kind.PLACE || named.kind() == Kind.CITY || named.kind() == Kind.STATE);
    return named != null && named.kind().isNamed() && !place ? named : null;
  }

  /** A subject or object that names one entity (the whole name, not a word of it). */
  private static Slot entitySlot(Sentence s, int head, Slot.Role role, Entities entities) {
    Entity speaker = role == Slot.Role.SUBJECT ? reportingSpeaker(s, head, entities) : null;
    if (speaker != null) return new Slot(role, head, head, head + 1, speaker.kind(), speaker.name(), speaker, null);
    Entity referred = role == Slot.Role.SUBJECT ? referredSubject(s, head, entities) : null;
    if (referred != null) {
      List<Integer> phrase = phraseTokens(s, head);
      return new Slot(role, head, phrase.get(0), head + 1, referred.kind(), referred.name(), referred, null);
    }
    Mention m = s.mentionAt(head);
    if (m == null) return null;
    Kind kind = Entities.kindOf(m.type());
    if (kind == null || m.type().equals("NATIONALITY")) return null;
    Entity e = entities.at(s.index(), head);
    // the answer is named in its sentence, never only referred to ("he", "the firm"): the source must show it
    if (e == null || s.token(head).isPronoun() || !entities.namedAt(s.index(), head)) return null;
    // "Harbour Rail, the region's largest operator, has ...": the commas or brackets around an aside stay behind
    // when the aside is set apart; they are no part of the name
    List<Integer> phrase = new ArrayList<>(phraseTokens(s, head));
    phrase.removeIf(t -> t != head && s.relation(t).equals("punct") && ASIDE_MARKS.contains(s.token(t).text()));
    // an agent's "by" is the clause's, not the name's
    if (role == Slot.Role.AGENT) phrase.removeIf(t -> s.head(t) == head && s.relation(t).equals("case"));
    int start = phrase.get(0);
    int end = phrase.get(phrase.size() - 1) + 1;
    // the phrase is the name, with at most "the" before it: "the UN Security Council", not "a report by the UN"
    int nameStart = m.start();
    if (start < nameStart && !describedName(s, start, nameStart, e.kind() == Kind.PERSON)) return null;
    if (end > m.end() + (m.end() < s.size() && s.token(m.end()).text().equals("'s") ? 1 : 0)) return null;
    if (phrase.size() != end - start) return null;
    return new Slot(role, head, start, end, e.kind(), e.name(), e, null);
  }

  /** Nouns by which a news story refers to a company, a body, a club or a party it has named: "the firm", "the club". */
  private static final Set<String> BODY_NOUNS = Set.of("company", "firm", "group", "business", "bank", "airline", "carrier",
      "retailer", "operator", "chain", "maker", "manufacturer", "insurer", "broadcaster", "club", "team", "party", "organisation",
      "organization", "agency", "union", "charity", "giant");

  /** Nouns by which a news story refers to a person it has named: "the striker", "the Olympic champion". */
  private static final Set<String> PERSON_NOUNS = Set.of("star", "striker", "champion", "player", "singer", "actor", "actress",
      "minister", "leader", "runner", "athlete", "sprinter", "hurdler", "jumper", "vaulter", "boss", "coach", "manager", "winner",
      "author", "writer", "novelist", "playwright", "director", "designer", "musician", "artist", "veteran", "teenager", "youngster",
      "midfielder", "defender", "goalkeeper", "captain");

  /**
   * What a subject "he", "she", "it" or "the firm" stands for, where nothing else could be meant: a
   * "he" or "she" that coreference ties to a person who is the only one named in the sentence before or
   * earlier in its own, and "the 28-year-old" or "the Olympic champion" there, which coreference ties
   * to that person or to no one; an active "it" or "the firm" that it ties to the body the article talks about
   * most, named just before. Not in words someone reports: what a speaker says of itself is its claim
   * ({@link #reportingSpeaker} tells what it announces).
   */
  private static Entity referredSubject(Sentence s, int subject, Entities entities) {
    if (speakerOf(s, s.head(subject)) >= 0) return null;
    Token t = s.token(subject);
    String w = t.text().toLowerCase(Locale.ROOT);
    Entity e = entities.at(s.index(), subject);
    // "the firm", "the 28-year-old", "the Olympic champion": the whole phrase comes before the noun, nothing after it
    List<Integer> phrase = phraseTokens(s, subject);
    boolean theNoun = t.pos().equals("NN") && s.token(phrase.get(0)).text().equalsIgnoreCase("the")
        && phrase.get(phrase.size() - 1) == subject;
    String noun = t.lemma().toLowerCase(Locale.ROOT);
    boolean describesAPerson = theNoun && (PERSON_NOUNS.contains(noun) || noun.matches("\\d+-year-old"));
    if (Set.of("he", "she").contains(w) || describesAPerson) {
      // coreference may have missed "the 28-year-old"; it must not have tied it to someone else
      Entity only = entities.onlyPersonNamedJustBefore(s.index(), subject);
      return only != null && (e == null ? describesAPerson : e.equals(only)) ? only : null;
    }
    if (e == null) return null;
    boolean it = w.equals("it") && s.relation(subject).equals("nsubj");
    if (!(it || theNoun && BODY_NOUNS.contains(noun)) || !e.kind().isBody() || !entities.mostTalkedAbout(e)) return null;
    return entities.namedJustBefore(e, s.index(), subject) ? e : null;
  }

  /**
   * The named speaker a pronoun subject stands for, when the speaker says it of themselves in the
   * same sentence: "Amina Wekesa has said she will run in Nairobi", "Harbour Rail said it would cut
   * 600 jobs". The sentence names the answer, and coreference agrees; else null.
   */
  private static Entity reportingSpeaker(Sentence s, int subject, Entities entities) {
    if (!Set.of("he", "she", "it").contains(s.token(subject).text().toLowerCase(Locale.ROOT))) return null;
    Entity e = entities.at(s.index(), subject);
    if (e == null || !e.kind().isNamed()) return null;
    int who = speakerOf(s, s.head(subject));
    // "said it would cut 600 jobs" announces what the speaker will do, news; "said it has tried to involve
    // residents" is the speaker's claim about itself, which a question would state as fact
    if (!announcement(s, s.head(subject))) return null;
    return who >= 0 && e.equals(entities.at(s.index(), who)) && entities.namedAt(s.index(), who) ? e : null;
  }

  /**
   * Whether a reported clause says what will be done: its verb has "will", "would", "shall" or "'ll",
   * or is one of planning ("plans to offer", "aims to open").
   */
  private static boolean announcement(Sentence s, int verb) {
    for (int aux : s.children(verb, "aux")) {
      if (Set.of("will", "would", "shall", "'ll", "wo").contains(s.token(aux).text().toLowerCase(Locale.ROOT))) return true;
    }
    return Set.of("plan", "intend", "aim", "expect", "propose").contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))
        && !s.children(verb, "xcomp").isEmpty();
  }

  /**
   * The subject of the speech verb whose reported clause {@code verb} heads ("Harbour Rail said [it
   * would cut jobs]"), or -1 where the clause reports no one's words.
   */
  public static int speakerOf(Sentence s, int verb) {
    if (verb < 0 || !s.relation(verb).equals("ccomp") || s.head(verb) < 0) return -1;
    int speech = s.head(verb);
    if (!isSpeech(s.token(speech))) return -1;
    for (int ch : s.children(speech)) if (s.relation(ch).startsWith("nsubj")) return ch;
    return -1;
  }

  /**
   * Whether the words before a name only say what it is: "the", a title or a description
   * ("President Donald Trump", "Welsh rail operator Harbour Rail", "the UN"), not another thing the name
   * belongs to ("a report by the UN") or a count ("two Kenyans").
   */
  private static boolean describedName(Sentence s, int start, int nameStart, boolean person) {
    for (int t = start; t < nameStart; t++) {
      Token x = s.token(t);
      String r = s.relation(t);
      // "UK Athletics", "US Steel": a name before a body's name is most often part of it, which the tagger cut
      if (!person && x.isProperNoun() && !x.ner().equals("TITLE")) return false;
      if (t == start && x.lemma().equalsIgnoreCase("the") || x.ner().equals("TITLE")) continue; // "Secretary of State"
      if (x.pos().equals("CD") || x.pos().equals("DT") || x.pos().startsWith("PRP") || x.pos().equals("IN") || x.pos().equals("CC")) {
        return false;
      }
      if (!(r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("case") || r.equals("punct")
          || x.ner().equals("TITLE"))) {
        return false;
      }
    }
    return true;
  }

  /** "Resolution 1973", "Article 50": a document named by its number. */
  private static Slot documentSlot(Sentence s, int head) {
    Token t = s.token(head);
    if (!t.isProperNoun()) return null;
    List<Integer> num = s.children(head, "nummod");
    if (num.size() != 1 || num.get(0) != head + 1) return null;
    String word = t.text();
    if (!Set.of("Resolution", "Article", "Bill", "Act", "Directive", "Amendment", "Clause", "Section", "Regulation", "Order").contains(word)) {
      return null;
    }
    return new Slot(Slot.Role.OBJECT, head, head, head + 2, Kind.DOCUMENT, s.text(head, head + 2), null, s.token(head + 1).text());
  }

  /** A date the clause happened on, when SUTime could read it as a day, a month or a year. */
  private static Slot dateSlot(Sentence s, int head, Timeline timeline) {
    Mention m = s.mentionAt(head);
    if (m == null || !m.type().equals("DATE") || m.normalized() == null) return null;
    String norm = m.normalized();
    Timeline.Day day = timeline.of(m);
    if (day != null) {
      // "Two days later", placed on the article's timeline: asked as the day it comes to
      List<Integer> phrase = s.subtree(head);
      int start = Math.min(phrase.get(0), m.start());
      int end = Math.max(phrase.get(phrase.size() - 1) + 1, m.end());
      if (end - start > m.end() - m.start() + 1) return null;
      return new Slot(Slot.Role.DATE, head, start, end, Kind.DATE, day.text(), null, day.normalized());
    }
    if (!norm.matches("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?") || norm.equals("XXXX")) return null;
    if (norm.startsWith("XXXX") && norm.length() < 10) return null; // a bare month is too vague an answer
    List<Integer> phrase = s.subtree(head);
    int start = phrase.get(0);
    int end = phrase.get(phrase.size() - 1) + 1;
    if (end - start > m.end() - m.start() + 2) return null; // "in the year to March": more than a date
    String answer = s.text(m.start(), m.end());
    // "the 1990s"; "beginning March 5", "starting in May": the answer is the date
    if (s.token(m.start()).text().equalsIgnoreCase("the") || s.token(m.start()).pos().equals("VBG")) answer = s.text(m.start() + 1, m.end());
    return new Slot(Slot.Role.DATE, head, start, end, Kind.DATE, answer, null, norm);
  }

  private static Slot placeSlot(Sentence s, int head, Entities entities) {
    List<Integer> cases = s.children(head, "case");
    if (cases.size() != 1) return null;
    String prep = s.token(cases.get(0)).text().toLowerCase(Locale.ROOT);
    if (!prep.equals("in") && !prep.equals("at")) return null;
    Mention m = s.mentionAt(head);
    Entity e = entities.at(s.index(), head);
    if (m == null || e == null) return null;
    if (e.kind() != Kind.CITY && e.kind() != Kind.COUNTRY && e.kind() != Kind.STATE) return null;
    List<Integer> phrase = phraseTokens(s, head);
    // "in Nairobi", "in the Sudanese capital Khartoum" no: the phrase is the preposition, maybe "the", and the name
    if (phrase.size() > m.end() - m.start() + 2 || phrase.get(phrase.size() - 1) >= m.end()) return null;
    return new Slot(Slot.Role.PLACE, head, phrase.get(0), phrase.get(phrase.size() - 1) + 1, e.kind(), e.name(), e, prep);
  }

  /** "cut 500 jobs", "paid £5m", "grew 15.7%": a number, sum or share the clause states. */
  private static Slot quantitySlot(Sentence s, int head, String rel) {
    Mention m = s.mentionAt(head);
    if (m != null && (m.type().equals("MONEY") || m.type().equals("PERCENT"))) {
      if (!rel.equals("obj") && !rel.startsWith("obl") && !rel.equals("cop")) return null;
      if (ShortSentenceFinder.approximate(s, m.start())) return null;
      Kind kind = m.type().equals("MONEY") ? Kind.MONEY : Kind.PERCENT;
      return new Slot(Slot.Role.QUANTITY, head, m.start(), m.end(), kind, m.text(), null, m.normalized());
    }
    if (!s.token(head).isNoun() || s.token(head).isProperNoun()) return null;
    List<Integer> nums = s.children(head, "nummod");
    if (nums.size() != 1) return null;
    int n = nums.get(0);
    Token num = s.token(n);
    if (!num.pos().equals("CD") || "DATE".equals(num.ner()) || "TIME".equals(num.ner()) || "MONEY".equals(num.ner())
        || "PERCENT".equals(num.ner())) {
      return null;
    }
    if (num.text().matches("(?i)one|a|an")) return null; // "one of the", "a man": not a quantity to ask about
    List<Integer> phrase = phraseTokens(s, head);
    if (phrase.size() > 6) return null;
    // the number's own words ("1.2 million")
    int from = n;
    int to = n + 1;
    while (from - 1 >= 0 && s.head(from - 1) == n) from--;
    while (to < s.size() && s.head(to) == n && s.token(to).pos().equals("CD")) to++;
    Mention whole = s.mentionAt(n);
    if (whole != null) {
      from = Math.min(from, whole.start());
      to = Math.max(to, Math.min(whole.end(), head));
    }
    if (ShortSentenceFinder.approximate(s, from)) return null; // "nearly a quarter of a million": other choices would be true too
    return new Slot(Slot.Role.QUANTITY, head, from, to, Kind.NUMBER, s.text(from, to), null, num.normalized());
  }
}
