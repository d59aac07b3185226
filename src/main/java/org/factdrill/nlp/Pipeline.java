package org.factdrill.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain.CorefMention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The one Stanford CoreNLP pipeline of a process: tokens, sentences, parts of speech, lemmas,
 * fine-grained entity types with SUTime's normalised dates and numbers, the neural dependency
 * parser and coreference. Built once (loading the models takes seconds), then shared by every
 * thread: CoreNLP's annotate is safe to call concurrently. Everything it finds is copied into
 * factdrill's own immutable types, so no other package sees CoreNLP.
 */
public final class Pipeline {
  /** The annotators, in order; coreference last, as it reads the parse and the entities. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

  private static volatile CompletableFuture<Pipeline> loading;

  private final StanfordCoreNLP nlp;

  private Pipeline(StanfordCoreNLP nlp) {
    this.nlp = nlp;
  }

  /** The settings, apart for tests and benchmarks that build the bare pipeline beside ours. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    // Hyphenated words and names stay one token ("Ki-moon", "three-day"); token text is read from the article itself.
    p.setProperty("tokenize.options", "splitHyphenated=false");
    // Paragraphs are separated by blank lines; a paragraph always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "true");
    // CoreNLP's own gazetteers for the fine-grained types, rewritten to be found by their words: the same
    // tags in under half the named-entity time (Gazetteers, BENCHMARKS.md)
    Gazetteers.mapping().ifPresent(m -> p.setProperty("ner.fine.regexner.mapping", m));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    // Two of CoreNLP's three statistical NER models: the third (MUC, 7 classes) adds dates, times, sums and
    // shares, which SUTime and the numeric classifiers tag on their own. Without it every bbc-dev, VOA and
    // seed bank is the same, question for question, for about 5% less NER time (BENCHMARKS.md).
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
        + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    // No document date: SUTime then leaves a year it cannot read as XXXX rather than inventing one.
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("coref.md.type", "dep");
    // Statistical coreference scores each mention against the 50 before it by default: most of its cost
    // is pairs further apart than a news story ties "he" or "the firm" to a name. 10 mentions back
    // (a string match reaches 100) keeps the ties the questions use at a third of the cost (BENCHMARKS.md).
    p.setProperty("coref.maxMentionDistance", "10");
    p.setProperty("coref.maxMentionDistanceWithStringMatch", "100");
    return p;
  }

  /** Starts loading the models on a thread of its own, if no one has; returns at once. */
  public static void preload() {
    if (loading == null) {
      synchronized (Pipeline.class) {
        if (loading == null) {
          loading = CompletableFuture.supplyAsync(() -> new Pipeline(new StanfordCoreNLP(properties())),
              r -> {
                Thread t = new Thread(r, "factdrill-models");
                t.setDaemon(true);
                t.start();
              });
        }
      }
    }
  }

  /** The shared pipeline, waiting for its models to load. */
  public static Pipeline get() {
    preload();
    try {
      return loading.join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ModelsUnavailableException("the language models could not be loaded (" + cause.getMessage() + ")", cause);
    }
  }

  /** Whether the models have finished loading (for the message shown while they load). */
  public static boolean isLoaded() {
    return loading != null && loading.isDone() && !loading.isCompletedExceptionally();
  }

  /**
   * Analyses an article given as its headline (or null) and its paragraphs. The headline is
   * analysed alone, so that coreference and sentence numbers cover the body only.
   */
  public AnalysedArticle analyse(String headline, List<String> paragraphs) {
    Sentence head = null;
    if (headline != null && !headline.isBlank()) {
      CoreDocument h = new CoreDocument(headline);
      partial(HEADLINE_ANNOTATORS).annotate(h);
      List<Sentence> hs = sentences(h, headline, List.of(0));
      if (!hs.isEmpty()) head = hs.get(0);
    }
    var text = new StringBuilder();
    var paragraphStarts = new ArrayList<Integer>();
    for (String p : withoutRunOns(paragraphs)) {
      if (text.length() > 0) text.append("\n\n");
      paragraphStarts.add(text.length());
      text.append(p);
    }
    String body = text.toString();
    CoreDocument doc = new CoreDocument(withQuotesTurned(body));
    nlp.annotate(doc);
    List<Sentence> sentences = sentences(doc, body, paragraphStarts);
    return new AnalysedArticle(head, sentences, chains(doc, sentences));
  }

