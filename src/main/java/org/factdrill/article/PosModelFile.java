package org.factdrill.article;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.Context;

/**
 * The parts of an OpenNLP part-of-speech model file that {@link GreedyTagger} needs, read straight
 * from the file: its manifest, its feature descriptor and its maxent (GIS) model.
 *
 * <p>Why: OpenNLP's own reading of the 1.6 MB model (through its artifact and serializer machinery,
 * one stream call per number and label) took about three times as long as this and was what a
 * one-article run waited for. The result is the same: labels, outcome lists and parameters as
 * OpenNLP's GISModelReader reads them, in the same order, a later label replacing an earlier equal
 * one as in its map (GreedyTaggerTest compares every entry with OpenNLP's).
 */
final class PosModelFile {
  /** Key/value pairs of the model's manifest.properties. */
  final Properties manifest = new Properties();
  /** The generator.featuregen entry, or null. */
  byte[] descriptor;
  /** Whether the file holds a tag dictionary (which would restrict the tags a word may take). */
  boolean tagDictionary;
  /** The model's outcomes (the tags), in the model's order. */
  String[] outcomes;
  /** Feature name to its parameters. */
  Map<String, Context> features;

  private byte[] gis;
  private int at;

  /** Reads a model file; null when it has no GIS model (another kind of model, which the caller leaves to OpenNLP). */
  static PosModelFile read(InputStream in) throws IOException {
    var file = new PosModelFile();
    var zip = new ZipInputStream(in);
    for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String name = entry.getName();
      if (name.equals("manifest.properties")) {
        file.manifest.load(new ByteArrayInputStream(zip.readAllBytes()));
      } else if (name.equals("generator.featuregen")) {
        file.descriptor = zip.readAllBytes();
      } else if (name.equals("pos.model")) {
        file.gis = zip.readAllBytes();
      } else if (name.endsWith(".tagdict")) {
        file.tagDictionary = true;
      }
    }
    try {
      if (file.gis == null || !file.readGis()) return null;
    } catch (RuntimeException e) {
      return null; // a damaged model: OpenNLP's own reading reports it
    }
    return file;
  }

  /** OpenNLP's binary GIS layout: type, correction constant and parameter, outcomes, outcome patterns, labels, parameters. */
  private boolean readGis() throws IOException {
    at = 0;
    if (!utf().equals("GIS")) return false;
    readInt();
    readLong(); // the correction parameter, unused in evaluation (as in GISModelReader)
    outcomes = new String[readInt()];
    for (int i = 0; i < outcomes.length; i++) outcomes[i] = utf();
    int[][] patterns = new int[readInt()][];
    for (int i = 0; i < patterns.length; i++) {
      String[] numbers = utf().split(" ");
      patterns[i] = new int[numbers.length];
      for (int j = 0; j < numbers.length; j++) patterns[i][j] = Integer.parseInt(numbers[j]);
    }
    String[] labels = new String[readInt()];
    for (int i = 0; i < labels.length; i++) labels[i] = utf();
    features = new HashMap<>(labels.length * 2);
    int label = 0;
    for (int[] pattern : patterns) {
      // pattern[0]: how many labels in a row use it; the rest: their outcomes
      int[] outcomesOf = Arrays.copyOfRange(pattern, 1, pattern.length);
      for (int j = 0; j < pattern[0]; j++) {
        double[] parameters = new double[outcomesOf.length];
        for (int k = 0; k < parameters.length; k++) parameters[k] = Double.longBitsToDouble(readLong());
        features.put(labels[label++], new Context(outcomesOf, parameters));
      }
    }
    return label == labels.length;
  }

  private int readInt() {
    int v = (gis[at] & 0xff) << 24 | (gis[at + 1] & 0xff) << 16 | (gis[at + 2] & 0xff) << 8 | gis[at + 3] & 0xff;
    at += 4;
    return v;
  }

  private long readLong() {
    long high = readInt() & 0xffffffffL;
    return high << 32 | readInt() & 0xffffffffL;
  }

  /** A string as DataOutputStream.writeUTF wrote it (modified UTF-8); plain ASCII, the usual case, without a decoder. */
  private String utf() throws IOException {
    int length = (gis[at] & 0xff) << 8 | gis[at + 1] & 0xff;
    boolean ascii = true;
    for (int i = at + 2; i < at + 2 + length && ascii; i++) ascii = gis[i] > 0;
    String s = ascii ? new String(gis, at + 2, length, StandardCharsets.ISO_8859_1)
        : new DataInputStream(new ByteArrayInputStream(gis, at, length + 2)).readUTF();
    at += 2 + length;
    return s;
  }
}
