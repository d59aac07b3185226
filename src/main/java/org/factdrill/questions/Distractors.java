package org.factdrill.questions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Lexicon;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * Wrong choices of exactly the answer's kind: other people, companies or countries of the same
 * article first (the most talked-about first), then the packaged typed lists; dates of the same
 * precision; sums in the same currency and of the same size.
 * Never the answer, another form of it, or something the question itself names.
 */
public final class Distractors {
  private final Facts facts;

  public Distractors(Facts facts) {
    this.facts = facts;
  }

  /** Up to {@code n} wrong choices for a named answer; {@code avoid} holds what must not be offered (the prompt's names). */
  public List<String> named(Entity answer, Kind kind, int n, String prompt, Random random) {
    var out = new LinkedHashSet<String>();
    // "talks to bring ____ into the EU", the answer Turkey: the lists place it in western Asia, and neither its
    // neighbours there nor the article's EU members are countries a reader would weigh up (raters rejected
    // such choices every time); which countries of Europe are outside the union the lists cannot say
    if (kind == Kind.COUNTRY && outsideTheContinentNamed(prompt, answer)) return List.of();
    var article = new ArrayList<>(facts.entities().all());
    article.sort(Comparator.comparingDouble(Entity::salience).reversed());
    for (Entity e : article) {
      if (out.size() >= n) break;
      if (e.kind() != kind || e.equals(answer) || named(prompt, e)) continue;
      if (kind == Kind.PERSON && !e.name().contains(" ")) continue; // a lone surname beside full names is a giveaway
      if (partOfAnother(e)) continue; // "Green" of "Green Party": a misread, not a place
      if (kind == Kind.PERSON && !looksLikePerson(e.name())) continue;
      if (kind == Kind.PERSON && e.gender() != 0 && answer.gender() != 0 && e.gender() != answer.gender()) continue; // an actor for an actress
      // a race director among runners, a broadcaster among farm bodies: unless the article says both are
      // the same sort of person or body, a wrong choice is a guess about the reader's knowledge
      if (STRICT_ROLES.contains(kind) && !sameRole(e, answer)) continue;
      if (sameThing(e.name(), answer)) continue;
      if (initialsOf(e.name(), answer.name()) || initialsOf(answer.name(), e.name())) continue; // "IEA" beside "International Energy Agency"
      if (kind == Kind.COUNTRY && otherContinent(e, answer)) continue;
      out.add(display(e));
    }
    if (out.size() < n) {
      var pool = new ArrayList<String>();
      Lexicon.Known known = Lexicon.get().lookup(answer.name());
      switch (kind) {
        // the home nations with each other; other countries with countries a reader would weigh up
        case COUNTRY -> pool.addAll(HOME_NATIONS.contains(answer.name()) ? HOME_NATIONS : neighbours(known, random));
        // cities, states and bodies get no strangers from the lists: in blind ratings a list's city beside the
        // answer (a city of another continent as the host of a regional championship) or a list's
        // body (a West African union as a body a European country might join) was rejected nearly every time (1 of 11 accepted); only the
        // article's own, of the answer's role, are offered, else the question is typed
        default -> { }
      }
      if (kind != Kind.COUNTRY) Collections.shuffle(pool, random);
      for (String p : pool) {
        if (out.size() >= n) break;
        if (sameThing(p, answer) || prompt.contains(p) || facts.entities().named(p) != null && facts.entities().named(p).equals(answer)) continue;
        if (byNationality(prompt, p)) continue; // "French Foreign Minister ..." names France as surely as "France" does
        out.add(p);
      }
    }
    return new ArrayList<>(out);
  }

  private static final java.util.regex.Pattern CONTINENT_NAMED = java.util.regex.Pattern.compile(
      "\\b(EU|European Union|Europe|Africa|African Union|Asia|Latin America|South America)\\b");

