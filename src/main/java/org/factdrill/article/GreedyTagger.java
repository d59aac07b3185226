package org.factdrill.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Greedy part-of-speech tagging over the tagger's own maxent model, giving exactly the tags of
 * OpenNLP's beam search of size one, at a fraction of the cost.
 *
 * <p>Why: building ~20 feature strings per token and looking each up in the model's map of 33,518
 * features was most of the CPU time of an article. Every feature of a token is a feature of
 * one word in a fixed role (the word itself; the word one or two before or after) or of the
 * position and the previous tags, so each word's model parameters are looked up once and kept.
 *
 * <p>Exactness: the parameters are added in the model's own feature order, from the same starting
 * prior, so the per-tag sums are bit-identical to {@code GISModel.eval} (a word's own features come
 * first, so the sums up to them are kept per word). OpenNLP then takes
 * {@code exp} and normalises, and keeps the first tag of highest probability; that is the tag of the
 * highest sum whenever it leads the runner-up clearly ({@link #CLEAR_LEAD}), and a token without a
 * clear lead gets OpenNLP's exact arithmetic. Anything this class cannot vouch for (a model whose
 * features are laid out differently, sums out of exp's range, a sentence so
 * long that beam search's score floor could matter) returns null and the caller uses OpenNLP.
 *
 * <p>The features are those the model's descriptor (generator.featuregen in the model file) asks
 * for; the model is used only when its descriptor is {@link #LAYOUT}, which GreedyTaggerTest checks
 * against OpenNLP's own generator. Comparing the descriptor, rather than building OpenNLP's
 * generator, spares every run parsing it as XML (a tenth of a second at start-up); the model itself
 * is read by {@link PosModelFile}.
 */
final class GreedyTagger {
  /**
   * A lead in the sums that exp and the division cannot erase: sums are below 700 in size (their
   * rounding is near 1e-13) and exp is accurate to one unit in the last place (about 2e-16 relative),
   * so a lead of 1e-7 keeps the same tag strictly ahead in probability.
   */
  private static final double CLEAR_LEAD = 1e-7;
  /** exp stays finite and positive, and the normaliser finite, for sums within this range. */
  private static final double SAFE_SUM = 700;
  /**
   * Beam search drops sequences scoring at or below -100000 (a sum of log probabilities). The best
   * tag has probability at least 1/38 here (log -3.64), so shorter sentences never come near it.
   */
  private static final int MAX_TOKENS = 20_000;
  /** Bound on the remembered words (a word's entry is ~200 bytes); past it, words are looked up each time. */
  private static final int MAX_WORDS = 100_000;

  /**
   * A word's model parameters in each role, in the order the model's features come. A token's sums
   * start with the prior and the word's own features, so that start is added up once per word.
   */
  private record Word(double[] start, Context prev1, Context prev2, Context next1, Context next2, Context[] kind) {}

  private final String[] outcomes;
  private final Map<String, Context> features;
  private final double logPrior;
  private final Context begin;
  private final Context begin1;
  private final Context begin2;
  private final Context[] previousTag;
  private final Context[][] previousTags;
  private final Map<String, Word> words = new ConcurrentHashMap<>();

  private GreedyTagger(String[] outcomes, Map<String, Context> features, double logPrior) {
    this.outcomes = outcomes;
    this.features = features;
    this.logPrior = logPrior;
    begin = features.get("S=begin");
    begin1 = features.get("p1S=begin");
    begin2 = features.get("p2S=begin");
    int n = outcomes.length;
    previousTag = new Context[n];
    previousTags = new Context[n][n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = features.get("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) previousTags[a][b] = features.get("t2=" + outcomes[a] + "," + outcomes[b]);
    }
  }

  /** The feature generators this class reproduces, in order: the descriptor of the bundled model, without white space. */
  static final String LAYOUT = String.join("",
      "<featureGenerators cache=\"true\" name=\"posTagger\">",
      "<generator class=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>",
      "<generator class=\"opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory\"/>",
      "<generator class=\"opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory\"/>",
      "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">",
      "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>",
      "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></generator>",
      "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">",
      "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>",
      "<generator class=\"opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory\">",
      "<bool name=\"begin\">true</bool><bool name=\"end\">false</bool></generator></generator>",
      "<generator class=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>",
      "<generator class=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/>",
      "</featureGenerators>").replaceAll("\\s+", "");

  /** A descriptor without its comments and white space, for comparing with {@link #LAYOUT}. */
  static String layoutOf(byte[] descriptor) {
    String xml = new String(descriptor, java.nio.charset.StandardCharsets.UTF_8);
    return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
  }

  /**
   * A tagger over a model read by {@link PosModelFile}, or null when the model is not one this class
   * reproduces exactly: OpenNLP's plain part-of-speech factory, no tag dictionary, the feature
   * descriptor {@link #LAYOUT}, and a GIS model (whose prior is uniform, as GISModelReader makes it).
   */
  static GreedyTagger of(PosModelFile model) {
    if (model == null || model.tagDictionary) return null;
    if (!"opennlp.tools.postag.POSTaggerFactory".equals(model.manifest.getProperty("factory"))) return null;
    if (model.descriptor == null || !layoutOf(model.descriptor).equals(LAYOUT)) return null;
    return new GreedyTagger(model.outcomes, model.features, StrictMath.log(1.0 / model.outcomes.length));
  }

  /** The feature names of token {@code i}, in the model generator's order (the layout this class assumes). */
  static String[] featureNames(int i, String[] tokens, String[] tags) {
    var out = new ArrayList<String>();
    out.addAll(ownFeatures(tokens[i]));
    if (i >= 1) out.add("p1w=" + StringUtil.toLowerCase(tokens[i - 1]));
    if (i >= 2) out.add("p2w=" + StringUtil.toLowerCase(tokens[i - 2]));
    if (i + 1 < tokens.length) out.add("n1w=" + StringUtil.toLowerCase(tokens[i + 1]));
    if (i + 2 < tokens.length) out.add("n2w=" + StringUtil.toLowerCase(tokens[i + 2]));
    if (i == 0) out.add("S=begin");
    if (i == 1) out.add("p1S=begin");
    if (i == 2) out.add("p2S=begin");
    out.addAll(kindFeatures(tokens[i]));
    if (i >= 1) out.add("t=" + tags[i - 1]);
    if (i >= 2) out.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
    return out.toArray(new String[0]);
  }

  /** The word's own features: definition, suffixes and prefixes up to four letters, the word in lower case. */
  private static List<String> ownFeatures(String token) {
    var out = new ArrayList<String>(10);
    out.add("def");
    int n = Math.min(4, token.length());
    for (int k = 0; k < n; k++) out.add("suf=" + token.substring(Math.max(token.length() - 1 - k, 0)));
    for (int k = 0; k < n; k++) out.add("pre=" + token.substring(0, Math.min(k + 1, token.length())));
    out.add("w=" + StringUtil.toLowerCase(token));
    return out;
  }

  /** The word's class ("ic" initial capital, "2d" two digits, ...) alone and with the word. */
  private static List<String> kindFeatures(String token) {
    String kind = FeatureGeneratorUtil.tokenFeature(token);
    return List.of("wc=" + kind, "w&c=" + StringUtil.toLowerCase(token) + "," + kind);
  }

  private Word word(String token) {
    Word w = words.get(token);
    if (w != null) return w;
    String lower = StringUtil.toLowerCase(token);
    double[] start = new double[outcomes.length];
    Arrays.fill(start, logPrior);
    add(start, lookUp(ownFeatures(token)));
    w = new Word(start, features.get("p1w=" + lower), features.get("p2w=" + lower),
        features.get("n1w=" + lower), features.get("n2w=" + lower), lookUp(kindFeatures(token)));
    if (words.size() < MAX_WORDS) words.put(token, w);
    return w;
  }

  /** The parameters of the features the model knows (the model skips the others too). */
  private Context[] lookUp(List<String> names) {
    var out = new ArrayList<Context>(names.size());
    for (String name : names) {
      Context c = features.get(name);
      if (c != null) out.add(c);
    }
    return out.toArray(new Context[0]);
  }

  /** The tags of a sentence's tokens, or null if OpenNLP's own search must decide them. */
  String[] tag(String[] tokens) {
    int n = tokens.length;
    if (n >= MAX_TOKENS) return null;
    Word[] ws = new Word[n];
    for (int i = 0; i < n; i++) ws[i] = word(tokens[i]);
    int[] best = new int[n];
    double[] sums = new double[outcomes.length];
    for (int i = 0; i < n; i++) {
      Word w = ws[i];
      System.arraycopy(w.start(), 0, sums, 0, sums.length);
      if (i >= 1) add(sums, ws[i - 1].prev1());
      if (i >= 2) add(sums, ws[i - 2].prev2());
      if (i + 1 < n) add(sums, ws[i + 1].next1());
      if (i + 2 < n) add(sums, ws[i + 2].next2());
      if (i == 0) add(sums, begin);
      if (i == 1) add(sums, begin1);
      if (i == 2) add(sums, begin2);
      add(sums, w.kind());
      if (i >= 1) add(sums, previousTag[best[i - 1]]);
      if (i >= 2) add(sums, previousTags[best[i - 2]][best[i - 1]]);
      int b = choose(sums);
      if (b < 0) return null;
      best[i] = b;
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) out[i] = outcomes[best[i]];
    return out;
  }

  private static void add(double[] sums, Context[] cs) {
    for (Context c : cs) add(sums, c);
  }

  /** What {@code ArrayMath.sumFeatures} does for one feature of value 1 (x * 1.0 is x, so it is left out). */
  private static void add(double[] sums, Context c) {
    if (c == null) return;
    int[] os = c.getOutcomes();
    double[] ps = c.getParameters();
    for (int j = 0; j < os.length; j++) sums[os[j]] += ps[j];
  }

  /** The outcome beam search would keep: the first of highest probability; -1 if that needs OpenNLP. */
  private static int choose(double[] sums) {
    int best = 0;
    for (int o = 1; o < sums.length; o++) if (sums[o] > sums[best]) best = o;
    double runnerUp = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < sums.length; o++) if (o != best && sums[o] > runnerUp) runnerUp = sums[o];
    double top = sums[best];
    if (!(top < SAFE_SUM && top > -SAFE_SUM)) return -1;
    if (top - runnerUp > CLEAR_LEAD) return best;
    // No clear lead: GISModel's arithmetic, then the first outcome at the maximum, as the search does.
    double[] probs = new double[sums.length];
    double normal = 0.0;
    for (int o = 0; o < sums.length; o++) {
      probs[o] = StrictMath.exp(sums[o]);
      normal += probs[o];
    }
    for (int o = 0; o < sums.length; o++) probs[o] /= normal;
    double max = Double.NEGATIVE_INFINITY;
    for (double p : probs) {
      if (Double.isNaN(p)) return -1;
      max = Math.max(max, p);
    }
    for (int o = 0; o < probs.length; o++) if (probs[o] >= max) return o;
    return -1;
  }
}
