package org.factdrill.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.facts.EntityKind;
import org.factdrill.facts.Gazetteer;

/**
 * The automatic checks of DESIGN.md's quality bar (points 1 to 5) for generated questions: the
 * prompt reads as a question, the answer is grounded in the cited sentence, exactly one choice is
 * right, distractors are of the answer's kind and none is a form of the answer, the prompt does not
 * give the answer away, and the bank has no near-duplicates. Each problem is one line of text.
 */
public final class QualityChecks {
  private QualityChecks() {}

  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  /** Problems with a whole bank: each question's, then near-duplicate pairs. */
  public static List<String> problems(List<Question> questions, List<String> sentences) {
    var out = new ArrayList<String>();
    for (Question q : questions) {
      for (String p : problems(q, sentences)) out.add(q.id() + ": " + p);
    }
    for (int i = 0; i < questions.size(); i++) {
      for (int j = i + 1; j < questions.size(); j++) {
        if (Ranking.nearDuplicate(questions.get(i), questions.get(j))) {
          out.add(questions.get(i).id() + " and " + questions.get(j).id() + ": near-duplicates");
        }
      }
    }
    return out;
  }

  public static List<String> problems(Question q, List<String> sentences) {
    var out = new ArrayList<String>();
    String prompt = q.prompt();
    boolean instruction = prompt.startsWith("True or false: ") || prompt.startsWith("Match ") || prompt.startsWith("Put ");
    if (!prompt.endsWith("?") && !q.isCloze() && !instruction && !prompt.endsWith("(Select all that apply.)")) {
      out.add("prompt is neither a question nor a gap: " + prompt);
    }
    if (q.source().sentence() >= sentences.size() || !sentences.get(q.source().sentence()).equals(q.source().text())) {
      out.add("source sentence " + q.source().sentence() + " is not the article's");
      return out;
    }
    String source = q.source().text();
    String article = String.join(" ", sentences);
    q.visit(new Question.Visitor<Void>() {
      @Override
      public Void multipleChoice(MultipleChoice mc) {
        grounded(mc.answer(), mc.accept(), mc.kind(), source, article, out);
        notGivenAway(prompt, mc.answer(), out);
        long correct = mc.choices().stream().filter(c -> AnswerForms.sameAs(c, mc.answer(), mc.accept())).count();
        if (correct != 1) out.add(correct + " choices are forms of the answer \"" + mc.answer() + "\"");
        for (String c : mc.choices()) {
          if (!c.equals(mc.answer())) sameKind(c, mc.answer(), mc.kind(), out);
        }
        return null;
      }

      @Override
      public Void multiSelect(MultiSelect ms) {
        for (String a : ms.answers()) {
          grounded(a, List.of(), ms.kind(), source, article, out);
          notGivenAway(prompt, a, out);
        }
        for (String c : ms.choices()) {
          if (!ms.answers().contains(c)) {
            sameKind(c, ms.answers().get(0), ms.kind(), out);
            for (String a : ms.answers()) if (AnswerForms.sameAs(c, a, List.of())) out.add("wrong choice \"" + c + "\" is a form of answer \"" + a + "\"");
          }
        }
        return null;
      }

      @Override
      public Void shortAnswer(ShortAnswer sa) {
        grounded(sa.answer(), sa.accept(), sa.kind(), source, article, out);
        notGivenAway(prompt, sa.answer(), out);
        return null;
      }

      @Override
      public Void trueFalse(TrueFalse tf) {
        return null;
      }

      @Override
      public Void ordering(Ordering o) {
        for (String event : o.answers()) {
          String start = event.split(" ")[0].replaceAll("\\W", "");
          if (!article.toLowerCase(Locale.ROOT).contains(start.toLowerCase(Locale.ROOT))) out.add("event not in the article: " + event);
        }
        return null;
      }

      @Override
      public Void matching(Matching m) {
        for (Matching.Pair p : m.pairs()) {
          if (!containsWords(article, p.left())) out.add("matching item not in the article: " + p.left());
          if (!containsWords(article, p.right())) out.add("matching item not in the article: " + p.right());
        }
        return null;
      }
    });
    return out;
  }

