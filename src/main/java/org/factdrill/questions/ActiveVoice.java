package org.factdrill.questions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.nlp.Sentence;

/**
 * A passive verb group said in the active voice, for a question whose subject is the doer:
 * "was won" gives "won", "has been suspended" "has suspended", "will be played" "will play", "is
 * owned" "owns". The question word ("Who", "Which company") is singular, so the verb agrees with one.
 */
final class ActiveVoice {
  private ActiveVoice() {}

  private static final Set<String> MODALS = Set.of("will", "would", "can", "must", "shall");

  /**
   * Past participles that are not also the simple past. Every other verb's participle is its past
   * ("launched", "won", "made", "set up").
   */
  private static final Map<String, String> PAST = Map.ofEntries(
      Map.entry("written", "wrote"), Map.entry("given", "gave"), Map.entry("taken", "took"), Map.entry("chosen", "chose"),
      Map.entry("seen", "saw"), Map.entry("drawn", "drew"), Map.entry("beaten", "beat"), Map.entry("shown", "showed"),
      Map.entry("known", "knew"), Map.entry("broken", "broke"), Map.entry("spoken", "spoke"), Map.entry("stolen", "stole"),
      Map.entry("driven", "drove"), Map.entry("thrown", "threw"), Map.entry("begun", "began"), Map.entry("sung", "sang"),
      Map.entry("done", "did"), Map.entry("forgotten", "forgot"), Map.entry("hidden", "hid"), Map.entry("eaten", "ate"),
      Map.entry("ridden", "rode"), Map.entry("grown", "grew"), Map.entry("blown", "blew"), Map.entry("flown", "flew"),
      Map.entry("sworn", "swore"), Map.entry("torn", "tore"), Map.entry("worn", "wore"), Map.entry("overseen", "oversaw"),
      Map.entry("undertaken", "undertook"), Map.entry("overtaken", "overtook"), Map.entry("withdrawn", "withdrew"),
      Map.entry("forbidden", "forbade"), Map.entry("bitten", "bit"), Map.entry("shaken", "shook"), Map.entry("frozen", "froze"),
      Map.entry("woken", "woke"), Map.entry("mistaken", "mistook"), Map.entry("rewritten", "rewrote"),
      Map.entry("forgiven", "forgave"), Map.entry("foreseen", "foresaw"), Map.entry("outgrown", "outgrew"),
      Map.entry("proven", "proved"), Map.entry("sewn", "sewed"), Map.entry("sown", "sowed"), Map.entry("struck", "struck"));

  /** The active verb group of passive verb {@code v}, or null where it is not one of the plain forms. */
  static String of(Sentence s, int v) {
    List<Integer> pass = s.children(v, "aux:pass");
    if (pass.size() != 1) return null;
    String be = s.token(pass.get(0)).text().toLowerCase(Locale.ROOT);
    // "aux" alone: children(v, "aux") would count the passive's own "aux:pass" too
    List<Integer> aux = s.children(v).stream().filter(a -> s.relation(a).equals("aux")).toList();
    for (int a : aux) if (a > v || s.token(a).text().equalsIgnoreCase("to")) return null;
    String participle = s.token(v).text().toLowerCase(Locale.ROOT);
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    if (aux.isEmpty()) {
      return switch (be) {
        case "was", "were" -> PAST.getOrDefault(participle, participle);
        case "is", "are" -> present(lemma);
        default -> null;
      };
    }
    if (aux.size() != 1) return null;
    String helper = s.token(aux.get(0)).text().toLowerCase(Locale.ROOT);
    if (be.equals("been") && Set.of("has", "have", "had").contains(helper)) {
      return (helper.equals("had") ? "had " : "has ") + participle;
    }
    if (be.equals("be") && MODALS.contains(helper)) return helper + " " + lemma;
    return null;
  }

  /** Whether token {@code t} is an auxiliary of {@code v} ("was", "has been", "will be"), which the active group replaces. */
  static boolean auxiliary(Sentence s, int v, int t) {
    return s.head(t) == v && (s.relation(t).equals("aux") || s.relation(t).equals("aux:pass"));
  }

  /** "owns", "teaches", "carries": the present for one doer; null for the few irregular verbs. */
  private static String present(String lemma) {
    if (Set.of("be", "have", "do", "go").contains(lemma) || lemma.isEmpty()) return null;
    if (lemma.matches(".*(s|sh|ch|x|z|o)")) return lemma + "es";
    if (lemma.matches(".*[^aeiou]y")) return lemma.substring(0, lemma.length() - 1) + "ies";
    return lemma + "s";
  }
}