  /**
   * The text with each straight double quote turned to the opening or closing one its place says
   * (opening at the start or after a space, bracket or dash). Told nothing, the tokenizer takes the
   * closing quote of '... a good year for rail." Harbour Rail opened ...' for an opening one and
   * starts the next sentence with it; that sentence is then parsed with the quote as its root and
   * read as a quotation. One character for one, so every offset still points into the article's own
   * text, which the tokens are read from. Single quotes stay: "NATO 'overstepping' the mandate"
   * parses better as it is.
   */
  static String withQuotesTurned(String text) {
    var out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) != '"') continue;
      char before = i == 0 ? ' ' : out.charAt(i - 1);
      boolean opening = Character.isWhitespace(before) || "([{\u2014\u2013-".indexOf(before) >= 0;
      out.setCharAt(i, opening ? '\u201C' : '\u201D');
    }
    return out.toString();
  }

  /**
   * Words, parts of speech and lemmas only: all that is read of a headline (its topic words and the
   * words a fact shares with it). The whole pipeline over each headline cost about 1% of a bulk run.
   */
  private static final String HEADLINE_ANNOTATORS = "tokenize,ssplit,pos,lemma";

  /** Tokenizing and sentence splitting only: cheap, no models; finds run-on "sentences". */
  private static final String SPLITTING = "tokenize,ssplit";

  /** Pipelines of fewer annotators, with the same settings, built once each (CoreNLP shares their models). */
  private static final Map<String, StanfordCoreNLP> PARTIAL = new java.util.concurrent.ConcurrentHashMap<>();

  private static StanfordCoreNLP partial(String annotators) {
    return PARTIAL.computeIfAbsent(annotators, a -> {
      Properties p = properties();
      p.setProperty("annotators", a);
      return new StanfordCoreNLP(p);
    });
  }

  /** A "sentence" longer than this is a list or a table run together, no place for a question. */
  static final int MAX_SENTENCE_TOKENS = 150;

  /**
   * The paragraphs without their run-on "sentences" (over {@value #MAX_SENTENCE_TOKENS} tokens):
   * statistical coreference compares every pair of mentions within a sentence, and one of 12,000
   * tokens (a page of text with no full stop) took it seven minutes. No question is asked of such a
   * sentence anyway (the clause finder reads none over 60 tokens).
   */
  static List<String> withoutRunOns(List<String> paragraphs) {
    StanfordCoreNLP splitter = partial(SPLITTING);
    var out = new ArrayList<String>();
    for (String paragraph : paragraphs) {
      CoreDocument d = new CoreDocument(paragraph);
      splitter.annotate(d);
      if (d.sentences().stream().allMatch(x -> x.tokens().size() <= MAX_SENTENCE_TOKENS)) {
        out.add(paragraph);
        continue;
      }
      var kept = new StringBuilder();
      for (CoreSentence x : d.sentences()) {
        if (x.tokens().size() > MAX_SENTENCE_TOKENS) continue;
        int from = x.tokens().get(0).beginPosition();
        int to = x.tokens().get(x.tokens().size() - 1).endPosition();
        if (kept.length() > 0) kept.append(' ');
        kept.append(paragraph, from, to);
      }
      if (kept.length() > 0) out.add(kept.toString());
    }
    return out;
  }

  private static List<Sentence> sentences(CoreDocument doc, String body, List<Integer> paragraphStarts) {
    var out = new ArrayList<Sentence>();
    Map<CoreSentence, Integer> indexOf = new IdentityHashMap<>();
    List<CoreSentence> cs = doc.sentences();
    for (int si = 0; si < cs.size(); si++) indexOf.put(cs.get(si), si);
    var mentionsBySentence = new ArrayList<List<Mention>>();
    for (int si = 0; si < cs.size(); si++) mentionsBySentence.add(new ArrayList<>());
    if (doc.entityMentions() != null) {
      for (CoreEntityMention em : doc.entityMentions()) {
        Integer si = indexOf.get(em.sentence());
        if (si == null || em.tokens().isEmpty()) continue;
        int start = em.tokens().get(0).index() - 1;
        int end = em.tokens().get(em.tokens().size() - 1).index();
        String normalized = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        CoreSentence s = cs.get(si);
        int begin = s.tokens().get(0).beginPosition();
        String text = body.substring(em.tokens().get(0).beginPosition(), em.tokens().get(em.tokens().size() - 1).endPosition());
        mentionsBySentence.get(si).add(new Mention(si, start, end, em.entityType(), text, normalized));
        if (begin < 0) continue;
      }
    }
    for (int si = 0; si < cs.size(); si++) {
      CoreSentence s = cs.get(si);
      List<CoreLabel> labels = s.tokens();
      int begin = labels.get(0).beginPosition();
      int end = labels.get(labels.size() - 1).endPosition();
      var tokens = new ArrayList<Token>(labels.size());
      for (CoreLabel l : labels) {
        String ner = l.ner() == null ? "O" : l.ner();
        String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        tokens.add(new Token(body.substring(l.beginPosition(), l.endPosition()), l.lemma() == null ? l.word() : l.lemma(),
            l.tag() == null ? "" : l.tag(), ner, normalized, l.beginPosition() - begin, l.endPosition() - begin));
      }
      var deps = new ArrayList<Dependency>();
      // The basic tree, one head per token: the enhanced graphs add edges (shared subjects, relative
      // pronouns) that would make subtrees overlap.
      SemanticGraph g = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord r : g.getRoots()) deps.add(new Dependency("root", -1, r.index() - 1));
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
      }
      int paragraph = 0;
      for (int p = 0; p < paragraphStarts.size(); p++) if (paragraphStarts.get(p) <= begin) paragraph = p;
      out.add(new Sentence(si, paragraph, body.substring(begin, end), tokens, deps, mentionsBySentence.get(si)));
    }
    return out;
  }

  private static List<CorefChain> chains(CoreDocument doc, List<Sentence> sentences) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> found = doc.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (found == null) return List.of();
    var out = new ArrayList<CorefChain>();
    for (edu.stanford.nlp.coref.data.CorefChain c : found.values()) {
      if (c.getMentionsInTextualOrder().size() < 2) continue;
      var ms = new ArrayList<Mention>();
      for (CorefMention m : c.getMentionsInTextualOrder()) ms.add(mention(m, sentences));
      out.add(new CorefChain(mention(c.getRepresentativeMention(), sentences), ms));
    }
    return out;
  }

  private static Mention mention(CorefMention m, List<Sentence> sentences) {
    int si = m.sentNum - 1;
    Sentence s = sentences.get(si);
    int start = m.startIndex - 1;
    int end = m.endIndex - 1;
    return new Mention(si, start, end, m.mentionType.toString(), s.text(start, end), null);
  }
}