  /**
   * Whether the prompt names a continent or its union and the lists place the answer on another:
   * the question is then about a country's place in another continent's affairs.
   */
  static boolean outsideTheContinentNamed(String prompt, Entity answer) {
    var m = CONTINENT_NAMED.matcher(prompt);
    if (!m.find()) return false;
    String named = switch (m.group(1)) {
      case "EU", "European Union", "Europe" -> "europe";
      case "Africa", "African Union" -> "africa";
      case "Asia" -> "asia";
      default -> "americas";
    };
    Lexicon.Known a = Lexicon.get().lookup(answer.name());
    return a != null && !a.group().isEmpty() && !a.group().startsWith(named + "/");
  }

  /**
   * Whether two countries lie on different continents, by the packaged lists: the article's United
   * States beside Kenya, Uganda and Tanzania for where two reporters are held is a choice no reader
   * weighs up (both raters rejected such a choice each time it was drawn, over seven ratings). A
   * country the lists do not place is not judged.
   */
  static boolean otherContinent(Entity e, Entity answer) {
    Lexicon.Known a = Lexicon.get().lookup(answer.name());
    Lexicon.Known b = Lexicon.get().lookup(e.name());
    if (a == null || b == null || a.group().isEmpty() || b.group().isEmpty()) return false;
    return !a.group().split("/")[0].equals(b.group().split("/")[0]);
  }

  /**
   * Countries a reader would weigh up against the answer: those of its own region first ("Japan"
   * gives China and South Korea, never Sweden), then of its continent; none for a country the
   * lists do not know.
   */
  private static List<String> neighbours(Lexicon.Known country, Random random) {
    if (country == null || country.kind() != Kind.COUNTRY || country.group().isEmpty()) return List.of();
    String continent = country.group().split("/")[0] + "/";
    var region = new ArrayList<String>();
    var rest = new ArrayList<String>();
    for (Lexicon.Known k : Lexicon.get().countries()) {
      if (k.equals(country)) continue;
      if (k.group().equals(country.group())) region.add(k.name());
      else if (k.group().startsWith(continent)) rest.add(k.name());
    }
    // shuffled within each ring, never across: a neighbour always comes before a continent's far side
    Collections.shuffle(region, random);
    Collections.shuffle(rest, random);
    region.addAll(rest);
    return region;
  }

  private static final List<String> HOME_NATIONS = List.of("England", "Scotland", "Wales", "Northern Ireland");
  /** Words that make a "city" an event or a landmark: the London Marathon is no distractor for Leeds. */
  private static final java.util.regex.Pattern NOT_A_PLACE = java.util.regex.Pattern.compile(
      ".*\\b(Marathon|Hill|Games|Cup|Open|Championships?|Prix|Street|Road|Stadium|Park|Bridge|Square|Airport|Station|Line)\\b.*");

  /** Kinds whose members differ in role: people (athletes, officials) and bodies (courts, charities, firms). */
  private static final Set<Kind> STRICT_ROLES = Set.of(Kind.PERSON, Kind.ORGANIZATION, Kind.COMPANY, Kind.WORK);

  /** Courtesy titles say nothing of what a person does. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.",
      "mrs.", "ms.", "dr.", "st", "st.");

  /** The last word of a body's name that says what sort of body it is: "High Court", "Arts Council". */
  private static final Set<String> BODIES = Set.of("court", "council", "committee", "commission", "agency", "board", "bank",
      "university", "college", "institute", "party", "ministry", "department", "office", "foundation", "association", "union",
      "federation", "league", "club", "trust", "service", "authority", "assembly", "parliament", "government", "group", "fund",
      "organisation", "organization", "society", "school", "museum", "theatre", "hospital", "police", "army", "force", "network",
      "channel", "newspaper", "magazine", "records", "studios", "airline", "airlines", "airways");

  /**
   * Whether two people or bodies could stand for each other: the article must say what both are
   * ("striker", "coach", "minister"; "court", "the firm") and they must share one of those words.
   * Where it says what only one or neither is, a wrong choice could be of any sort, and the
   * question is asked typed instead.
   */
  private boolean sameRole(Entity a, Entity b) {
    Set<String> ra = roles(a);
    Set<String> rb = roles(b);
    for (String r : ra) if (rb.contains(r)) return true;
    return false;
  }

