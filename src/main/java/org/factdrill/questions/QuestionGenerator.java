package org.factdrill.questions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factdrill.article.Regex;
import org.factdrill.article.Sentence;
import org.factdrill.article.Token;
import org.factdrill.facts.Acronym;
import org.factdrill.facts.Clause;
import org.factdrill.facts.DateMention;
import org.factdrill.facts.Entity;
import org.factdrill.facts.EntityKind;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Gazetteer;
import org.factdrill.facts.Mention;
import org.factdrill.facts.NumberMention;

/**
 * Facts to questions. Each template asks only what a fact supports; candidates are then ranked
 * (facts that matter first), near-duplicates removed and at most two questions kept per fact.
 * Deterministic: the seed and each question's own content decide shuffles, so the same article and
 * seed give the same questions, and one question does not change when another is added or removed.
 */
public final class QuestionGenerator {

  /** A question with how much it is worth asking and the fact it is about. */
  record Candidate(Question question, double score, String fact) {}

  private final Facts facts;
  private final long seed;
  private final Phrasing phrasing;
  private final List<Candidate> candidates = new ArrayList<>();

  private QuestionGenerator(Facts facts, long seed) {
    this.facts = facts;
    this.seed = seed;
    this.phrasing = new Phrasing(facts);
  }

  public static List<Question> generate(Facts facts, long seed) {
    return Ranking.select(candidates(facts, seed));
  }

  /** Every question the facts support, before ranking (for inspection and tests). */
  static List<Candidate> candidates(Facts facts, long seed) {
    var g = new QuestionGenerator(facts, seed);
    g.roles();
    g.acronyms();
    g.clauses();
    g.numbers();
    g.years();
    g.facilities();
    g.lists();
    g.namedInPassing();
    g.ordering();
    return g.candidates;
  }

  // --- people and their roles ------------------------------------------------------------------

  private List<Entity> people() {
    return facts.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
  }