  /** The answer, one of its accepted forms, or what it was derived from is in the cited sentence. */
  static void grounded(String answer, List<String> accept, String kind, String source, String article, List<String> out) {
    String s = source.toLowerCase(Locale.ROOT);
    if (s.contains(answer.toLowerCase(Locale.ROOT))) return;
    for (String a : accept) if (s.contains(a.toLowerCase(Locale.ROOT))) return;
    switch (kind) {
      case "date" -> {
        // a date named in the sentence, or reached from it ("Two days later")
        if (source.matches("(?s).*\\b(" + MONTHS + "|" + WEEKDAYS + ")\\b.*") || s.matches("(?s).*\\b(later|earlier|next day|following day|day after|day before)\\b.*")) return;
      }
      case "country" -> {
        Gazetteer.Known k = Gazetteer.get().lookup(answer);
        if (k != null) for (String d : k.demonyms()) if (source.contains(d)) return;
      }
      case "role" -> {
        // the title is in the sentence; its qualifier ("UN") may come from elsewhere in the article
        String title = answer.substring(answer.lastIndexOf(' ') + 1);
        if (s.contains(title.toLowerCase(Locale.ROOT)) && containsWords(article, answer)) return;
      }
      case "person" -> {
        String surname = answer.substring(answer.lastIndexOf(' ') + 1);
        String family = answer.split(" ")[0];
        if (source.contains(surname) || source.contains(family)) return;
      }
      default -> { }
    }
    out.add("answer \"" + answer + "\" is not in the cited sentence");
  }

  static void notGivenAway(String prompt, String answer, List<String> out) {
    if (answer.length() > 2 && java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(answer) + "(?![\\p{L}\\d])")
        .matcher(prompt).find()) {
      out.add("the prompt gives the answer \"" + answer + "\" away");
    }
  }

  /** A distractor looks like the same kind of thing as the answer. */
  static void sameKind(String choice, String answer, String kind, List<String> out) {
    boolean ok = switch (kind) {
      case "date" -> choice.matches("(" + MONTHS + ") \\d{1,2}(, \\d{4})?|(" + WEEKDAYS + ")|(" + MONTHS + ")? ?\\d{4}") == answer.matches(
          "(" + MONTHS + ") \\d{1,2}(, \\d{4})?|(" + WEEKDAYS + ")|(" + MONTHS + ")? ?\\d{4}");
      case "number" -> shape(choice).equals(shape(answer));
      case "document" -> choice.replaceAll("\\d+$", "").equals(answer.replaceAll("\\d+$", ""));
      case "country" -> known(choice, EntityKind.COUNTRY);
      case "person" -> choice.matches("[\\p{Lu}][\\p{L}'.-]*( [\\p{Lu}][\\p{L}'.-]*)+") && Gazetteer.get().lookup(choice) == null;
      case "organization" -> Character.isUpperCase(choice.charAt(0)) && !known(choice, EntityKind.COUNTRY) && !known(choice, EntityKind.PLACE);
      case "place" -> Character.isUpperCase(choice.charAt(0)) && !known(choice, EntityKind.ORGANIZATION);
      case "media" -> known(choice, EntityKind.MEDIA) || Character.isUpperCase(choice.charAt(0));
      case "role" -> {
        boolean titled = false;
        for (String w : choice.split(" ")) if (Gazetteer.get().isTitle(w)) titled = true;
        yield titled || choice.contains(" of ");
      }
      default -> true;
    };
    if (!ok) out.add("distractor \"" + choice + "\" is not a " + kind + " like \"" + answer + "\"");
  }

  private static boolean known(String name, EntityKind kind) {
    Gazetteer.Known k = Gazetteer.get().lookup(name);
    return k != null && k.kind() == kind;
  }

  /** "three-day" and "five-day" share a shape; so do "600,000" and "1,200,000", "second" and "third". */
  static String shape(String number) {
    String n = number.toLowerCase(Locale.ROOT);
    n = n.replaceAll("\\d[\\d,.]*", "#");
    n = n.replaceAll("\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\\b", "#");
    n = n.replaceAll("\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\\b", "#th");
    return n;
  }

  static boolean containsWords(String article, String phrase) {
    String a = article.toLowerCase(Locale.ROOT).replace('-', ' ');
    for (String w : phrase.toLowerCase(Locale.ROOT).replace('-', ' ').split(" ")) {
      if (!a.contains(w.replaceAll("'s$", ""))) return false;
    }
    return true;
  }
}
