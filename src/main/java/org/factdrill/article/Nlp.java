package org.factdrill.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The OpenNLP models (sentences, tokens, parts of speech, lemmas) from the opennlp-models-*-en jars
 * on the class path. Models are loaded once, lazily, in parallel, and shared; the model objects are
 * thread-safe but the taggers are not, so each thread gets its own taggers over the shared models.
 */
public final class Nlp {
  private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /** The four models; built once by {@link #models()}. */
  private record Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos, GreedyTagger fastTagger) {}

  /** Lemmas are needed only for a few verbs when questions are phrased: loaded on first use. */
  private static volatile LemmatizerModel lemmaModel;

  private static LemmatizerModel lemmaModel() {
    LemmatizerModel m = lemmaModel;
    if (m != null) return m;
    synchronized (Nlp.class) {
      if (lemmaModel == null) lemmaModel = load(LEMMAS, LemmatizerModel::new);
      return lemmaModel;
    }
  }

  private static volatile Models models;

  // Built outside any class initialiser: the loader threads call back into this class, and a
  // class being initialised on one thread blocks every other thread that touches it.
  private static Models models() {
    Models m = models;
    if (m != null) return m;
    synchronized (Nlp.class) {
      if (models == null) {
        // Loading is most of a one-article run: read the models side by side.
        var pos = CompletableFuture.supplyAsync(() -> load(POS, POSModel::new));
        var tokens = CompletableFuture.supplyAsync(() -> load(TOKENS, TokenizerModel::new));
        var sentences = load(SENTENCES, SentenceModel::new);
        POSModel posModel = pos.join();
        MaxentModel maxent = maxentOf(posModel);
        GreedyTagger fast = maxent == null ? null : GreedyTagger.of(maxent, posModel.getFactory().getPOSContextGenerator(1));
        models = new Models(sentences, tokens.join(), posModel, fast);
      }
      return models;
    }
  }

  private interface Reader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, Reader<M> reader) {
    try (InputStream in = Nlp.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  private static final ThreadLocal<Nlp> PER_THREAD = ThreadLocal.withInitial(Nlp::new);

  /** This thread's taggers over the shared models (loading them on first use). */
  public static Nlp get() {
    return PER_THREAD.get();
  }

  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  /** Greedy (beam of one) decoding over the tagger's own model: same tags on news text, a third less work. */
  private final BeamSearch greedy;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final GreedyTagger fastTagger;
  private LemmatizerME lemmatizer;

  private Nlp() {
    Models m = models();
    sentenceDetector = new SentenceDetectorME(m.sentences());
    tokenizer = new TokenizerME(m.tokens());
    tagger = new POSTaggerME(m.pos(), POSTagFormat.UD);
    MaxentModel maxent = maxentOf(m.pos());
    greedy = maxent == null ? null : new BeamSearch(1, maxent);
    contexts = m.pos().getFactory().getPOSContextGenerator(1);
    validator = m.pos().getFactory().getSequenceValidator();
    fastTagger = m.fastTagger();
  }

  /** The classifier inside the model's beam search; null (and the full beam is used) if this OpenNLP hides it. */
  private static MaxentModel maxentOf(POSModel model) {
    try {
      Object sequence = model.getPosSequenceModel();
      if (!(sequence instanceof BeamSearch)) return null;
      java.lang.reflect.Field f = BeamSearch.class.getDeclaredField("model");
      f.setAccessible(true);
      return f.get(sequence) instanceof MaxentModel mm ? mm : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  public Span[] sentences(String text) {
    return sentenceDetector.sentPosDetect(text);
  }

  /**
   * Tokens of a sentence. A run of letters or digits between spaces is one token as it stands; the
   * model decides only the runs with punctuation in them ("Moscow's", "U.S.", "(CSTO)") -- what
   * OpenNLP's own alphanumeric optimisation does, for a model trained without it switched on.
   */
  public Span[] tokens(String sentence) {
    var out = new java.util.ArrayList<Span>();
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(sentence.charAt(i))) i++;
      int start = i;
      boolean plain = true;
      while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
        if (!Character.isLetterOrDigit(sentence.charAt(i))) plain = false;
        i++;
      }
      if (start == i) break;
      if (plain) {
        out.add(new Span(start, i));
      } else {
        int[] cuts = cuts(sentence.substring(start, i));
        for (int k = 0; k < cuts.length; k += 2) out.add(new Span(start + cuts[k], start + cuts[k + 1]));
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * The model's tokens of one run of characters between spaces, as start/end pairs. The model
   * decides each run on its own characters alone, and the same runs ("said.", "Moscow's", "U.S.")
   * come back again and again, so each run is decided once and remembered (up to a bound).
   */
  private int[] cuts(String run) {
    int[] cuts = CUTS.get(run);
    if (cuts != null) return cuts;
    Span[] spans = tokenizer.tokenizePos(run);
    cuts = new int[spans.length * 2];
    for (int k = 0; k < spans.length; k++) {
      cuts[2 * k] = spans[k].getStart();
      cuts[2 * k + 1] = spans[k].getEnd();
    }
    if (CUTS.size() < MAX_CUTS) CUTS.put(run, cuts);
    return cuts;
  }

  private static final java.util.Map<String, int[]> CUTS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CUTS = 100_000;

  public String[] tags(String[] tokens) {
    if (greedy == null || tokens.length == 0) return tagger.tag(tokens);
    if (fastTagger != null) {
      String[] fast = fastTagger.tag(tokens);
      if (fast != null) return fast;
    }
    return greedyTags(tokens);
  }

  /** Whether tags come from {@link GreedyTagger} (the bundled model is one it reproduces exactly). */
  boolean fastTagging() {
    return fastTagger != null;
  }

  /** The feature names the model's own generator gives token {@code i} (for checking {@link GreedyTagger}). */
  String[] modelFeatures(int i, String[] tokens, String[] previousTags) {
    return contexts.getContext(i, tokens, previousTags, new Object[0]);
  }

  /** OpenNLP's own greedy search: the reference {@link GreedyTagger} reproduces, and its fallback. */
  String[] greedyTags(String[] tokens) {
    if (greedy == null) return tagger.tag(tokens);
    Sequence best = greedy.bestSequence(tokens, new Object[0], contexts, validator);
    if (best == null || best.getOutcomes().size() != tokens.length) return tagger.tag(tokens);
    return best.getOutcomes().toArray(new String[0]);
  }

  /** The lemma of one word with its universal tag ("adopted"/VERB gives "adopt"). */
  public String lemma(String word, String tag) {
    // one word alone: the model's answer depends on the word and tag only, so it is kept
    String key = word + '\u0000' + tag;
    String known = KNOWN_LEMMAS.get(key);
    if (known != null) return known;
    String lemma = modelLemma(word, tag);
    if (KNOWN_LEMMAS.size() < MAX_LEMMAS) KNOWN_LEMMAS.put(key, lemma);
    return lemma;
  }

  private static final java.util.Map<String, String> KNOWN_LEMMAS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_LEMMAS = 20_000;

  private String modelLemma(String word, String tag) {
    if (lemmatizer == null) lemmatizer = new LemmatizerME(lemmaModel());
    String[] out = lemmatizer.lemmatize(new String[] {word}, new String[] {tag});
    return out.length == 0 || out[0].isBlank() || out[0].equals("O") ? word.toLowerCase(java.util.Locale.ROOT) : out[0];
  }
}
