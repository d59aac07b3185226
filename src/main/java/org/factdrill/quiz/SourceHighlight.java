package org.factdrill.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Where a question's answer appears in its source sentence, so feedback can highlight it. Matches
 * ignore case and diacritics; the answer's accepted forms are tried too ("17 March" for March 17).
 */
public final class SourceHighlight {
  /** [start, end) in the sentence. */
  public record Span(int start, int end) {}

  private SourceHighlight() {}

  public static List<Span> spans(Question q) {
    String sentence = q.source().text();
    List<String> wanted = q.visit(new Question.Visitor<List<String>>() {
      @Override
      public List<String> multipleChoice(MultipleChoice mc) {
        return withAccepted(mc.answer(), mc.accept());
      }

      @Override
      public List<String> multiSelect(MultiSelect ms) {
        return ms.answers();
      }

      @Override
      public List<String> shortAnswer(ShortAnswer sa) {
        return withAccepted(sa.answer(), sa.accept());
      }

      @Override
      public List<String> trueFalse(TrueFalse tf) {
        return List.of();
      }

      @Override
      public List<String> ordering(Ordering o) {
        return o.answers();
      }

      @Override
      public List<String> matching(Matching m) {
        var all = new ArrayList<>(m.lefts());
        all.addAll(m.rights());
        return all;
      }
    });
    String folded = fold(sentence);
    var spans = new ArrayList<Span>();
    for (String w : wanted) {
      String f = fold(w);
      if (f.isBlank()) continue;
      int from = 0;
      for (int at = folded.indexOf(f, from); at >= 0; at = folded.indexOf(f, from)) {
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
        int end = at + f.length();
        boolean wordEnd = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
        if (wordStart && wordEnd) spans.add(new Span(at, end));
        from = at + 1;
      }
    }
    return merge(spans);
  }

  private static List<String> withAccepted(String answer, List<String> accept) {
    var all = new ArrayList<String>();
    all.add(answer);
    all.addAll(accept);
    return all;
  }

  /**
   * Lower case without diacritics, hyphens as spaces ("Ki-moon" finds "Ki moon"), keeping one char
   * per char so that positions stay those of the sentence.
   */
  static String fold(String s) {
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '-' || s.charAt(i) == '‐' || s.charAt(i) == '–') {
        out.append(' ');
        continue;
      }
      String c = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      out.append(c.length() == 1 ? c.toLowerCase(Locale.ROOT).charAt(0) : s.charAt(i));
    }
    return out.toString();
  }

  private static List<Span> merge(List<Span> spans) {
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    var out = new ArrayList<Span>();
    for (Span s : spans) {
      if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
