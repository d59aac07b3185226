package org.factdrill.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One analysed sentence: its text, tokens, dependency parse and entity mentions, with the lookups
 * fact extraction needs (a token's head and relation, its children, the span its subtree covers).
 * Immutable; built by {@link Pipeline} so that nothing outside this package sees CoreNLP's types.
 */
public final class Sentence implements java.io.Serializable {
  private final int index;
  private final int paragraph;
  private final String text;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  private final List<Mention> mentions;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  public Sentence(int index, int paragraph, String text, List<Token> tokens, List<Dependency> dependencies, List<Mention> mentions) {
    this.index = index;
    this.paragraph = paragraph;
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
    this.mentions = List.copyOf(mentions);
    int n = tokens.size();
    head = new int[n];
    Arrays.fill(head, -2); // -2: not in the parse (the parser left it out), -1: the root
    relation = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) children.add(new ArrayList<>());
    for (Dependency d : dependencies) {
      if (d.dependent() < 0 || d.dependent() >= n) continue;
      head[d.dependent()] = d.head();
      relation[d.dependent()] = d.relation();
      if (d.head() >= 0 && d.head() < n) children.get(d.head()).add(d.dependent());
    }
    for (List<Integer> c : children) c.sort(null);
  }

  public int index() {
    return index;
  }

  public int paragraph() {
    return paragraph;
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  /** The token this one hangs from: -1 for the root, -2 when the parse left it out. */
  public int head(int token) {
    return head[token];
  }

  /** The dependency relation from the token to its head ("nsubj", "obj", "obl:tmod", ...); "root" for the root. */
  public String relation(int token) {
    String r = relation[token];
    return r == null ? "" : r;
  }

  public List<Integer> children(int token) {
    return children.get(token);
  }

  /** The children of a token whose relation is {@code rel} or starts with {@code rel + ":"}. */
  public List<Integer> children(int token, String rel) {
    var out = new ArrayList<Integer>();
    for (int c : children.get(token)) {
      String r = relation(c);
      if (r.equals(rel) || r.startsWith(rel + ":")) out.add(c);
    }
    return out;
  }

  public int root() {
    for (int i = 0; i < head.length; i++) if (head[i] == -1) return i;
    return -1;
  }

  /** Whether {@code token} lies in the subtree of {@code top} (itself included). */
  public boolean dominates(int top, int token) {
    for (int t = token, steps = 0; t >= 0 && steps <= head.length; t = head[t], steps++) {
      if (t == top) return true;
    }
    return false;
  }

  /** The tokens of a subtree, in sentence order. */
  public List<Integer> subtree(int top) {
    var out = new ArrayList<Integer>();
    for (int i = 0; i < head.length; i++) if (dominates(top, i)) out.add(i);
    return out;
  }

  /** The first and one-past-last token of a subtree, or null when the subtree has a hole in it. */
  public int[] contiguousSpan(int top) {
    List<Integer> s = subtree(top);
    int from = s.get(0);
    int to = s.get(s.size() - 1) + 1;
    return s.size() == to - from ? new int[] {from, to} : null;
  }

  /** The text of tokens [from, to) as written in the article. */
  public String text(int from, int to) {
    if (from >= to) return "";
    return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }

  /** The mention covering a token, or null. */
  public Mention mentionAt(int token) {
    for (Mention m : mentions) if (m.covers(token)) return m;
    return null;
  }

  /** Whether the sentence holds a quotation mark: speech and opinion, rarely a fact to test. */
  public boolean quotes() {
    for (Token t : tokens) {
      if (t.text().equals("\"") || t.pos().equals("``") || t.pos().equals("''")) return true;
    }
    return false;
  }

  @Override
  public String toString() {
    return index + ": " + text;
  }
}
