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
 * on the class path. Models are loaded once, each on a thread of its own, and shared; the model
 * objects are thread-safe but the taggers are not, so each thread gets its own taggers over the
 * shared models. A thread waits only for the model it needs next: sentences can be split while the
 * part-of-speech model, the largest, is still being read.
 */
public final class Nlp {
  private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /**
   * The three models every article needs, each read on a thread of its own. Parts of speech come from
   * {@link GreedyTagger} over the model file read directly; null when it cannot vouch for the model,
   * and then OpenNLP's own tagger is used.
   */
  private record Loading(CompletableFuture<SentenceModel> sentences, CompletableFuture<TokenizerModel> tokens,
      CompletableFuture<GreedyTagger> fastTagger) {}

  /** OpenNLP's reading of the part-of-speech model: for its own tagger, which only tests and the rare fallback need. */
  private static volatile POSModel posModel;

  private static POSModel posModel() {
    POSModel m = posModel;
    if (m != null) return m;
    synchronized (Nlp.class) {
      if (posModel == null) posModel = load(POS, POSModel::new);
      return posModel;
    }
  }

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

  private static volatile Loading loading;

  /**
   * Starts reading the models, if that has not started yet, and returns at once: a command calls this
   * first so that reading the models overlaps its own start (arguments, files, clean-up).
   */
  public static void preload() {
    loading();
  }

  // Started outside any class initialiser: the loader threads call back into this class, and a
  // class being initialised on one thread blocks every other thread that touches it.
  private static Loading loading() {
    Loading l = loading;
    if (l != null) return l;
    synchronized (Nlp.class) {
      if (loading == null) {
        // the largest first: it is the one an article waits for
        var fastTagger = onThread("pos", () -> GreedyTagger.of(load(POS, PosModelFile::read)));
        var tokens = onThread("tokens", () -> load(TOKENS, TokenizerModel::new));
        var sentences = onThread("sentences", () -> load(SENTENCES, SentenceModel::new));
        loading = new Loading(sentences, tokens, fastTagger);
      }
      return loading;
    }
  }

  private static <T> CompletableFuture<T> onThread(String name, java.util.function.Supplier<T> work) {
    var result = new CompletableFuture<T>();
    Thread t = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, "factdrill-model-" + name);
    t.setDaemon(true);
    t.start();
    return result;
  }

  /** The model once read; a failure to read it is thrown as it was (a missing or unreadable model). */
  private static <T> T await(CompletableFuture<T> model) {
    try {
      return model.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
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

  /** This thread's taggers over the shared models (the models are read when first needed). */
  public static Nlp get() {
    return PER_THREAD.get();
  }

  private SentenceDetectorME sentenceDetector;
  private TokenizerME tokenizer;
  private boolean fastTaggerKnown;
  private GreedyTagger fastTagger;
  // OpenNLP's own tagging: the reference GreedyTagger reproduces and its fallback, set up on first use
  private POSTaggerME tagger;
  /** Greedy (beam of one) decoding over the tagger's own model: same tags on news text, a third less work. */
  private BeamSearch greedy;
  private POSContextGenerator contexts;
  private SequenceValidator<String> validator;
  private LemmatizerME lemmatizer;

  private Nlp() {
    loading();
  }

  private GreedyTagger fastTagger() {
    if (!fastTaggerKnown) {
      fastTagger = await(loading().fastTagger());
      fastTaggerKnown = true;
    }
    return fastTagger;
  }

  /** OpenNLP's tagger, greedy search and feature generator over the model, made on first use. */
  private void openNlpTagging() {
    if (tagger != null) return;
    POSModel model = posModel();
    MaxentModel maxent = maxentOf(model);
    greedy = maxent == null ? null : new BeamSearch(1, maxent);
    contexts = model.getFactory().getPOSContextGenerator(1);
    validator = model.getFactory().getSequenceValidator();
    tagger = new POSTaggerME(model, POSTagFormat.UD);
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
    if (sentenceDetector == null) sentenceDetector = new SentenceDetectorME(await(loading().sentences()));
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
    if (tokenizer == null) tokenizer = new TokenizerME(await(loading().tokens()));
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
    GreedyTagger fast = fastTagger();
    if (fast != null && tokens.length > 0) {
      String[] tags = fast.tag(tokens);
      if (tags != null) return tags;
    }
    return greedyTags(tokens);
  }

  /** The classifier of the part-of-speech model (for checking {@link GreedyTagger}). */
  MaxentModel posClassifier() {
    return maxentOf(posModel());
  }

  /** The fast tagger over the bundled model, or null (for checking {@link GreedyTagger}). */
  GreedyTagger fastTaggerForTests() {
    return fastTagger();
  }

  /** Whether tags come from {@link GreedyTagger} (the bundled model is one it reproduces exactly). */
  boolean fastTagging() {
    return fastTagger() != null;
  }

  /** The feature names the model's own generator gives token {@code i} (for checking {@link GreedyTagger}). */
  String[] modelFeatures(int i, String[] tokens, String[] previousTags) {
    openNlpTagging();
    return contexts.getContext(i, tokens, previousTags, new Object[0]);
  }

  /** OpenNLP's own greedy search: the reference {@link GreedyTagger} reproduces, and its fallback. */
  String[] greedyTags(String[] tokens) {
    openNlpTagging();
    if (greedy == null || tokens.length == 0) return tagger.tag(tokens);
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
