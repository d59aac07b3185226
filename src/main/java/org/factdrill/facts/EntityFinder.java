package org.factdrill.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.article.Article;
import org.factdrill.article.Regex;
import org.factdrill.article.Sentence;
import org.factdrill.article.Token;

/**
 * Named things in an article, without an NER model: gazetteers (countries and demonyms, places,
 * organisations, news outlets), acronyms defined in the text, titles before names ("Russian Foreign
 * Minister Sergei Lavrov"), appositions ("Jean Lee, director of ..."), organisation and facility
 * head words ("... Caucus", "... power station"), given names, and later mentions by surname.
 */
final class EntityFinder {

  private static final Set<String> ORG_HEADS = Set.of("Council", "Organisation", "Organization", "Committee", "Caucus",
      "Institution", "Institute", "Center", "Centre", "Agency", "Party", "Church", "Association", "Union", "Department",
      "Ministry", "Court", "Bank", "Fund", "Commission", "Assembly", "Parliament", "Army", "Navy", "University",
      "Foundation", "Corporation", "Company", "League", "Alliance", "Federation", "Front", "Board", "Office", "Service");
  private static final Set<String> FACILITY_HEADS = Set.of("power station", "power plant", "nuclear plant", "airport",
      "retreat", "residence", "palace", "air base", "base", "prison", "camp", "stadium", "hospital", "port", "dam",
      "reactor", "embassy", "consulate");
  private static final Set<String> CAPITAL_FACILITY_HEADS = Set.of("Airport", "Station", "Palace", "Base", "Stadium",
      "Hospital", "Prison", "Embassy");
  private static final Set<String> SPEECH = Set.of("said", "says", "told", "tweeted", "wrote", "added", "explained",
      "stated", "announced", "confirmed", "noted");
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "But", "And", "Or", "In", "On", "At", "Of",
      "For", "To", "By", "With", "From", "As", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those",
      "Both", "While", "When", "After", "Before", "During", "Meanwhile", "However", "Some", "Their", "His", "Her",
      "Our", "If", "Not", "No", "All", "Any", "According", "Briefing", "Speaking", "Blaming", "Earlier", "Hours",
      "Mr.", "Mrs.", "Ms.", "Dr.", "Democrats", "Republicans", "Democrat", "Republican", "Senators", "Lawmakers",
      "Denuclearization", "Dreamers", "Congressional", "Democratic", "Today", "Tweeted", "Summit", "Meetings", "Undocumented",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
      "April", "May", "June", "July", "August", "September", "October", "November", "December");
  private static final Set<String> ROLE_MODIFIERS = Set.of("deputy", "former", "vice", "acting", "top", "senior", "chief",
      "foreign", "de", "facto");
  private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Miss");
  private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Z.]{1,7})\\)");
  private static final Pattern ACRONYM_FIRST = Pattern.compile("\\b([A-Z]{2,7}) \\(([^()]{5,80})\\)");

  /** An entity being found: its fields grow as the article is read. */
  private static final class Draft {
    String name;
    final EntityKind kind;
    final Set<String> aliases = new LinkedHashSet<>();
    String role;
    String country;
    String location;
    String party;
    String home;
    int lastMention = -1;

    Draft(String name, EntityKind kind) {
      this.name = name;
      this.kind = kind;
    }

    Entity toEntity() {
      var a = new ArrayList<String>();
      for (String x : aliases) if (!x.equalsIgnoreCase(name)) a.add(x);
      return new Entity(name, kind, a, role, country, location, party, home);
    }
  }

  private final Article article;
  private final Gazetteer gazetteer = Gazetteer.get();
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Acronym> acronyms = new ArrayList<>();
  /** Per sentence, per token: the draft that token belongs to, or -1. */
  private final List<int[]> owner = new ArrayList<>();
  private final Set<String> ambiguous = new LinkedHashSet<>();

  EntityFinder(Article article) {
    this.article = article;
    for (Sentence s : article.sentences()) {
      int[] o = new int[s.tokens().size()];
      java.util.Arrays.fill(o, -1);
      owner.add(o);
    }
  }

  record Found(List<Entity> entities, List<Mention> mentions, List<Acronym> acronyms) {}

  Found find() {
    for (Sentence s : article.sentences()) {
      acronyms(s);
      known(s);
      titledPeople(s);
      headWords(s);
      namedPeople(s);
      appositions(s);
      backReferences(s);
      partiesAndStates(s);
    }
    qualifyRoles();
    var entities = new ArrayList<Entity>();
    for (Draft d : drafts) {
      d.aliases.removeIf(a -> ambiguous.contains(a.toLowerCase(Locale.ROOT)));
      entities.add(d.toEntity());
    }
    var sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.start(), b.start()));
    return new Found(entities, sorted, acronyms);
  }

  // --- acronyms defined in the text -------------------------------------------------------------

  private void acronyms(Sentence s) {
    if (s.text().indexOf('(') < 0) return; // both patterns need one
    // "DACA (Deferred Action on Childhood Arrivals)": the expansion after the acronym
    Matcher first = ACRONYM_FIRST.matcher(s.text());
    while (first.find()) {
      String expansion = expansion(first.group(2), first.group(1));
      if (expansion != null && expansion.equals(first.group(2))) {
        acronyms.add(new Acronym(first.group(1), expansion, s.index(), first.start(), first.end()));
      }
    }
    Matcher m = ACRONYM.matcher(s.text());
    while (m.find()) {
      String acronym = m.group(1).replace(".", "");
      String before = s.text().substring(0, m.start()).stripTrailing();
      String expansion = expansion(before, acronym);
      if (expansion == null) continue;
      int start = m.start() - (m.start() - before.length()) - expansion.length();
      acronyms.add(new Acronym(acronym, expansion, s.index(), start, m.end()));
      Gazetteer.Known known = gazetteer.lookup(acronym);
      if (known == null) known = gazetteer.lookup(expansion);
      boolean organisation = known != null || ORG_HEADS.contains(lastWord(expansion));
      if (!organisation) continue; // a programme or a phrase ("continuing resolution"): an acronym fact only
      int d = draftFor(known != null ? known.name() : expansion, known != null ? known.kind() : EntityKind.ORGANIZATION);
      drafts.get(d).name = expansion;
      drafts.get(d).aliases.add(acronym);
      if (known != null) drafts.get(d).aliases.addAll(known.aliases());
      claim(s, start, start + expansion.length(), d);
      claim(s, m.start(1), m.end(1), d);
    }
  }

  /** The words before "(CSTO)" whose initials spell it; small words may be skipped ("of", "for", "on"). */
  static String expansion(String before, String acronym) {
    String[] words = before.split(" ");
    int need = acronym.length();
    int w = words.length - 1;
    int a = need - 1;
    int first = -1;
    while (w >= 0 && a >= 0) {
      String word = Regex.replaceAll(words[w], "^[\"'(]+", "");
      if (word.isEmpty()) return null;
      char initial = Character.toUpperCase(word.charAt(0));
      if (initial == acronym.charAt(a)) {
        // a hyphenated word may give two letters: "Moscow-led" does not, but "Non-Proliferation" might
        a--;
        first = w;
      } else if (!Regex.matches(word, "(?i)of|for|on|and|the|in|to|de|du|la")) {
        return null;
      }
      w--;
    }
    if (a >= 0 || first < 0) return null;
    String result = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    return Regex.replaceAll(result, "^[\"'(]+", "");
  }

  private static String lastWord(String phrase) {
    return phrase.substring(phrase.lastIndexOf(' ') + 1);
  }

  // --- gazetteer names ------------------------------------------------------------------------

  private void known(Sentence s) {
    List<Token> toks = s.tokens();
    int[] own = owner.get(s.index());
    for (int i = 0; i < toks.size(); i++) {
      if (own[i] >= 0 || !toks.get(i).isCapitalised() || !gazetteer.mayStartPhrase(toks.get(i).text())) continue;
      for (int len = Math.min(gazetteer.longestPhrase(), toks.size() - i); len >= 1; len--) {
        if (!free(own, i, i + len)) continue;
        String phrase = s.tokenSpan(i, i + len);
        Gazetteer.Known k = gazetteer.lookup(phrase);
        if (k == null || !toks.get(i + len - 1).isCapitalised() && !phrase.endsWith(".")) continue;
        if (len == 1 && phrase.equals("House") && i + 1 < toks.size() && toks.get(i + 1).isCapitalised()
            && !toks.get(i + 1).is("PROPN")) {
          continue;
        }
        boolean demonym = gazetteer.isDemonym(phrase) && !k.name().equalsIgnoreCase(phrase) && !k.aliases().contains(phrase);
        if (k.kind() == EntityKind.COUNTRY && demonym) {
          // "Russian", "Libyan": a reference to the country, kept apart from naming it.
          int d = draftFor(k.name(), k.kind());
          claimTokens(s, i, i + len, d, false);
        } else {
          int d = draftFor(k.name(), k.kind());
          if (!phrase.equalsIgnoreCase(k.name())) drafts.get(d).aliases.add(phrase);
          claimTokens(s, i, i + len, d, true);
        }
        i += len - 1;
        break;
      }
    }
  }

  // --- people introduced by a title -----------------------------------------------------------

  private void titledPeople(Sentence s) {
    List<Token> toks = s.tokens();
    int[] own = owner.get(s.index());
    for (int i = 0; i < toks.size(); i++) {
      int titleEnd = titleAt(s, i);
      if (titleEnd < 0) continue;
      int j = titleEnd;
      if (j < toks.size() && HONORIFICS.contains(toks.get(j).text())) j++;
      int nameEnd = j;
      while (nameEnd < toks.size() && nameEnd - j < 4 && own[nameEnd] < 0
          && (isNameToken(s, nameEnd) || nameEnd > j && continuesName(s, nameEnd)) && titleAt(s, nameEnd) < 0) {
        nameEnd++;
      }
      if (nameEnd == j) continue;
      String name = s.tokenSpan(j, nameEnd);
      int roleStart = roleStart(s, i);
      String role = roleText(s, roleStart, titleEnd);
      int d = personFor(name);
      Draft p = drafts.get(d);
      if (role != null && (p.role == null || betterRole(role, p.role))) p.role = role;
      if (p.country == null) p.country = countryIn(s, roleStart, titleEnd);
      claimTokens(s, j, nameEnd, d, true);
      i = nameEnd - 1;
    }
  }

  /** The end of a title that starts at token i (longest of up to four words), or -1. */
  private int titleAt(Sentence s, int i) {
    List<Token> toks = s.tokens();
    if (!gazetteer.mayStartTitle(toks.get(i).text())) return -1;
    for (int len = Math.min(4, toks.size() - i); len >= 1; len--) {
      String phrase = s.tokenSpan(i, i + len);
      if (gazetteer.isTitle(phrase)) {
        // lower-case single words ("president", "member") count only right before a capitalised name
        if (!toks.get(i).isCapitalised() && len == 1 && !Regex.matches(phrase, "fellow|director|member|chief|leader|president|senator")) return -1;
        return i + len;
      }
    }
    return -1;
  }

  private boolean isNameToken(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) return false;
    if (NOT_NAMES.contains(t.text()) || SPEECH.contains(t.text().toLowerCase(Locale.ROOT))) return false;
    if (t.text().endsWith(".") && t.text().length() > 2) return false;
    return t.is("PROPN") || Regex.matches(t.text(), "\\p{Lu}\\.") || t.text().contains("-") || t.is("NOUN") || t.is("ADJ");
  }

  /** Inside a name, any capitalised word continues it ("Kim Jong Un", whatever its tag). */
  private boolean continuesName(Sentence s, int i) {
    Token t = s.tokens().get(i);
    return t.isCapitalised() && Regex.matches(t.text(), "\\p{Lu}\\p{L}*") && !NOT_NAMES.contains(t.text())
        && gazetteer.lookup(t.text()) == null;
  }

  private int roleStart(Sentence s, int titleStart) {
    List<Token> toks = s.tokens();
    int k = titleStart;
    while (k > 0) {
      Token prev = toks.get(k - 1);
      String w = prev.text();
      boolean modifier = ROLE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) && (prev.isCapitalised() || !w.equals("foreign"));
      boolean capitalised = prev.isCapitalised() && !NOT_NAMES.contains(w) && !SPEECH.contains(w.toLowerCase(Locale.ROOT))
          && (prev.is("PROPN") || prev.is("ADJ") || prev.is("NOUN") || w.equals("U.S.") || Regex.matches(w, "\\p{Lu}{2,6}"))
          && !(k - 1 == 0 && (w.equals("The") || w.equals("A")));
      boolean party = w.equals("Democratic") || w.equals("Republican") || w.equals("Congressional");
      if (w.equals("'s") && k >= 2 && owner.get(s.index())[k - 2] >= 0
          && drafts.get(owner.get(s.index())[k - 2]).kind == EntityKind.COUNTRY) {
        k -= 2; // "North Korea's leader"
        continue;
      }
      if (!(modifier || capitalised || party)) break;
      // a person's name is not part of the next person's role
      if (owner.get(s.index())[k - 1] >= 0 && drafts.get(owner.get(s.index())[k - 1]).kind == EntityKind.PERSON) break;
      k--;
    }
    return k;
  }

  private String roleText(Sentence s, int start, int titleEnd) {
    String role = s.tokenSpan(start, titleEnd);
    role = Regex.replaceAll(role, "\\s+(Rep\\.|Sen\\.|Gov\\.|Gen\\.)$", "");
    role = switch (role) {
      case "Rep." -> "Representative";
      case "Sen." -> "Senator";
      case "Gov." -> "Governor";
      case "Gen." -> "General";
      default -> role;
    };
    if (role.equals("Mr.") || role.equals("Mrs.") || role.equals("Ms.")) return null;
    return role;
  }

  private static boolean betterRole(String candidate, String current) {
    if (candidate.toLowerCase(Locale.ROOT).startsWith("former")) return false;
    return candidate.split(" ").length > current.split(" ").length;
  }

  private String countryIn(Sentence s, int from, int to) {
    int[] own = owner.get(s.index());
    for (int i = from; i < to; i++) {
      if (own[i] >= 0 && drafts.get(own[i]).kind == EntityKind.COUNTRY) return drafts.get(own[i]).name;
    }
    for (int i = from; i < to; i++) {
      Gazetteer.Known k = gazetteer.lookup(s.tokens().get(i).text());
      if (k != null && k.kind() == EntityKind.COUNTRY) return k.name();
    }
    return null;
  }

  // --- organisations, news outlets and facilities by their head words ---------------------------

  private void headWords(Sentence s) {
    List<Token> toks = s.tokens();
    int[] own = owner.get(s.index());
    int i = 0;
    while (i < toks.size()) {
      if (own[i] >= 0 || !toks.get(i).isCapitalised() || !Character.isLetter(toks.get(i).text().charAt(0))
          || NOT_NAMES.contains(toks.get(i).text())) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < toks.size() && own[end] < 0) {
        Token t = toks.get(end);
        if (t.isCapitalised() && Character.isLetterOrDigit(t.text().charAt(0)) && !NOT_NAMES.contains(t.text())) {
          end++;
        } else if ((t.text().equals("of") || t.text().equals("for")) && end + 1 < toks.size()
            && toks.get(end + 1).isCapitalised() && own[end + 1] < 0) {
          end += 2;
        } else {
          break;
        }
      }
      String run = s.tokenSpan(i, end);
      String lastToken = toks.get(end - 1).text();
      boolean orgHead = false;
      for (int k = i; k < end; k++) if (ORG_HEADS.contains(toks.get(k).text())) orgHead = true;
      String after = s.text().substring(toks.get(end - 1).end()).stripLeading().toLowerCase(Locale.ROOT);
      String facilityHead = null;
      for (String h : FACILITY_HEADS) {
        if (after.startsWith(h) && (after.length() == h.length() || !Character.isLetter(after.charAt(h.length())))
            && (facilityHead == null || h.length() > facilityHead.length())) {
          facilityHead = h;
        }
      }
      if (CAPITAL_FACILITY_HEADS.contains(lastToken) && end - i >= 2) {
        int d = draftFor(run, EntityKind.FACILITY);
        claimTokens(s, i, end, d, true);
        located(s, end, d);
      } else if (facilityHead != null && end - i <= 3) {
        int headEnd = end;
        int covered = toks.get(end - 1).end() + (s.text().substring(toks.get(end - 1).end()).length() - s.text().substring(toks.get(end - 1).end()).stripLeading().length()) + facilityHead.length();
        while (headEnd < toks.size() && toks.get(headEnd).end() <= covered) headEnd++;
        String name = s.tokenSpan(i, headEnd);
        int d = draftFor(name, EntityKind.FACILITY);
        drafts.get(d).aliases.add(run);
        claimTokens(s, i, headEnd, d, true);
        located(s, headEnd, d);
      } else if (orgHead && ORG_HEADS.contains(lastToken) || orgHead && end - i >= 3) {
        int d = draftFor(run, EntityKind.ORGANIZATION);
        claimTokens(s, i, end, d, true);
      } else if (after.startsWith("news agency") || after.startsWith("tv channel") || after.startsWith("newspaper")
          || after.startsWith("television")) {
        int d = draftFor(run, EntityKind.MEDIA);
        claimTokens(s, i, end, d, true);
      }
      i = end;
    }
  }

  /** "... power station in Japan": where a facility is. */
  private void located(Sentence s, int after, int facility) {
    List<Token> toks = s.tokens();
    if (after + 1 < toks.size() && toks.get(after).text().equals("in")) {
      int o = owner.get(s.index())[after + 1];
      if (o >= 0 && (drafts.get(o).kind == EntityKind.COUNTRY || drafts.get(o).kind == EntityKind.PLACE)) {
        drafts.get(facility).location = drafts.get(o).name;
      }
    }
  }

  // --- people by name alone -------------------------------------------------------------------

  private void namedPeople(Sentence s) {
    List<Token> toks = s.tokens();
    int[] own = owner.get(s.index());
    for (int i = 0; i < toks.size(); i++) {
      boolean honorific = HONORIFICS.contains(toks.get(i).text());
      int start = honorific ? i + 1 : i;
      if (start >= toks.size() || own[start] >= 0 || !isNameToken(s, start)) continue;
      int end = start;
      while (end < toks.size() && end - start < 4 && own[end] < 0
          && (isNameToken(s, end) || end > start && continuesName(s, end)) && titleAt(s, end) < 0) {
        end++;
      }
      int length = end - start;
      if (length < 2) continue;
      String first = toks.get(start).text();
      boolean given = gazetteer.isGivenName(first);
      boolean speaks = end < toks.size() && SPEECH.contains(toks.get(end).text().toLowerCase(Locale.ROOT))
          || start >= 1 && SPEECH.contains(toks.get(start - 1).text().toLowerCase(Locale.ROOT))
          || end + 1 < toks.size() && toks.get(end).text().equals(",") && Regex.matches(toks.get(end + 1).text(), "the|a|an");
      // two or three names right before a past-tense verb: "Kylian Mbappe became", "Lionel Messi scored"
      boolean acts = end < toks.size() && length <= 3 && toks.get(end).is("VERB")
          && (toks.get(end).text().endsWith("ed") || ClauseFinder.IRREGULAR_PAST.contains(toks.get(end).text()))
          && gazetteer.lookup(s.tokenSpan(start, end)) == null
          // shaped like a name ("Kylian Mbappe", not "Rival BYD"), and not just the capital of a sentence's first word
          && (start > 0 || given) && Regex.matches(s.tokenSpan(start, end), "\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+){1,2}");
      if (!(given || speaks || honorific || acts)) continue;
      String name = s.tokenSpan(start, end);
      int d = personFor(name);
      claimTokens(s, start, end, d, true);
      i = end - 1;
    }
  }

  private static final Pattern APPOSITION = Pattern.compile("^, (?:the |a |an )?([^,;\"()]{3,90}?)(?:,|;|\\.$| and | who |$)");

  private void appositions(Sentence s) {
    for (Mention m : List.copyOf(mentions)) {
      if (m.sentence() != s.index()) continue;
      Draft p = drafts.get(m.entity());
      if (p.kind != EntityKind.PERSON || p.role != null) continue;
      if (insideQuote(s.text(), m.start())) continue; // "Kim Young Chol, the Vice Chairman" in a tweet is not the article's word
      Matcher a = APPOSITION.matcher(s.text().substring(m.end()));
      if (!a.find()) continue;
      String phrase = a.group(1).strip();
      String[] words = phrase.split(" ");
      boolean titled = false;
      for (int w = 0; w < Math.min(4, words.length) && !titled; w++) {
        for (int len = 1; len <= 3 && w + len <= words.length; len++) {
          String cand = String.join(" ", java.util.Arrays.copyOfRange(words, w, w + len));
          if (gazetteer.isTitle(cand) && !cand.equalsIgnoreCase("member")) titled = true;
        }
      }
      if (titled && words.length <= 10) {
        p.role = phrase.replace("the powerful ", "the ");
        if (p.country == null) {
          for (String w : words) {
            Gazetteer.Known k = gazetteer.lookup(w.replace("'s", ""));
            if (k != null && k.kind() == EntityKind.COUNTRY) p.country = k.name();
          }
        }
      }
    }
  }

  private static final Pattern PARTY_APPOSITION = Pattern.compile(
      "^, an? (?:([A-Z][a-z]+(?: [A-Z][a-z]+)?) )?(Republican|Democrat)(?: from ([A-Z][a-z]+(?: [A-Z][a-z]+)?))?\\b");
  private static final Pattern OF_STATE = Pattern.compile("^ of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b");
  private static final Pattern FROM_STATE = Pattern.compile("^, an? [^,;\"]{0,80}? from ([A-Z][a-z]+(?: [A-Z][a-z]+)?)[,.]");

  /** "Virginia Republican Scott Taylor", "Ed Royce, a Republican from California", "Joe Crowley of New York". */
  private void partiesAndStates(Sentence s) {
    List<Token> toks = s.tokens();
    int[] own = owner.get(s.index());
    for (Mention m : List.copyOf(mentions)) {
      if (m.sentence() != s.index()) continue;
      Draft p = drafts.get(m.entity());
      if (p.kind != EntityKind.PERSON) continue;
      if (p.role != null && p.party == null) {
        if (p.role.contains("Republican")) p.party = "Republican";
        if (p.role.contains("Democrat")) p.party = "Democrat";
      }
      int first = s.tokenAt(m.start());
      if (first >= 1) {
        String before = toks.get(first - 1).text();
        if (Regex.matches(before, "Republican|Democrat|Democratic")) {
          if (p.party == null) p.party = before.startsWith("Democrat") ? "Democrat" : "Republican";
          if (first >= 2 && own[first - 2] >= 0 && isState(drafts.get(own[first - 2]).name) && p.home == null) p.home = drafts.get(own[first - 2]).name;
        }
      }
      String after = s.text().substring(m.end());
      Matcher a = PARTY_APPOSITION.matcher(after);
      if (a.find()) {
        if (p.party == null) p.party = a.group(2);
        String state = a.group(1) != null ? a.group(1) : a.group(3);
        if (state != null && isState(state) && p.home == null) p.home = state;
      }
      Matcher from = FROM_STATE.matcher(after);
      if (from.find() && p.home == null && isState(from.group(1))) p.home = from.group(1); // "Davila, a 19-year-old ... from Texas,"
      Matcher o = OF_STATE.matcher(after);
      if (o.find() && p.home == null) {
        String state = isState(o.group(1)) ? o.group(1) : o.group(1).contains(" ") && isState(o.group(1).split(" ")[0]) ? o.group(1).split(" ")[0] : null;
        if (state != null) p.home = state;
      }
    }
  }

  private boolean isState(String name) {
    Gazetteer.Known k = gazetteer.lookup(name);
    return k != null && k.kind() == EntityKind.PLACE && k.demonyms().contains("state") && k.name().equals(name);
  }

  static boolean insideQuote(String text, int offset) {
    int quotes = 0;
    for (int i = 0; i < offset; i++) if (text.charAt(i) == '"') quotes++;
    return quotes % 2 == 1;
  }

  // --- later mentions by surname --------------------------------------------------------------

  private void backReferences(Sentence s) {
    List<Token> toks = s.tokens();
    int[] own = owner.get(s.index());
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (own[i] >= 0 || !t.isCapitalised() || NOT_NAMES.contains(t.text())) continue;
      int best = -1;
      int candidates = 0;
      for (int d = 0; d < drafts.size(); d++) {
        Draft p = drafts.get(d);
        if (p.kind != EntityKind.PERSON || !p.name.contains(" ")) continue;
        String[] parts = p.name.split(" ");
        boolean surname = parts[parts.length - 1].equals(t.text());
        // East Asian names put the family name first: "Ban" for Ban Ki-moon, "Kim" for Kim Yong Chol
        boolean familyFirst = parts[0].equals(t.text()) && (parts[parts.length - 1].contains("-") || parts.length == 3)
            && !gazetteer.isGivenName(parts[0]) || parts[0].equals("Kim") && t.text().equals("Kim");
        if (surname || familyFirst) {
          candidates++;
          if (best < 0 || p.lastMention > drafts.get(best).lastMention) best = d;
        }
      }
      if (best < 0) continue;
      if (candidates > 1) ambiguous.add(t.text().toLowerCase(Locale.ROOT));
      drafts.get(best).aliases.add(t.text());
      claimTokens(s, i, i + 1, best, true);
    }
  }

  /** A bare title ("Secretary General") gets the qualifier the article gives it elsewhere ("UN secretary-general"). */
  private void qualifyRoles() {
    String text = article.text();
    for (Draft p : drafts) {
      if (p.kind != EntityKind.PERSON || p.role == null) continue;
      if (!gazetteer.isTitle(p.role)) continue;
      String title = Pattern.quote(p.role).replace(" ", "\\E[- ]\\Q");
      for (Draft org : drafts) {
        if (org.kind != EntityKind.ORGANIZATION) continue;
        var forms = new ArrayList<String>(org.aliases);
        forms.add(org.name);
        for (String form : forms) {
          if (!mayBeFollowedBy(text, form, p.role)) continue; // what the pattern needs, checked without building it
          Matcher m = Regex.of("\\b" + Pattern.quote(form) + " (?i:" + title + ")\\b").matcher(text);
          if (m.find()) {
            p.role = form + " " + p.role;
            break;
          }
        }
        if (!gazetteer.isTitle(p.role)) break;
      }
    }
  }

  /**
   * Whether {@code form}, a space and the first word of {@code title} (in any case) appear together in
   * the text: what the pattern of {@link #qualifyRoles} needs before it can match. Unicode case
   * folding lets through all that the pattern's ASCII one matches, and perhaps more.
   */
  static boolean mayBeFollowedBy(String text, String form, String title) {
    int space = title.indexOf(' ');
    String firstWord = space < 0 ? title : title.substring(0, space);
    String lead = form + " ";
    for (int at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      if (text.regionMatches(true, at + lead.length(), firstWord, 0, firstWord.length())) return true;
    }
    return false;
  }

  // --- bookkeeping ----------------------------------------------------------------------------

  private int draftFor(String name, EntityKind kind) {
    for (int d = 0; d < drafts.size(); d++) {
      Draft x = drafts.get(d);
      if (x.kind == kind && (x.name.equalsIgnoreCase(name) || x.aliases.stream().anyMatch(name::equalsIgnoreCase))) return d;
    }
    drafts.add(new Draft(name, kind));
    return drafts.size() - 1;
  }

  /** The person a name is: a known one when it is their full name or its end ("Ryan" for Paul Ryan). */
  private int personFor(String name) {
    for (int d = 0; d < drafts.size(); d++) {
      Draft x = drafts.get(d);
      if (x.kind != EntityKind.PERSON) continue;
      if (x.name.equals(name) || x.aliases.contains(name)) return d;
      if (x.name.endsWith(" " + name)) {
        x.aliases.add(name);
        return d;
      }
      if (name.endsWith(" " + x.name) || name.contains(" ") && !x.name.contains(" ") && name.endsWith(x.name)) {
        x.aliases.add(x.name);
        x.name = name;
        return d;
      }
    }
    drafts.add(new Draft(name, EntityKind.PERSON));
    return drafts.size() - 1;
  }

  private static boolean free(int[] own, int from, int to) {
    for (int i = from; i < to; i++) if (own[i] >= 0) return false;
    return true;
  }

  private void claim(Sentence s, int start, int end, int draft) {
    int from = s.tokenCovering(start);
    if (from < 0) return;
    int to = from;
    while (to < s.tokens().size() && s.tokens().get(to).start() < end) to++;
    claimTokens(s, from, to, draft, true);
  }

  private void claimTokens(Sentence s, int from, int to, int draft, boolean mention) {
    int[] own = owner.get(s.index());
    for (int i = from; i < to; i++) own[i] = draft;
    drafts.get(draft).lastMention = s.index() * 1000 + from;
    int start = s.tokens().get(from).start();
    int end = s.tokens().get(to - 1).end();
    if (mention) mentions.add(new Mention(draft, s.index(), start, end, s.span(start, end)));
    else mentions.add(new Mention(draft, s.index(), start, end, s.span(start, end)));
  }
}
