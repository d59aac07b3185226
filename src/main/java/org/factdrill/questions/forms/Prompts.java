package org.factdrill.questions.forms;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last check of a prompt before it becomes a question: it stands alone (no pronoun or "this"
 * left, no crutch such as "named in the article"), no clause is cut in the middle, brackets and
 * quotes are balanced, it is not too long to read at a glance, and it does not hold its answer.
 */
public final class Prompts {
  private Prompts() {}

  private static final Pattern DANGLING = Pattern.compile(
      "(?i).*\\b(of|to|the|a|an|and|or|but|which|that|who|whom|whose|in|for|with|by|on|at|from|as|than|its|their|his|her|is|was|were|are"
          + "|since|into|onto|over|under|after|before|like|despite|whether|if|present|about|because|via|through|during|between"
          + "|among|per|including|against|toward|towards|within|without|while|where|when|whose|st|mr|mrs|ms|dr)\\s*[?.]$");
  /**
   * Words that never stand alone in a question. Third-person pronouns are left by the phrasing only
   * where the question itself names their referent ("Who made his breakthrough in 2004?").
   */
  private static final Pattern LEFT_PRONOUN = Pattern.compile(
      ".*\\b(this|these|those|we|us|our|me|my|you|your)\\b.*|^(This|These|Those|We|Our|My|You|Your)\\b.*"); // not "US"
  private static final Pattern OPENING_PRONOUN = Pattern.compile("(?i)^(he|she|it|they|him|her|them|his|its|their)\\b.*");

  /** The same words twice in a row ("moved to moved to"): an editing slip in the source. */
  private static final Pattern REPEATED = Pattern.compile("(?i).*\\b(\\w+ \\w+) \\1\\b.*");
  /** "a contract worth to ...": "worth" whose figure the parse left out. */
  private static final Pattern WORTH_NOTHING = Pattern.compile("(?i).*\\bworth\\b(?!\\s+(about |around |up to |some |nearly |almost |more than |over |at least )?([$£€¥]|US\\$|____|\\d)).*");

  /** "Farouk, 52 leading": an age set off by one comma only, the other lost when the clause was cut. */
  private static final Pattern OPEN_AGE = Pattern.compile(".*(\\p{Lu}\\p{L}+|____), \\d{1,3} \\p{Ll}.*");

  /** "The studio's 1950 film starring Ann Lee, is being remade": one comma between subject and verb, the aside's other half lost. */
  private static final Pattern SPLIT_SUBJECT = Pattern.compile(
      "^(True or false: )?[^,]+, (is|are|was|were|has|have|had|will|would|can|could|did|does)\\s.*");

  public static boolean acceptable(String prompt, String answer) {
    if (OPEN_AGE.matcher(prompt == null ? "" : prompt).matches()) return false;
    if (SPLIT_SUBJECT.matcher(prompt).matches()) return false;
    if (prompt == null || prompt.length() > 200) return false;
    if (REPEATED.matcher(prompt).matches() || WORTH_NOTHING.matcher(prompt).matches()) return false;
    String lower = prompt.toLowerCase(Locale.ROOT);
    if (lower.contains("named in the article") || lower.contains("according to the article")) return false;
    if (DANGLING.matcher(prompt).matches()) return false;
    String body = prompt.startsWith("True or false: ") ? prompt.substring(15) : prompt;
    if (LEFT_PRONOUN.matcher(body.replace("____", "")).matches() || OPENING_PRONOUN.matcher(body).matches()) return false;
    if (count(prompt, '"') % 2 != 0 || count(prompt, '(') != count(prompt, ')')) return false;
    if (prompt.split("\\s+").length < 5 || prompt.split("\\s+").length > 32) return false;
    if (answer != null && answer.length() > 2 && lower.contains(answer.toLowerCase(Locale.ROOT)) && !prompt.startsWith("True or false")) {
      return false;
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }
}