  /**
   * The role words the article gives a name: nouns and titles before it ("Rail firm Harbour Rail",
   * "striker Tom Adeyemi"), its appositions, the head of a description coreference ties to it
   * ("the firm"), and a body's own last word ("Court of Appeal" is a court).
   */
  private Set<String> roles(Entity e) {
    return roles(e, true);
  }

  /** As {@link #roles(Entity)}; without descriptions coreference ties to the name when {@code described} is false. */
  private Set<String> roles(Entity e, boolean described) {
    var out = new LinkedHashSet<String>();
    for (String word : e.name().split("[\\s-]+")) {
      String w = word.toLowerCase(Locale.ROOT);
      if (e.kind() != Kind.PERSON && BODIES.contains(w)) out.add(w.equals("organization") ? "organisation" : w);
    }
    if (e.kind() == Kind.COMPANY) out.add("company");
    for (Mention m : e.mentions()) {
      if (m.sentence() >= facts.article().sentences().size()) continue;
      Sentence s = facts.article().sentences().get(m.sentence());
      boolean nominal = true;
      for (int t = m.start(); t < m.end(); t++) if (s.token(t).isProperNoun() || s.token(t).isPronoun()) nominal = false;
      if (nominal) {
        // "the firm", "the British hurdler": the description is the role
        Token head = s.token(m.end() - 1);
        String word = head.lemma().toLowerCase(Locale.ROOT);
        // for a question's wording only words for a person ("the novelist"), never "the government" coreference misread
        if (head.isNoun() && (described || head.text().chars().allMatch(Character::isLowerCase) && AGENT.matcher(word).matches()
            && !NOT_AGENTS.contains(word)) && !someoneOf(e, word)) {
          out.add(word);
        }
        continue;
      }
      // "a close Wekesa aide her brother ...": the words before a pronoun are another phrase's, never its title
      if (s.token(m.start()).isPronoun()) continue;
      for (int t = m.start() - 1; t >= 0 && t >= m.start() - 3; t--) {
        var tok = s.token(t);
        if (tok.ner().equals("TITLE") || tok.isNoun() && !tok.isProperNoun() && s.head(t) >= m.start() && s.head(t) < m.end()) {
          // a role as the article writes it: "hurdler", "Tory leader"; a capitalised word read as a noun ("Adeyemis") is none
          // ("Striker Tom Adeyemi" opening a sentence is a striker; "Education Secretary Tom Adeyemi" is no "education")
          if (!described && (t > 0 || t + 1 < m.start()) && !tok.text().chars().allMatch(Character::isLowerCase)) continue;
          out.add(tok.lemma().toLowerCase(Locale.ROOT));
        } else {
          break;
        }
      }
      for (int a : s.children(m.end() - 1, "appos")) out.add(s.token(a).lemma().toLowerCase(Locale.ROOT));
    }
    out.removeAll(HONORIFICS);
    out.removeIf(r -> r.isEmpty() || !Character.isLetter(r.charAt(0)));
    return out;
  }

  /**
   * Whether the article uses {@code word} for someone of {@code e}'s ("Amina Wekesa's lawyer",
   * "Wekesa's coach"): "the lawyer" that coreference then ties to the name is that other person, and
   * no role of its own.
   */
  private boolean someoneOf(Entity e, String word) {
    for (Mention m : e.mentions()) {
      if (m.sentence() >= facts.article().sentences().size()) continue;
      Sentence s = facts.article().sentences().get(m.sentence());
      for (int t = m.start(); t < m.end(); t++) {
        if (!s.relation(t).equals("nmod:poss")) continue;
        int owned = s.head(t);
        if (owned >= 0 && !m.covers(owned) && s.token(owned).lemma().equalsIgnoreCase(word)) return true;
      }
    }
    return false;
  }