  private void roles() {
    List<Entity> people = people();
    var withRole = new ArrayList<Entity>();
    Map<String, Integer> roleCount = new HashMap<>();
    for (Entity p : people) {
      if (p.role() == null || p.role().toLowerCase(Locale.ROOT).startsWith("former")) continue;
      roleCount.merge(p.role().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    for (Entity p : people) {
      if (p.role() != null && !p.role().toLowerCase(Locale.ROOT).startsWith("former")
          && roleCount.get(p.role().toLowerCase(Locale.ROOT)) == 1) {
        withRole.add(p);
      }
    }
    for (Entity p : withRole) {
      Mention intro = roleMention(p);
      if (intro == null) continue;
      Source source = source(intro.sentence());
      double weight = importance(p);
      String role = p.role();
      boolean qualified = qualified(role);
      List<String> accept = AnswerForms.ofEntity(p);
      if (qualified) {
        String prompt = "Who is " + the(role) + " named in the article?";
        var others = Distractors.entities(facts, EntityKind.PERSON, Set.of(p.name()), p.name(), accept, 3, random(prompt));
        if (others.size() >= 2 && random("typed:" + prompt).nextInt(3) != 0) {
          add(multipleChoice(prompt, p.name(), others, accept, "person", source), 3.0 + weight, "role:" + p.name());
        } else {
          add(new ShortAnswer(id("short_answer", prompt, p.name()), prompt, p.name(), accept, "person", source), 2.9 + weight, "role:" + p.name());
        }
      }
      var otherRoles = new ArrayList<String>();
      for (Entity o : withRole) if (o != p && qualified(o.role())) otherRoles.add(o.role());
      if (!qualified) otherRoles.clear(); // "President", "leader": too bare to ask about on their own
      if (otherRoles.size() >= 2) {
        String prompt = "What is " + p.name() + "'s position, according to the article?";
        Collections.shuffle(otherRoles, random(prompt));
        add(multipleChoice(prompt, role, otherRoles.subList(0, Math.min(3, otherRoles.size())), List.of(), "role", source),
            2.2 + weight, "role:" + p.name());
      }
      if (!otherRoles.isEmpty()) {
        String key = "tf-role:" + p.name();
        Random r = random(key);
        boolean truth = r.nextBoolean();
        String shown = truth ? role : otherRoles.get(r.nextInt(otherRoles.size()));
        String prompt = "True or false: " + p.name() + " is " + the(shown) + ".";
        add(new TrueFalse(id("true_false", prompt, Boolean.toString(truth)), prompt, truth, "role", source), 1.8 + weight, "role:" + p.name());
      }
      if (p.country() != null) countryOfRole(p, source, weight);
    }
    for (Entity p : people) partyAndHome(p);
    if (withRole.size() >= 2) {
      var pairs = new ArrayList<Matching.Pair>();
      var sorted = new ArrayList<>(withRole);
      sorted.sort(Comparator.comparingDouble(this::importance).reversed());
      for (Entity p : sorted.subList(0, Math.min(5, sorted.size()))) pairs.add(new Matching.Pair(p.name(), p.role()));
      Mention first = roleMention(sorted.get(0));
      String prompt = "Match each person to their position in the article.";
      add(new Matching(id("matching", prompt, pairs.toString()), prompt, pairs, "role", source(first.sentence())), 2.9, "matching:roles");
    }
  }

  /** "the Russian Foreign Minister", but "North Korea's leader". */
  static String the(String role) {
    return Regex.matches(role, "^[\\p{Lu}][\\p{L}. ]*'s .*") ? role : "the " + role;
  }

  /** A role that says whose office it is: "Russian Foreign Minister", "director of the Korea program ...", not "President". */
  static boolean qualified(String role) {
    return role.contains(" ") && !role.equals(role.toLowerCase(Locale.ROOT)) || role.contains(" of ");
  }

  /** "Which state is Joe Crowley from?" and "True or false: Steve Chabot is a Republican." */
  private void partyAndHome(Entity p) {
    int index = facts.entities().indexOf(p);
    List<Mention> ms = facts.mentionsOf(index);
    if (ms.isEmpty()) return;
    double weight = importance(p);
    if (p.home() != null) {
      Mention at = ms.stream().filter(m -> facts.article().sentences().get(m.sentence()).text().contains(p.home())).findFirst().orElse(ms.get(0));
      String prompt = "Which state is " + p.name() + " from?";
      var wrong = new ArrayList<String>();
      for (Entity e : facts.entities()) {
        if (e.kind() == EntityKind.PLACE && !e.name().equals(p.home()) && isState(e.name())) wrong.add(e.name());
      }
      Collections.shuffle(wrong, random(prompt));
      var states = new ArrayList<Gazetteer.Known>(Gazetteer.get().places());
      Collections.shuffle(states, random(prompt + "#states"));
      for (Gazetteer.Known k : states) {
        if (wrong.size() >= 5) break;
        if (k.demonyms().contains("state") && !k.name().equals(p.home()) && !wrong.contains(k.name())) wrong.add(k.name());
      }
      add(multipleChoice(prompt, p.home(), wrong.subList(0, Math.min(3, wrong.size())), List.of(), "place", source(at.sentence())),
          2.1 + weight, "home:" + p.name());
    }
    if (p.party() != null) {
      Mention at = ms.stream().filter(m -> facts.article().sentences().get(m.sentence()).text().contains(p.party().substring(0, 8)))
          .findFirst().orElse(ms.get(0));
      String key = "party:" + p.name();
      boolean truth = random(key).nextBoolean();
      String shown = truth ? p.party() : p.party().equals("Republican") ? "Democrat" : "Republican";
      String prompt = "True or false: " + p.name() + " is a " + shown + ".";
      add(new TrueFalse(id("true_false", prompt, Boolean.toString(truth)), prompt, truth, "party", source(at.sentence())), 1.9 + weight, key);
    }
  }

  private static boolean isState(String name) {
    Gazetteer.Known k = Gazetteer.get().lookup(name);
    return k != null && k.kind() == EntityKind.PLACE && k.demonyms().contains("state");
  }

  /** "Dmitry Medvedev is the president of which country?" from "Russian President". */
  private void countryOfRole(Entity p, Source source, double weight) {
    String role = p.role();
    String title = null;
    for (String w : role.split(" ")) {
      Gazetteer.Known k = Gazetteer.get().lookup(w);
      if (k != null && k.kind() == EntityKind.COUNTRY && k.demonyms().contains(w)) {
        title = role.replace(w + " ", "").strip();
      }
    }
    if (title == null || !Gazetteer.get().isTitle(title)) return;
    String prompt = p.name() + " is the " + title.toLowerCase(Locale.ROOT) + " of which country?";
    Entity country = facts.entities().stream().filter(e -> e.name().equals(p.country())).findFirst().orElse(null);
    List<String> accept = country == null ? List.of() : AnswerForms.ofEntity(country);
    var others = Distractors.entities(facts, EntityKind.COUNTRY, Set.of(p.country()), p.country(), accept, 3, random(prompt));
    if (others.size() < 2) return;
    add(multipleChoice(prompt, p.country(), others, accept, "country", source), 2.0 + weight, "country-of:" + p.name());
  }

  private Mention roleMention(Entity p) {
    int index = facts.entities().indexOf(p);
    for (Mention m : facts.mentionsOf(index)) {
      Sentence s = facts.article().sentences().get(m.sentence());
      String before = s.text().substring(0, m.start());
      String after = s.text().substring(m.end());
      String lastWord = p.role().substring(p.role().lastIndexOf(' ') + 1);
      if (before.toLowerCase(Locale.ROOT).contains(lastWord.toLowerCase(Locale.ROOT))
          || after.toLowerCase(Locale.ROOT).contains(lastWord.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    return null;
  }

  private double importance(Entity e) {
    int index = facts.entities().indexOf(e);
    int count = facts.mentionsOf(index).size();
    int first = facts.mentionsOf(index).isEmpty() ? 99 : facts.mentionsOf(index).get(0).sentence();
    return Math.min(1.0, count / 4.0) - Math.min(0.5, first * 0.03);
  }

  // --- acronyms --------------------------------------------------------------------------------

  private void acronyms() {
    Map<String, Acronym> byLetters = new LinkedHashMap<>();
    Map<String, List<String>> variants = new HashMap<>();
    for (Acronym a : facts.acronyms()) {
      byLetters.putIfAbsent(a.acronym(), a);
      variants.computeIfAbsent(a.acronym(), k -> new ArrayList<>()).add(a.expansion());
    }
    var all = new ArrayList<>(byLetters.values());
    for (Acronym a : all) {
      String prompt = "What does " + a.acronym() + " stand for?";
      var accept = new ArrayList<String>();
      for (String v : variants.get(a.acronym())) if (!v.equals(a.expansion())) accept.add(v);
      if (a.expansion().contains("Organisation")) accept.add(a.expansion().replace("Organisation", "Organization"));
      if (a.expansion().contains("Organization")) accept.add(a.expansion().replace("Organization", "Organisation"));
      accept.add("the " + a.expansion());
      var others = new ArrayList<String>();
      for (Acronym o : all) if (!o.acronym().equals(a.acronym())) others.add(o.expansion());
      String kind = "name";
      Source source = source(a.sentence());
      if (others.size() >= 2) {
        add(multipleChoice(prompt, a.expansion(), others, accept, kind, source), 2.4, "acronym:" + a.acronym());
      } else {
        add(new ShortAnswer(id("short_answer", prompt, a.expansion()), prompt, a.expansion(),
            AnswerForms.withoutDuplicates(accept, a.expansion()), kind, source), 2.4, "acronym:" + a.acronym());
      }
    }
    if (all.size() >= 2) {
      var pairs = new ArrayList<Matching.Pair>();
      for (Acronym a : all.subList(0, Math.min(5, all.size()))) pairs.add(new Matching.Pair(a.acronym(), a.expansion()));
      String prompt = "Match each abbreviation to what it stands for.";
      add(new Matching(id("matching", prompt, pairs.toString()), prompt, pairs, "name", source(all.get(0).sentence())), 2.3, "matching:acronyms");
    }
  }

  // --- clauses: who did what, when --------------------------------------------------------------

  private void clauses() {
    for (Clause c : facts.clauses()) {
      Sentence s = facts.article().sentences().get(c.sentence());
      DateMention date = dateOf(c);
      String rest = phrasing.rest(c, c.restStart(), c.restEnd());
      if (rest == null) continue;
      String restWithoutDate = date == null ? rest : removeDate(rest, date);
      if (restWithoutDate == null) continue;
      Source source = source(c.sentence());
      double position = -Math.min(0.6, c.sentence() * 0.04);
      // the subject as the answer
      List<Mention> subject = subjectEntities(c);
      if (!subject.isEmpty()) {
        // a date inside the rest stays where the article put it; an opening date goes last
        boolean dateInRest = date != null && !date.relative() && rest.contains(date.text());
        subjectQuestion(c, subject, dateInRest ? rest : restWithoutDate, dateInRest ? null : date, source, position);
      }
      String subjectText = phrasing.subject(c);
      if (subjectText.isEmpty() || startsWithPronoun(s, c)) continue;
      String inverted = phrasing.inverted(c, subjectText);
      if (inverted == null) continue;
      if (date != null && (date.hasDay() || date.isWeekday())) dateQuestion(c, date, inverted, subjectText, restWithoutDate, rest, source, position);
      objectQuestion(c, inverted, date, source, position);
    }
  }

  private boolean startsWithPronoun(Sentence s, Clause c) {
    return s.tokens().get(c.subjectStart()).is("PRON");
  }

  private DateMention dateOf(Clause c) {
    Sentence s = facts.article().sentences().get(c.sentence());
    int clauseStart = s.tokens().get(c.leadStart()).start();
    int clauseEnd = s.tokens().get(c.restEnd() - 1).end();
    for (DateMention d : facts.datesIn(c.sentence())) {
      if (d.start() >= clauseStart && d.end() <= clauseEnd && (d.hasDay() || d.isWeekday() || d.month() != null)) return d;
    }
    return null;
  }

  /** The rest without the date phrase inside it ("on Wednesday"); null if the date splits it awkwardly. */
  private static String removeDate(String rest, DateMention d) {
    if (!rest.contains(d.text())) return rest;
    String r = rest.replaceAll("\\s*\\b(?:on|late|early|by|until|in|beginning|starting|from|through)?\\s*(?:late |early )?" + java.util.regex.Pattern.quote(d.text())
        + "(?:\\s+(?:morning|afternoon|evening|night))?", "");
    return Phrasing.tidy(r).isEmpty() ? "" : Phrasing.tidy(r);
  }

  private List<Mention> subjectEntities(Clause c) {
    Sentence s = facts.article().sentences().get(c.sentence());
    int start = s.tokens().get(c.subjectStart()).start();
    int end = s.tokens().get(c.subjectEnd() - 1).end();
    var inside = new ArrayList<Mention>();
    for (Mention m : facts.mentionsIn(c.sentence())) if (m.start() >= start && m.end() <= end) inside.add(m);
    if (inside.isEmpty()) return List.of();
    // "U.S. Secretary of State Mike Pompeo": the names inside a person's title are part of the title
    Mention last = inside.get(inside.size() - 1);
    Entity lastEntity = facts.entity(last.entity());
    if (lastEntity.kind() == EntityKind.PERSON && lastEntity.role() != null
        && s.text().substring(start, last.start()).strip().endsWith(lastEntity.role())) {
      inside = new ArrayList<>(List.of(last));
      String before = s.text().substring(start, last.start()).strip();
      if (!before.equals(lastEntity.role()) && !before.equals("the " + lastEntity.role())) return List.of();
      return inside;
    }
    // the subject must be nothing but the names (and "the", commas, "and")
    String rest = s.text().substring(start, end);
    for (int i = inside.size() - 1; i >= 0; i--) {
      Mention m = inside.get(i);
      rest = rest.substring(0, m.start() - start) + rest.substring(m.end() - start);
    }
    for (Mention m : inside) {
      String role = facts.entity(m.entity()).role();
      if (role != null) rest = rest.replace(role, "");
    }
    if (!Regex.replaceAll(rest, "(?i)\\b(the|and|President|Senator|Speaker|Rep\\.|Sen\\.)\\b|[, ]", "").isEmpty()) return List.of();
    EntityKind kind = facts.entity(inside.get(0).entity()).kind();
    for (Mention m : inside) if (facts.entity(m.entity()).kind() != kind) return List.of();
    return inside;
  }

  private void subjectQuestion(Clause c, List<Mention> subject, String rest, DateMention date, Source source, double position) {
    Entity first = facts.entity(subject.get(0).entity());
    EntityKind kind = first.kind();
    if (kind == EntityKind.MEDIA || kind == EntityKind.FACILITY || kind == EntityKind.PLACE) return;
    String verb = phrasing.verbGroup(c);
    if (Regex.matches(verb, "(said|says|told|tells|added|wrote|tweeted|explained)")) return; // who said something: filler
    Sentence sentence = facts.article().sentences().get(c.sentence());
    if (c.restEnd() < sentence.tokens().size() && sentence.tokens().get(c.restEnd()).text().equals("\"") && rest.split(" ").length < 4) {
      return; // the quotation that follows carried the meaning
    }
    String when = date != null && date.relative() ? Phrasing.onDate(date) : date != null ? Phrasing.onDate(date) : "";
    boolean plural = subject.size() > 1;
    String asker = phrasing.asker(kind, plural);
    if (plural && kind == EntityKind.PERSON) asker = "Which people";
    String pluralVerb = plural ? Regex.replaceFirst(Regex.replaceFirst(Regex.replaceFirst(verb, "^was\\b", "were"), "^has\\b", "have"), "^is\\b", "are") : verb;
    // "Who is on a three-day Russia visit?" would give away the number question on the same sentence
    for (NumberMention n : facts.numbersIn(c.sentence())) {
      boolean describes = n.shape() == NumberMention.Shape.COMPOUND || n.shape() == NumberMention.Shape.ORDINAL;
      if (describes && !insideName(n) && rest.contains(n.text())) return;
    }
    rest = shortened(rest, 16);
    String prompt = asker + " " + pluralVerb + (rest.isEmpty() ? "" : " " + rest) + when + "?";
    if (prompt.split(" ").length > 24) return;
    Set<String> inClause = new HashSet<>();
    for (Mention m : facts.mentionsIn(c.sentence())) inClause.add(facts.entity(m.entity()).name());
    if (plural) {
      var answers = new ArrayList<String>();
      for (Mention m : subject) answers.add(displayName(facts.entity(m.entity()), m));
      var wrong = new ArrayList<>(Distractors.entities(facts, kind, inClause, answers.get(0), answers, 5, random(prompt)));
      wrong.removeIf(prompt::contains);
      if (wrong.size() > 3) wrong = new ArrayList<>(wrong.subList(0, 3));
      if (wrong.size() < 2) return;
      var choices = new ArrayList<>(answers);
      choices.addAll(wrong);
      Collections.shuffle(choices, random(prompt + "#order"));
      String p = prompt + " (Select all that apply.)";
      add(new MultiSelect(id("multi_select", p, String.join(",", answers)), p, answers, choices, kind.wireName(), source),
          3.2 + position, "subject:" + c.sentence());
      return;
    }
    List<String> accept = AnswerForms.ofEntity(first);
    var wrong = Distractors.entities(facts, kind, inClause, first.name(), accept, 3, random(prompt));
    if (wrong.size() >= 2) {
      add(multipleChoice(prompt, first.name(), wrong, accept, kind.wireName(), source), 2.8 + position + importance(first) * 0.5,
          "subject:" + c.sentence());
    } else {
      add(new ShortAnswer(id("short_answer", prompt, first.name()), prompt, first.name(), accept, kind.wireName(), source),
          2.5 + position, "subject:" + c.sentence());
    }
  }

  /**
   * A long rest cut before a trailing phrase ("... questions to ask over attempts by ...") so the question
   * stays readable; cut only before a preposition, never inside a name.
   */
  static String shortened(String rest, int maxWords) {
    String[] words = rest.split(" ");
    if (words.length <= maxWords) return rest;
    for (int i = 6; i <= maxWords; i++) {
      boolean insideName = i + 1 < words.length && Character.isUpperCase(words[i - 1].charAt(0))
          && (Character.isUpperCase(words[i + 1].charAt(0)) || i + 2 < words.length && Regex.matches(words[i + 1], "a|an|the")
              && Character.isUpperCase(words[i + 2].charAt(0)));
      if (Regex.matches(words[i], "over|by|in|on|at|with|from|for|after|before|during|against|amid|beyond|between")
          && !Regex.matches(words[i - 1], "(?i)the|a|an|of|to") && !insideName) {
        return Regex.replaceAll(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)), ",$", "");
      }
    }
    return rest;
  }

  private String displayName(Entity e, Mention m) {
    if (e.name().equals("United States") && (m.text().equals("US") || m.text().equals("U.S."))) return "the " + m.text();
    return e.name();
  }

  private void dateQuestion(Clause c, DateMention date, String inverted, String subject, String rest, String restWithDate,
      Source source, double position) {
    String asks = date.isWeekday() ? "On what day " : "On what date ";
    String prompt = asks + inverted + (rest.isEmpty() ? "" : " " + rest) + "?";
    if (prompt.split(" ").length > 26) return;
    String answer = date.label();
    List<String> accept = AnswerForms.ofDate(date);
    var wrong = Distractors.dates(facts, date, 3, random(prompt));
    double weight = date.isWeekday() ? 2.0 : 3.4;
    boolean typed = date.hasDay() && (wrong.size() < 2 || random("typed:" + prompt).nextInt(3) == 0);
    if (typed) {
      add(new ShortAnswer(id("short_answer", prompt, answer), prompt, answer, accept, "date", source), weight - 0.1 + position, "date:" + c.sentence());
    } else if (wrong.size() >= 2) {
      add(multipleChoice(prompt, answer, wrong, accept, "date", source), weight + position, "date:" + c.sentence());
    }
    if (date.hasDay()) {
      // a statement, true as written or with the date swapped for another from the article
      String statement = Phrasing.capitalise(subject) + " " + phrasing.verbGroup(c);
      Random r = random("tf:" + statement + rest);
      boolean truth = r.nextBoolean() || wrong.isEmpty();
      String shown = truth ? answer : wrong.get(0);
      // the date stays where the article put it ("... run out of money December 8 unless ..."), else goes last
      String said = restWithDate.contains(date.text()) && !date.relative()
          ? statement + " " + restWithDate.replace(date.text(), shown)
          : statement + (rest.isEmpty() ? "" : " " + rest) + " on " + shown;
      String p = "True or false: " + said + ".";
      add(new TrueFalse(id("true_false", p, Boolean.toString(truth)), p, truth, "date", source), 2.5 + position, "date-tf:" + c.sentence());
    }
  }

  /** "Which resolution did the UN Security Council adopt?" and "To which organisation was ... transferred?" */
  private void objectQuestion(Clause c, String inverted, DateMention date, Source source, double position) {
    Sentence s = facts.article().sentences().get(c.sentence());
    List<Token> toks = s.tokens();
    int start = toks.get(c.restStart()).start();
    String when = Phrasing.onDate(date);
    for (NumberMention n : facts.numbersIn(c.sentence())) {
      if (n.shape() == NumberMention.Shape.DOCUMENT && n.start() == start) {
        int after = c.restStart();
        while (after < c.restEnd() && toks.get(after).start() < n.end()) after++;
        String more = phrasing.rest(c, after, c.restEnd());
        if (more == null) return;
        if (date != null) more = removeDate(more, date);
        String noun = n.counts().toLowerCase(Locale.ROOT).replace(".", "");
        if (!Regex.matches(noun, "[a-z ]+")) noun = "document";
        String prompt = "Which " + noun + " " + inverted + (more.isEmpty() ? "" : " " + more) + when + "?";
        var wrong = Distractors.numbers(facts, n, n.text(), 3, random(prompt));
        add(multipleChoice(prompt, n.text(), wrong, List.of(Regex.replaceAll(n.text(), "^\\D+", "")), "document", source),
            3.3 + position, "document:" + n.text());
        return;
      }
    }
    // passive with "to X": "was transferred to NATO"
    if (c.auxiliaries().isEmpty() || c.restEnd() - c.restStart() < 2) return;
    Token prep = toks.get(c.restStart());
    if (prep.text().equals("by") && toks.get(c.verb()).text().endsWith("ed")) {
      byAgent(c, date, source, position);
      return;
    }
    if (!prep.is("ADP") || !Regex.matches(prep.text(), "to|from|by|with")) return;
    for (Mention m : facts.mentionsIn(c.sentence())) {
      if (m.start() != toks.get(c.restStart() + 1).start()) continue;
      Entity e = facts.entity(m.entity());
      if (e.kind() == EntityKind.PERSON) return;
      int after = c.restStart() + 1;
      while (after < c.restEnd() && toks.get(after).start() < m.end()) after++;
      String more = phrasing.rest(c, after, c.restEnd());
      if (more == null) return;
      String prompt = Phrasing.capitalise(prep.text()) + " " + phrasing.asker(e.kind(), false).toLowerCase(Locale.ROOT) + " "
          + inverted + (more.isEmpty() ? "" : " " + more) + when + "?";
      List<String> accept = AnswerForms.ofEntity(e);
      Set<String> exclude = new HashSet<>();
      for (Mention x : facts.mentionsIn(c.sentence())) exclude.add(facts.entity(x.entity()).name());
      var wrong = Distractors.entities(facts, e.kind(), exclude, e.name(), accept, 3, random(prompt));
      if (wrong.size() >= 2) add(multipleChoice(prompt, e.name(), wrong, accept, e.kind().wireName(), source), 3.3 + position, "object:" + c.sentence());
      return;
    }
  }

  /** "That petition was introduced by Republican Mike Coffman" -> "Who introduced the petition?" */
  private void byAgent(Clause c, DateMention date, Source source, double position) {
    Sentence s = facts.article().sentences().get(c.sentence());
    List<Token> toks = s.tokens();
    int agentStart = s.tokens().get(c.restStart() + 1).start();
    for (Mention m : facts.mentionsIn(c.sentence())) {
      Entity e = facts.entity(m.entity());
      if (e.kind() != EntityKind.PERSON || m.start() < agentStart) continue;
      String between = s.text().substring(agentStart, m.start()).strip();
      if (!between.isEmpty() && !Regex.matches(between, "(?:the )?[\\p{Lu}][\\p{L} .]*") && !Regex.matches(between, "Republican|Democrat|Democratic")) return;
      int after = c.restStart() + 1;
      while (after < c.restEnd() && toks.get(after).start() < m.end()) after++;
      String more = phrasing.rest(c, after, c.restEnd());
      if (more == null) return;
      String object = Regex.replaceFirst(phrasing.subject(c), "^(?i:that|this) ", "the ");
      String prompt = "Who " + toks.get(c.verb()).text() + " " + object + (more.isEmpty() ? "" : " " + more) + Phrasing.onDate(date) + "?";
      List<String> accept = AnswerForms.ofEntity(e);
      var wrong = Distractors.entities(facts, EntityKind.PERSON, Set.of(e.name()), e.name(), accept, 3, random(prompt));
      if (wrong.size() >= 2) add(multipleChoice(prompt, e.name(), wrong, accept, "person", source), 2.9 + position, "object:" + c.sentence());
      return;
    }
  }

  // --- numbers ----------------------------------------------------------------------------------

  private void numbers() {
    for (NumberMention n : facts.numbers()) {
      Sentence s = facts.article().sentences().get(n.sentence());
      if (n.shape() == NumberMention.Shape.DOCUMENT && candidates.stream().anyMatch(c -> c.fact().equals("document:" + n.text()))) continue;
      if (insideName(n)) continue;
      if (n.shape() == NumberMention.Shape.AGE) {
        age(n, s);
        continue;
      }
      Source source = source(n.sentence());
      double position = -Math.min(0.6, n.sentence() * 0.04);
      if (n.shape() == NumberMention.Shape.CARDINAL && howMany(n, s, source, position)) continue;
      cloze(n, s, source, position);
    }
  }

  /** "established in 2012", "the 2015 nuclear agreement": the year as a gap, other years as choices. */
  private void years() {
    for (DateMention d : facts.dates()) {
      if (d.hasDay() && !d.relative() && candidates.stream().noneMatch(c -> c.fact().equals("date:" + d.sentence()))) {
        dateCloze(d);
        continue;
      }
      if (!d.isYearOnly() && !(d.month() != null && d.day() == DateMention.NONE)) continue;
      Sentence s = facts.article().sentences().get(d.sentence());
      String clause = clauseAround(s, d.start(), d.end());
      if (clause == null) continue;
      String prompt = "Complete the sentence: " + clause;
      var wrong = new ArrayList<String>();
      for (DateMention o : facts.dates()) {
        if (o.isYearOnly() == d.isYearOnly() && o.year() != d.year() && o.month() == d.month() && !wrong.contains(o.label())) wrong.add(o.label());
      }
      Collections.shuffle(wrong, random(prompt));
      if (wrong.size() > 1) wrong = new ArrayList<>(wrong.subList(0, 1));
      for (int step : new int[] {-1, 2, 1, -3, 3}) {
        String label = d.isYearOnly() ? Integer.toString(d.year() + step) : d.label().replace(Integer.toString(d.year()), Integer.toString(d.year() + step));
        if (wrong.size() < 3 && !wrong.contains(label)) wrong.add(label);
      }
      double position = -Math.min(0.6, s.index() * 0.04);
      add(multipleChoice(prompt, d.text(), wrong, List.of(), "date", source(s.index())), 2.3 + position, "year:" + s.index() + ":" + d.start());
    }
  }

  /** "... saying their scheduled ____ summit in Singapore would not happen": a day no clause question asks about. */
  private void dateCloze(DateMention d) {
    Sentence s = facts.article().sentences().get(d.sentence());
    String clause = clauseAround(s, d.start(), d.end());
    if (clause == null) return;
    String prompt = "Complete the sentence: " + clause;
    var wrong = Distractors.dates(facts, d, 3, random(prompt));
    if (wrong.size() < 2) return;
    double position = -Math.min(0.6, s.index() * 0.04);
    add(multipleChoice(prompt, d.label(), wrong, AnswerForms.ofDate(d), "date", source(s.index())), 2.4 + position,
        "date:" + s.index() + ":" + d.start());
  }

  /** "Berenice Davila, a 19-year-old ... recipient": how old the person is, when the article says so right after the name. */
  private void age(NumberMention n, Sentence s) {
    for (Mention m : facts.mentionsIn(s.index())) {
      Entity e = facts.entity(m.entity());
      if (e.kind() != EntityKind.PERSON || m.end() > n.start()) continue;
      String between = s.text().substring(m.end(), n.start());
      if (!Regex.matches(between, ", an? ")) continue;
      String years = n.text().substring(0, n.text().indexOf('-'));
      String prompt = "How old is " + e.name() + ", according to the article?";
      var wrong = new ArrayList<String>();
      int v = (int) n.value();
      for (int step : new int[] {-2, 2, 3, -1, 5}) if (v + step > 0 && wrong.size() < 3) wrong.add(Integer.toString(v + step));
      String answer = Character.isDigit(years.charAt(0)) ? years : Integer.toString(v);
      var accept = List.of(answer + " years old", n.text(), answer + " years");
      add(multipleChoice(prompt, answer, wrong, accept, "number", source(s.index())), 2.0 + importance(e), "age:" + e.name());
      return;
    }
  }

  /** "Group of Seven": a number that is part of a name is not a number fact. */
  private boolean insideName(NumberMention n) {
    for (Mention m : facts.mentionsIn(n.sentence())) if (n.start() >= m.start() && n.end() <= m.end()) return true;
    return false;
  }

  /** "How many Rohingya have been displaced in recent months?" when the number is in the subject. */
  private boolean howMany(NumberMention n, Sentence s, Source source, double position) {
    for (Clause c : facts.clauses()) {
      if (c.sentence() != n.sentence()) continue;
      int subjectStart = s.tokens().get(c.subjectStart()).start();
      int subjectEnd = s.tokens().get(c.subjectEnd() - 1).end();
      if (n.start() < subjectStart || n.end() > subjectEnd) return false;
      String counted = n.counts();
      if (!s.text().substring(n.end(), subjectEnd).strip().equals(counted)) return false;
      String rest = phrasing.rest(c, c.restStart(), c.restEnd());
      if (rest == null) return false;
      String prompt = "How many " + counted + " " + phrasing.verbGroup(c) + (rest.isEmpty() ? "" : " " + rest) + "?";
      String answer = Regex.replaceFirst(n.text(), "^(\\p{Lu})", "$1").toLowerCase(Locale.ROOT).equals(n.text().toLowerCase(Locale.ROOT))
          && Character.isLetter(n.text().charAt(0)) ? n.text().toLowerCase(Locale.ROOT) : n.text();
      List<String> accept = AnswerForms.ofNumber(answer);
      var wrong = Distractors.numbers(facts, n, answer, 3, random(prompt));
      if (wrong.size() < 2) return false;
      add(multipleChoice(prompt, answer, wrong, accept, "number", source), 3.0 + position, "number:" + n.sentence() + ":" + n.start());
      add(new ShortAnswer(id("short_answer", prompt, answer), prompt, answer, accept, "number", source), 2.2 + position,
          "number-typed:" + n.sentence() + ":" + n.start());
      return true;
    }
    return false;
  }

  private void cloze(NumberMention n, Sentence s, Source source, double position) {
    // "two courts", "one month": too easy to guess to be worth a question
    if (n.shape() == NumberMention.Shape.CARDINAL && n.value() <= 2) return;
    String clause = clauseAround(s, n.start(), n.end());
    if (clause == null) return;
    String prompt = "Complete the sentence: " + clause;
    var wrong = Distractors.numbers(facts, n, n.text(), 3, random(prompt));
    wrong.removeIf(w -> w.equalsIgnoreCase(n.text()));
    if (wrong.size() < 2) return;
    String kind = n.shape() == NumberMention.Shape.DOCUMENT ? "document" : "number";
    double weight = switch (n.shape()) {
      case VOTE, DOCUMENT -> 2.9;
      case COMPOUND, ORDINAL -> 2.5;
      default -> 2.3;
    };
    add(multipleChoice(prompt, n.text(), wrong, AnswerForms.ofNumber(n.text()), kind, source), weight + position,
        "number:" + n.sentence() + ":" + n.start());
  }

  /**
   * The clause of a sentence holding [start, end), with the gap in place of it: from the sentence start
   * (or just after a closing quote) to the end of the clause; null when too long to read as one question.
   */
  private String clauseAround(Sentence s, int start, int end) {
    String text = s.text();
    int from = 0;
    int lastQuote = text.lastIndexOf('"', start);
    if (lastQuote >= 0) {
      int quotes = 0;
      for (int i = 0; i < start; i++) if (text.charAt(i) == '"') quotes++;
      if (quotes % 2 == 1) return null; // the gap is inside a quotation
      // after a quotation that opened the sentence, the attribution ("..., Lavrov told reporters at ...") stands alone
      if (text.startsWith("\"")) {
        from = lastQuote + 1;
        while (from < text.length() && (text.charAt(from) == ',' || text.charAt(from) == ' ')) from++;
        if (from >= start) return null;
      }
    }
    int to = text.length();
    for (int i = end; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ';') {
        to = i;
        break;
      }
      if (ch == '"') {
        // a quotation starts after the gap: end the clause before it, on a word that can end a sentence
        // "Grisham said 122 recipients "are ...": the gap starts reported speech; cut there, nothing is left
        if (Regex.matches(text.substring(from, start), "(?s).*\\b(said|says|told|tells|added|wrote)( \\p{L}+)?\\s*$")) return null;
        String kept = Regex.replaceAll(text.substring(end, i), "(\\s+(?:by|the|a|an|of|to|for|with|and|that|in|on|saying|said))+\\s*$", "").stripTrailing();
        if (kept.length() < text.substring(end, i).strip().length() / 2 && kept.length() < 3) return null;
        to = end + kept.length();
        break;
      }
      if (ch == ',' && i + 1 < text.length() && lowerCaseWordAfter(text, i + 1)) {
        String next = text.substring(i + 1).stripLeading();
        if (Regex.matches(next, "^(which|who|during|while|but|saying|according|including|and|as|where|when|before|after)\\b.*")
            || Regex.matches(next, "^\\p{Ll}+ing\\b.*")) {
          to = i;
          break;
        }
      }
    }
    String head = text.substring(from, start);
    String tail = text.substring(end, to).stripTrailing();
    if ((head + tail).split(" ").length > 30) {
      // a long tail loses its last phrase: "... is hanging in the balance in an end-of-year ..." ends at "balance"
      String[] words = tail.strip().split(" ");
      int headWords = head.split(" ").length;
      int best = -1;
      for (int i = 4; i < words.length; i++) {
        // only before a relative clause: what is left is still a whole sentence
        if (Regex.matches(words[i], "that|which|who") && !Regex.matches(words[i - 1], "(?i)the|a|an|of|said|says") && headWords + i <= 30) {
          best = i;
        }
      }
      if (best > 0) tail = (tail.startsWith(" ") ? " " : "") + Regex.replaceAll(String.join(" ", java.util.Arrays.copyOfRange(words, 0, best)), ",$", "");
    }
    if (tail.endsWith(".")) tail = tail.substring(0, tail.length() - 1);
    java.util.regex.Matcher said = Regex.of("^.*?\\b(?:said|says|told reporters|added) (?:that )?(?=\\p{Lu})").matcher(head);
    if (head.split(" ").length > 18 && said.find()
        && !Regex.matches(head.substring(said.end()), "(?s)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b.*")) {
      head = head.substring(said.end());
    }
    // a clause that opens with a pronoun does not say who it is about
    if (Regex.matches(head.strip(), "(?s)(?i:he|she|it|they|we|i|his|her|its|their|this|that|these|those|he'll|she'll|they'll|it's)\\b.*")) return null;
    String glue = head.isBlank() || head.endsWith("(") || head.endsWith("$") ? "" : " ";
    String sentence = Phrasing.capitalise(head.strip()) + glue + Question.GAP + tail + ".";
    sentence = sentence.replace(" " + Question.GAP, " " + Question.GAP);
    if (sentence.endsWith("near here.")) sentence = Regex.replaceAll(sentence, "\\s+near here\\.$", ".");
    if (head.isBlank()) sentence = Question.GAP + tail + ".";
    sentence = expandSurnames(s, sentence, from);
    if (sentence.split(" ").length > 32 || sentence.split(" ").length < 5) return null;
    return sentence;
  }

  /**
   * Whether the text from {@code at}, past white space, starts with a lower-case letter: what both
   * clause-cutting patterns of {@link #clauseAround} need ("which ...", "including ...", "saying ..."),
   * checked before the rest of the sentence is copied for them.
   */
  private static boolean lowerCaseWordAfter(String text, int at) {
    int j = at;
    while (j < text.length() && Character.isWhitespace(text.codePointAt(j))) j++;
    return j < text.length() && Character.isLowerCase(text.codePointAt(j));
  }

  /** "Ban is on a ____ visit" -> "Ban Ki-moon is on a ____ visit": a cloze names people in full once. */
  private String expandSurnames(Sentence s, String clause, int from) {
    for (Mention m : facts.mentionsIn(s.index())) {
      if (m.start() < from) continue;
      Entity e = facts.entity(m.entity());
      if (e.kind() != EntityKind.PERSON || m.text().contains(" ") || e.name().equals(m.text())) continue;
      if (clause.contains(e.name())) continue;
      clause = Regex.replaceFirst(clause, "\\b" + java.util.regex.Pattern.quote(m.text()) + "\\b", java.util.regex.Matcher.quoteReplacement(e.name()));
    }
    return clause;
  }

  // --- facilities --------------------------------------------------------------------------------

  private void facilities() {
    for (Entity e : facts.entities()) {
      if (e.kind() != EntityKind.FACILITY) continue;
      int index = facts.entities().indexOf(e);
      Mention m = facts.mentionsOf(index).get(0);
      Source source = source(m.sentence());
      double position = -Math.min(0.6, m.sentence() * 0.04);
      if (e.location() != null) {
        Entity place = facts.entities().stream().filter(x -> x.name().equals(e.location())).findFirst().orElse(null);
        if (place != null && place.kind() == EntityKind.COUNTRY) {
          String prompt = "In which country is the " + e.name() + "?";
          List<String> accept = AnswerForms.ofEntity(place);
          var wrong = Distractors.entities(facts, EntityKind.COUNTRY, Set.of(place.name()), place.name(), accept, 3, random(prompt));
          if (wrong.size() >= 2) add(multipleChoice(prompt, place.name(), wrong, accept, "country", source), 2.7 + position, "located:" + e.name());
          continue;
        }
      }
      // a venue: ask for it as a typed gap in its clause
      Sentence s = facts.article().sentences().get(m.sentence());
      String clause = clauseAround(s, m.start(), m.end());
      if (clause == null) continue;
      String prompt = "Complete the sentence: " + clause;
      var accept = new ArrayList<>(AnswerForms.ofEntity(e));
      add(new ShortAnswer(id("short_answer", prompt, e.name()), prompt, e.name(), accept, "place", source), 2.6 + position, "venue:" + e.name());
    }
  }

  // --- organisations and news outlets named in passing ------------------------------------------

  /** An organisation or outlet no other question asks about: a gap in its clause, or in the quotation that names it. */
  private void namedInPassing() {
    Set<String> asked = new HashSet<>();
    for (Candidate c : candidates) asked.add(c.question().answerText());
    for (int index = 0; index < facts.entities().size(); index++) {
      Entity e = facts.entity(index);
      boolean place = e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.PLACE;
      if (e.kind() != EntityKind.ORGANIZATION && e.kind() != EntityKind.MEDIA && !place || asked.contains(e.name())) continue;
      // a place named all through the article ("the U.S." in a Washington story) is no question
      if (place && (e.name().equals("United States") || facts.mentionsOf(index).size() * 3 > facts.article().sentences().size())) continue;
      for (Mention m : facts.mentionsOf(index)) {
        Sentence s = facts.article().sentences().get(m.sentence());
        int start = m.start();
        String clause = clauseAround(s, start, m.end());
        String lead = "Complete the sentence: ";
        if (clause == null) {
          clause = quotedClause(s, start, m.end());
          String speaker = speaker(s);
          if (clause == null || speaker == null) continue;
          lead = "Complete what " + speaker + " said: ";
        }
        if (clause.startsWith(Question.GAP)) continue; // the subject: asked by the clause questions
        String prompt = lead + clause;
        List<String> accept = AnswerForms.ofEntity(e);
        Set<String> inSentence = new HashSet<>();
        for (Mention x : facts.mentionsIn(s.index())) inSentence.add(facts.entity(x.entity()).name());
        inSentence.remove(e.name());
        if (!m.text().equals(e.name()) && !m.text().equals(m.text().toUpperCase(Locale.ROOT))) continue;
        if (inList(s, m)) continue; // one of "Britain, France, the US ...": the others would fit the gap too
        String before = s.text().substring(0, m.start());
        String after = s.text().substring(m.end());
        // who an article's own reporter spoke to ("told VOA", "a request for comment") is not a fact worth asking
        if (e.kind() == EntityKind.MEDIA && (Regex.matches(before, "(?s).*\\b(told|to|a|an)\\s*$") || Regex.matches(after, "(?s)^\\s*(News|request)\\b.*"))) continue;
        int lastQuote = s.text().lastIndexOf('"');
        if (lastQuote >= 0 && m.start() > lastQuote && s.text().indexOf('"') < lastQuote) continue; // the attribution after a quotation
        var wrong = new ArrayList<>(Distractors.entities(facts, e.kind(), inSentence, e.name(), accept, 5, random(prompt)));
        // the gap shows the name as the article wrote it ("IAEA"), so the choices are written that way too
        String answer = m.text();
        boolean acronym = answer.equals(answer.toUpperCase(Locale.ROOT)) && !answer.equals(e.name());
        if (acronym) {
          var short_ = new ArrayList<String>();
          for (String w : wrong) {
            Entity other = facts.entities().stream().filter(x -> x.name().equals(w)).findFirst().orElse(null);
            String form = w.equals(w.toUpperCase(Locale.ROOT)) ? w : other == null ? null : other.aliases().stream().filter(a -> a.length() > 1 && a.equals(a.toUpperCase(Locale.ROOT))).findFirst().orElse(null);
            if (form == null) {
              Gazetteer.Known k = Gazetteer.get().lookup(w);
              if (k != null) form = k.aliases().stream().filter(a -> a.length() > 1 && a.equals(a.toUpperCase(Locale.ROOT)) && !a.contains(".")).findFirst().orElse(null);
            }
            if (form != null && !form.equals(answer)) short_.add(form);
          }
          wrong = short_;
          accept = new ArrayList<>(accept);
          accept.add(e.name());
          accept.remove(answer);
        }
        if (e.kind() == EntityKind.MEDIA) {
          for (Gazetteer.Known k : Gazetteer.get().organisations()) {
            if (k.kind() == EntityKind.MEDIA && !k.name().equals(e.name()) && !wrong.contains(k.name()) && wrong.size() < 5
                && Regex.matches(k.name(), "Reuters|Xinhua|Interfax|CNN|BBC|Associated Press|Voice of America")) {
              wrong.add(k.name());
            }
          }
          java.util.Collections.shuffle(wrong, random(prompt + "#media"));
        }
        if (wrong.size() < 2) continue;
        if (!acronym) answer = e.name();
        double position = -Math.min(0.6, s.index() * 0.04);
        add(multipleChoice(prompt, answer, wrong, accept, e.kind().wireName(), source(s.index())), (place ? 2.0 : 2.4) + position, "passing:" + e.name());
        break;
      }
    }
  }

  /** Whether a mention stands in a list of names of its kind ("Britain, France, the US, Canada and Belgium"). */
  private boolean inList(Sentence s, Mention m) {
    EntityKind kind = facts.entity(m.entity()).kind();
    for (Mention o : facts.mentionsIn(s.index())) {
      if (o == m || facts.entity(o.entity()).kind() != kind) continue;
      String between = o.end() <= m.start() ? s.text().substring(o.end(), m.start()) : o.start() >= m.end() ? s.text().substring(m.end(), o.start()) : "x";
      if (Regex.matches(between, ",? (and |or )?(the )?|, ")) return true;
    }
    return false;
  }

  /** Inside a quotation: from the clause start ("it is necessary ...") to the next comma after the gap. */
  private static String quotedClause(Sentence s, int start, int end) {
    String text = s.text();
    int open = text.lastIndexOf('"', start);
    int close = text.indexOf('"', end);
    if (open < 0 || close < 0) return null;
    int from = open + 1;
    java.util.regex.Matcher m = Regex.of(", (?=(?:it|we|they|there|the|this|our|I|he|she) )").matcher(text);
    while (m.find()) if (m.end() > from && m.end() < start) from = m.end();
    int to = close;
    int comma = text.indexOf(", ", end);
    if (comma >= 0 && comma < to) to = comma;
    String head = text.substring(from, start).strip();
    String tail = Regex.replaceAll(text.substring(end, to), "[,.]$", "");
    String clause = "\"" + (from > open + 1 ? "... " : "") + head + " " + Question.GAP + tail + (to < close ? " ..." : "") + "\"";
    int words = clause.split(" ").length;
    return words >= 6 && words <= 30 ? clause : null;
  }

  /** Who a quoted sentence is attributed to: "..., Lavrov said." / "said Jean Lee". */
  private String speaker(Sentence s) {
    int close = s.text().lastIndexOf('"');
    if (close < 0) return null;
    for (Mention m : facts.mentionsIn(s.index())) {
      Entity e = facts.entity(m.entity());
      if (e.kind() != EntityKind.PERSON || m.start() < close) continue;
      String around = s.text().substring(close, Math.min(s.text().length(), m.end() + 12));
      if (Regex.matches(around, "(?s).*\\b(said|says|told|added|wrote)\\b.*")) return e.name();
    }
    return null;
  }

  // --- lists of names ---------------------------------------------------------------------------

  /** "... in light of the recent events in Libya and Ivory Coast": a gap to fill with every name of the list. */
  private void lists() {
    for (Sentence s : facts.article().sentences()) {
      List<Mention> ms = facts.mentionsIn(s.index());
      int i = 0;
      while (i < ms.size()) {
        int j = i;
        EntityKind kind = facts.entity(ms.get(i).entity()).kind();
        while (j + 1 < ms.size() && facts.entity(ms.get(j + 1).entity()).kind() == kind
            && Regex.matches(s.text().substring(ms.get(j).end(), ms.get(j + 1).start()), ",? (and )?(the )?|, ")) {
          j++;
        }
        if (j > i && (kind == EntityKind.COUNTRY || kind == EntityKind.PLACE || kind == EntityKind.ORGANIZATION)
            && candidates.stream().noneMatch(c -> c.fact().equals("subject:" + s.index()) && c.question() instanceof MultiSelect)) {
          listQuestion(s, ms.subList(i, j + 1), kind);
        }
        i = j + 1;
      }
    }
  }

  private void listQuestion(Sentence s, List<Mention> list, EntityKind kind) {
    var answers = new ArrayList<String>();
    for (Mention m : list) {
      String name = displayName(facts.entity(m.entity()), m);
      if (!m.text().equals(name) && !facts.entity(m.entity()).isNamed(m.text())) return; // a demonym, not a name
      if (!answers.contains(name)) answers.add(name);
    }
    if (answers.size() < 2) return;
    int start = list.get(0).start();
    int end = list.get(list.size() - 1).end();
    if (start >= 4 && s.text().startsWith("the ", start - 4) && AnswerForms.takesThe(facts.entity(list.get(0).entity()))) start -= 4;
    String clause = clauseAround(s, start, end);
    if (clause == null) return;
    String prompt = "Complete the sentence (select all that apply): " + clause;
    Set<String> inSentence = new HashSet<>();
    for (Mention m : facts.mentionsIn(s.index())) inSentence.add(facts.entity(m.entity()).name());
    var wrong = new ArrayList<>(Distractors.entities(facts, kind, inSentence, answers.get(0), answers, 5, random(prompt)));
    wrong.removeIf(prompt::contains);
    if (wrong.size() < 2) return;
    var choices = new ArrayList<>(answers);
    choices.addAll(wrong.subList(0, Math.min(3, wrong.size())));
    Collections.shuffle(choices, random(prompt + "#order"));
    double position = -Math.min(0.6, s.index() * 0.04);
    add(new MultiSelect(id("multi_select", prompt, String.join(",", answers)), prompt, answers, choices, kind.wireName(),
        source(s.index())), 2.6 + position, "list:" + s.index() + ":" + start);
  }

  // --- ordering ----------------------------------------------------------------------------------

  private void ordering() {
    var events = new ArrayList<Object[]>();
    var seen = new HashSet<Integer>();
    for (Clause c : facts.clauses()) {
      DateMention d = dateOf(c);
      if (d == null || !d.hasDay() || !seen.add(d.sortKey())) continue;
      String rest = phrasing.rest(c, c.restStart(), c.restEnd());
      if (rest == null) continue;
      rest = removeDate(rest, d);
      String subject = phrasing.subject(c);
      if (subject.isEmpty()) continue;
      String event = Phrasing.capitalise(subject) + " " + phrasing.verbGroup(c) + (rest.isEmpty() ? "" : " " + rest);
      if (event.split(" ").length > 16) continue;
      events.add(new Object[] {d.sortKey(), event, c.sentence()});
    }
    if (events.size() < 3) return;
    events.sort(Comparator.comparingInt(e -> (Integer) e[0]));
    var answers = new ArrayList<String>();
    for (Object[] e : events.subList(0, Math.min(5, events.size()))) answers.add((String) e[1]);
    String prompt = "Put these events in the order they happened, earliest first.";
    Source source = source((Integer) events.get(0)[2]);
    add(new Ordering(id("ordering", prompt, String.join("|", answers)), prompt, answers, "event", source), 3.1, "ordering");
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** A multiple-choice question, or null when fewer than three distinct choices remain (add() drops it). */
  private MultipleChoice multipleChoice(String prompt, String answer, List<String> wrong, List<String> accept, String kind, Source source) {
    var choices = new ArrayList<String>();
    choices.add(answer);
    for (String w : wrong) {
      if (choices.size() >= 4) break;
      if (AnswerForms.sameAs(w, answer, accept) || choices.stream().anyMatch(w::equalsIgnoreCase)) continue;
      if (prompt.contains(w)) continue; // a choice named in the question reads as a trick or a give-away
      choices.add(w);
    }
    // Distractors that turn out to be forms of the answer, or named in the prompt, can leave too few.
    if (choices.size() < 3) return null;
    Collections.shuffle(choices, random(prompt + "#order"));
    return new MultipleChoice(id("multiple_choice", prompt, answer), prompt, answer, choices,
        AnswerForms.withoutDuplicates(accept, answer), kind, source);
  }

  private void add(Question q, double score, String fact) {
    if (q == null) return;
    candidates.add(new Candidate(q, score, fact));
  }

  private Source source(int sentence) {
    return new Source(sentence, facts.article().sentences().get(sentence).text());
  }

  private static String id(String type, String prompt, String answer) {
    return QuestionIds.of(type, prompt, answer);
  }

  /** Randomness for one question: from the seed and the question's own text, never from order. */
  private Random random(String key) {
    return new Random(seed * 0x9E3779B97F4A7C15L ^ key.hashCode());
  }
}
