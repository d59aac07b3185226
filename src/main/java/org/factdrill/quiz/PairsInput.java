package org.factdrill.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.grading.Answer;
import org.factdrill.grading.AnswerParser;
import org.factdrill.questions.Matching;

/**
 * Reads matching input "1b 2a 3c": left items by number (in the question's order), right items by
 * letter (in the order shown). Used while {@link AnswerParser} does not read matching input itself.
 */
final class PairsInput {
  private static final Pattern PAIR = Pattern.compile("(\\d{1,2})\\s*[-:=]?\\s*([a-z])");

  private PairsInput() {}

  static AnswerParser.Result parse(Matching q, List<String> shown, String input) {
    String in = input.strip().toLowerCase(Locale.ROOT);
    int n = q.pairs().size();
    String usage = "pair every item 1–" + n + " with a letter a–" + (char) ('a' + shown.size() - 1) + ", e.g. \"1b 2a\"";
    var rightByLeft = new LinkedHashMap<String, String>();
    Matcher m = PAIR.matcher(in);
    int end = 0;
    while (m.find()) {
      if (!in.substring(end, m.start()).replaceAll("[\\s,;]", "").isEmpty()) return new AnswerParser.Result.Invalid(usage);
      int left = Integer.parseInt(m.group(1)) - 1;
      int right = m.group(2).charAt(0) - 'a';
      if (left < 0 || left >= n || right >= shown.size()) return new AnswerParser.Result.Invalid(usage);
      String leftText = q.lefts().get(left);
      if (rightByLeft.containsKey(leftText) || rightByLeft.containsValue(shown.get(right))) {
        return new AnswerParser.Result.Invalid("each item and each letter once: " + usage);
      }
      rightByLeft.put(leftText, shown.get(right));
      end = m.end();
    }
    if (!in.substring(end).isBlank() || rightByLeft.size() != n) return new AnswerParser.Result.Invalid(usage);
    var ordered = new LinkedHashMap<String, String>();
    for (String left : q.lefts()) ordered.put(left, rightByLeft.get(left));
    return new AnswerParser.Result.Parsed(new Answer.Pairs(ordered));
  }
}