  /**
   * The one word the article uses for what a person is ("novelist", "hurdler", "striker"), for a
   * question that names the role instead of "Who"; null when it gives none or several.
   */
  public String roleOf(Entity e) {
    String found = null;
    for (String r : roles(e, false)) {
      if (r.length() < 4 || !r.chars().allMatch(Character::isLowerCase) || GENERIC_ROLES.contains(r)
          || Phrasing.HELD_IN_A_BODY.contains(r)) {
        continue;
      }
      if (found != null && !found.equals(r)) return null;
      found = r;
    }
    return found;
  }

  private static final java.util.regex.Pattern AGENT = java.util.regex.Pattern.compile("\\p{Ll}{3,}(ist|er|or|ian)");
  private static final Set<String> NOT_AGENTS = Set.of("number", "order", "power", "member", "paper", "water", "matter", "border",
      "quarter", "center", "sector", "factor", "error", "letter", "meter", "chapter", "computer", "corridor", "interior", "mirror");

  /**
   * Words that say too little to ask by: "Which man ...?"; and heads of something, which say nothing
   * without what they lead ("Which leader ...?": leader of what, raters asked). Offices held in a
   * body ("Which chairman ...?") are refused for the same reason, with {@link Phrasing#HELD_IN_A_BODY}.
   */
  private static final Set<String> GENERIC_ROLES = Set.of("man", "woman", "person", "people", "year-old", "member", "official",
      "source", "spokesman", "spokeswoman", "resident", "friend", "father", "mother", "son", "daughter", "wife", "husband",
      "leader", "chief", "head", "boss", "holder", "winner", "champion");

  /** Words no person's name holds: a tagger's "Leeds Marathons" or "Mary Queen of the Isles" is no person to offer. */
  private static final java.util.regex.Pattern NOT_A_PERSON = java.util.regex.Pattern.compile(
      ".*\\b(Marathons?|University|College|Council|Line|Club|United|City|Street|Award|Awards|Prize|Cup|Queen|King|of|the|and)\\b.*");

  /** Two to four capitalised words, no digits, none that names an institution. */
  public static boolean looksLikePerson(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 4 || NOT_A_PERSON.matcher(name).matches()) return false;
    for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) return false;
    return true;
  }

  /** Whether a name may stand as an answer of its kind (a place that is a place, a person who looks like one). */
  public static boolean plausibleAnswer(Entity e) {
    return switch (e.kind()) {
      case PERSON -> looksLikePerson(e.name());
      case CITY, STATE, COUNTRY, PLACE -> !NOT_A_PLACE.matcher(e.name()).matches();
      // "the Edinburgh MSP" tagged as an organisation is a person described
      case ORGANIZATION, COMPANY, PARTY, TEAM -> !e.name().matches(".*\\b(MSP|MP|MEP|AM|Minister|Secretary|Chancellor|spokesman|chief)$");
      default -> true;
    };
  }

  /** Whether {@code shortForm} is the initials of {@code longForm} ("IEA", "International Energy Agency"). */
  static boolean initialsOf(String shortForm, String longForm) {
    if (!shortForm.matches("\\p{Lu}{2,6}")) return false;
    var initials = new StringBuilder();
    for (String w : longForm.split("[\\s-]+")) {
      if (w.isEmpty() || w.matches("(?i)of|the|for|and|on|in|de|&")) continue;
      initials.append(Character.toUpperCase(w.charAt(0)));
    }
    return initials.toString().equals(shortForm);
  }

  private boolean partOfAnother(Entity e) {
    if ((e.kind() == Kind.CITY || e.kind() == Kind.STATE || e.kind() == Kind.COUNTRY || e.kind() == Kind.PLACE)
        && NOT_A_PLACE.matcher(e.name()).matches()) {
      return true;
    }
    for (Entity o : facts.entities().all()) {
      if (o != e && o.name().length() > e.name().length() && o.name().contains(e.name())) return true;
    }
    return false;
  }

  /** The name as a choice shows it: countries by their usual short name. */
  static String display(Entity e) {
    return e.name();
  }

  /** Whether the prompt names a country of the lists by one of its adjectives ("French" for France). */
  private static boolean byNationality(String prompt, String country) {
    Lexicon.Known k = Lexicon.get().lookup(country);
    if (k == null) return false;
    for (String adjective : k.adjectives()) if (saysWord(prompt, adjective)) return true;
    return false;
  }

  /** Whether {@code text} holds {@code word} as a word of its own ("French", not inside "Frenchman"). */
  private static boolean saysWord(String text, String word) {
    return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
  }

  /** Whether the prompt names the entity, by a form of its name or as the article did ("German" for Germany). */
  private static boolean named(String prompt, Entity e) {
    for (String f : e.forms()) if (prompt.contains(f)) return true;
    for (org.factdrill.nlp.Mention m : e.mentions()) {
      if (m.type().equals("NATIONALITY") && saysWord(prompt, m.text())) return true;
    }
    return false;
  }

  private static boolean sameThing(String name, Entity answer) {
    String k = name.toLowerCase(Locale.ROOT);
    for (String f : answer.forms()) {
      String g = f.toLowerCase(Locale.ROOT);
      if (g.equals(k) || g.contains(k) || k.contains(g)) return true;
    }
    Lexicon.Known a = Lexicon.get().lookup(answer.name());
    Lexicon.Known b = Lexicon.get().lookup(name);
    return a != null && a.equals(b);
  }

  private static final Pattern AMOUNT = Pattern.compile("^(?<pre>[^\\d]*?)(?<num>\\d[\\d,]*(?:\\.\\d+)?)(?<post>.*)$");

  /**
   * Wrong sums, shares, counts and years of the answer's form and size: "£5bn" gives "£3bn",
   * "£8bn", "£12bn"; other values of the same kind in the article come first.
   */
  public List<String> quantities(String answer, Kind kind, int n, Random random) {
    var out = new LinkedHashSet<String>();
    Matcher m = AMOUNT.matcher(answer.strip());
    if (!m.matches()) return List.of();
    String pre = m.group("pre");
    String post = m.group("post");
    String num = m.group("num");
    for (Sentence s : facts.article().sentences()) {
      for (Mention men : s.mentions()) {
        if (out.size() >= n) break;
        String type = switch (kind) {
          case MONEY -> "MONEY";
          case PERCENT -> "PERCENT";
          default -> "NUMBER";
        };
        if (!men.type().equals(type)) continue;
        Matcher o = AMOUNT.matcher(men.text().strip());
        if (!o.matches() || !o.group("pre").equals(pre) || !o.group("post").equals(post) || o.group("num").equals(num)) continue;
        if (!near(o.group("num"), num)) continue; // 0.1% beside 10.8% is no real choice
        out.add(men.text().strip());
      }
    }
    BigDecimal value;
    try {
      value = new BigDecimal(num.replace(",", ""));
    } catch (NumberFormatException e) {
      return new ArrayList<>(out);
    }
    if (value.signum() <= 0) return new ArrayList<>(out);
    boolean commas = num.contains(",") || value.compareTo(BigDecimal.valueOf(10000)) >= 0 && !num.contains(".") && kind == Kind.NUMBER;
    int scale = Math.max(0, value.scale());
    // shares stay near the answer (a 10.8% rate beside 0.1% is no choice at all); counts and sums may range wider
    // a time of 44.93 s beside 134.79 s is no choice at all: measures with decimals stay close
    double[] factors = kind == Kind.PERCENT ? new double[] {0.6, 0.8, 1.25, 1.5, 0.7, 1.4}
        : value.scale() > 0 && kind == Kind.NUMBER ? new double[] {0.96, 1.03, 0.98, 1.05, 0.93}
        // within a factor of two: "$2,686.8bn" beside a gap of "$671.7bn" is more than every figure of the story
        : new double[] {0.5, 1.5, 2, 0.75, 1.25, 0.6, 1.8};
    var shuffled = new ArrayList<Double>();
    for (double f : factors) shuffled.add(f);
    Collections.shuffle(shuffled, random);
    for (double f : shuffled) {
      if (out.size() >= n) break;
      BigDecimal v = value.multiply(BigDecimal.valueOf(f)).setScale(scale, RoundingMode.HALF_UP);
      if (kind == Kind.PERCENT && v.compareTo(BigDecimal.valueOf(100)) > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) continue;
      if (v.signum() <= 0 || v.compareTo(value) == 0) continue;
      v = roundLike(v, value);
      String text = commas ? String.format(Locale.ROOT, "%,d", v.longValue()) : v.toPlainString();
      String choice = pre + text + post;
      if (!choice.equals(answer)) out.add(choice);
    }
    return new ArrayList<>(out);
  }

  /** Near enough to be a real alternative, far enough not to be the same figure rounded (9% beside 9.1%). */
  private static boolean near(String a, String b) {
    try {
      double x = Double.parseDouble(a.replace(",", ""));
      double y = Double.parseDouble(b.replace(",", ""));
      double ratio = x / y;
      return x > 0 && y > 0 && ratio <= 3 && ratio >= 1 / 3.0 && (ratio > 1.1 || ratio < 0.9) && !roundingOf(a, b) && !roundingOf(b, a);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether {@code coarse} is {@code fine} said with fewer digits ("2 million" for 2.37 million): the same figure. */
  static boolean roundingOf(String coarse, String fine) {
    BigDecimal c = new BigDecimal(coarse.replace(",", ""));
    BigDecimal f = new BigDecimal(fine.replace(",", ""));
    if (c.scale() >= f.scale()) return false;
    return f.setScale(Math.max(0, c.scale()), RoundingMode.HALF_UP).compareTo(c) == 0
        || f.setScale(Math.max(0, c.scale()), RoundingMode.DOWN).compareTo(c) == 0;
  }

  /** 1,237 gives 2,474 as 2,500 would look invented; keep as many significant digits as the answer has. */
  private static BigDecimal roundLike(BigDecimal v, BigDecimal answer) {
    if (answer.scale() > 0) return v;
    int sig = answer.stripTrailingZeros().precision();
    if (v.precision() <= sig) return v;
    return v.round(new java.math.MathContext(Math.max(1, sig))).setScale(0, RoundingMode.HALF_UP);
  }

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  /**
   * Wrong dates of the answer's precision: the article's other dates first, then days of the same
   * month ("March 17" gives "March 12", "March 21") or nearby years.
   */
  public List<String> dates(String answer, String normalized, int n, Random random) {
    var out = new LinkedHashSet<String>();
    boolean day = normalized.length() == 10;
    boolean year = normalized.length() == 4;
    for (Sentence s : facts.article().sentences()) {
      for (Mention m : s.mentions()) {
        if (!m.type().equals("DATE") || m.normalized() == null || m.normalized().equals(normalized)) continue;
        String norm = m.normalized();
        boolean sameShape = day ? norm.matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}") : year ? norm.matches("\\d{4}") : norm.matches("\\d{4}-\\d{2}");
        String text = m.text().replaceFirst("(?i)^the ", "");
        // 1731 beside 1983 is no real choice: an article's other years count only when near
        boolean nearYear = !year || !norm.matches("\\d{4}") || Math.abs(Integer.parseInt(norm) - Integer.parseInt(normalized)) <= 12;
        if (sameShape && nearYear && out.size() < n && shapeOf(text).equals(shapeOf(answer))) out.add(text);
      }
    }
    Matcher dayMonth = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)? (\\p{L}+)(.*)$").matcher(answer);
    Matcher monthDay = Pattern.compile("^(\\p{L}+) (\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d)(.*)$").matcher(answer);
    var offsets = new ArrayList<Integer>(List.of(-9, -6, -5, -3, -2, 2, 3, 4, 6, 8, 11));
    Collections.shuffle(offsets, random);
    if (year && answer.matches("\\d{4}")) {
      int y = Integer.parseInt(answer);
      var ys = new ArrayList<Integer>(List.of(-4, -3, -2, -1, 1, 2, 3));
      Collections.shuffle(ys, random);
      // a year after every year the article names is in its future: no choice for a past event
      int latest = Math.max(y, latestYear());
      for (int d : ys) if (out.size() < n && y + d <= latest) out.add(Integer.toString(y + d));
    } else if (monthDay.matches() && MONTHS.contains(monthDay.group(1))) {
      int d = Integer.parseInt(monthDay.group(2));
      for (int o : offsets) if (out.size() < n && d + o >= 1 && d + o <= 28) out.add(monthDay.group(1) + " " + (d + o) + monthDay.group(3));
    } else if (dayMonth.matches() && MONTHS.contains(dayMonth.group(2))) {
      int d = Integer.parseInt(dayMonth.group(1));
      for (int o : offsets) if (out.size() < n && d + o >= 1 && d + o <= 28) out.add((d + o) + " " + dayMonth.group(2) + dayMonth.group(3));
    } else if (MONTHS.contains(answer)) {
      int mi = MONTHS.indexOf(answer);
      for (int o : List.of(-2, -1, 1, 2, 3)) {
        int k = mi + o;
        if (k >= 0 && k < 12 && out.size() < n) out.add(MONTHS.get(k));
      }
    } else if (answer.matches("\\p{L}+ \\d{4}") && MONTHS.contains(answer.split(" ")[0])) {
      int mi = MONTHS.indexOf(answer.split(" ")[0]);
      for (int o : List.of(-3, -2, -1, 1, 2, 4)) {
        int k = Math.floorMod(mi + o, 12);
        if (out.size() < n) out.add(MONTHS.get(k) + " " + answer.split(" ")[1]);
      }
    }
    out.remove(answer);
    return new ArrayList<>(out);
  }

  /** The latest year the article's dates name, or 0 when they name none. */
  private int latestYear() {
    int latest = 0;
    for (Sentence s : facts.article().sentences()) {
      for (Mention m : s.mentions()) {
        if (m.type().equals("DATE") && m.normalized() != null && m.normalized().matches("\\d{4}.*")) {
          latest = Math.max(latest, Integer.parseInt(m.normalized().substring(0, 4)));
        }
      }
    }
    return latest;
  }

  /** "March 17" and "17 March" are different shapes; a choice list keeps one. */
  private static String shapeOf(String date) {
    return date.replaceAll("\\d+", "9").replaceAll("\\p{L}+", "a");
  }

  /** Wrong choices for one slot of a clause, of its kind: dates, sums and shares, or names. */
  public List<String> ofSlot(org.factdrill.facts.Slot slot, int n, String avoid, Random random) {
    return switch (slot.kind()) {
      case DATE -> notSaidIn(avoid, dates(slot.answer(), slot.normalized(), n + SPARE, random), n);
      case MONEY, PERCENT, NUMBER -> quantities(slot.answer(), slot.kind(), n, avoid, random);
      default -> slot.entity() == null ? List.of() : named(slot.entity(), slot.kind(), n, avoid, random);
    };
  }

  /** As {@link #quantities(String, Kind, int, Random)}, leaving out figures that {@code avoid} (the prompt) states. */
  public List<String> quantities(String answer, Kind kind, int n, String avoid, Random random) {
    return notSaidIn(avoid, quantities(answer, kind, n + SPARE, random), n);
  }

  /** How many more wrong values are drawn than needed, so that some can be left out. */
  private static final int SPARE = 3;

  /**
   * The first {@code n} of {@code values} that {@code text} does not state: "raised fares from ____ to
   * 15%" offering 15% is no choice, and "from 15% to 15%" is no false statement.
   */
  static List<String> notSaidIn(String text, List<String> values, int n) {
    var out = new ArrayList<String>();
    for (String v : values) {
      if (out.size() >= n) break;
      if (text == null || !Pattern.compile("(?<![\\w.,])" + Pattern.quote(v) + "(?![\\w%]|[.,]\\d)").matcher(text).find()) out.add(v);
    }
    return out;
  }

  /** Deterministic randomness for one question: the seed and what the question asks. */
  public static Random random(long seed, String key) {
    return new Random(seed * 31 + key.hashCode());
  }

  static Set<String> lower(List<String> xs) {
    var out = new LinkedHashSet<String>();
    for (String x : xs) out.add(x.toLowerCase(Locale.ROOT));
    return out;
  }
}
