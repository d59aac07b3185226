import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor `factdrill generate` is compared with: the bare CoreNLP pipeline with the same
 * annotators and settings (org.factdrill.nlp.Pipeline.properties()), annotating the same files
 * on the same number of threads, and nothing else (no clean-up, facts, questions or JSON).
 * Prints the model loading time, the annotation time and each annotator's share.
 *
 *   java -cp target/factdrill.jar:$(cat target/nlp.classpath) src/bench/nlp/BarePipeline.java FILE_OR_DIR [THREADS]
 */
public class BarePipeline {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Properties p = org.factdrill.nlp.Pipeline.properties();
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    long loaded = System.nanoTime();
    Path in = Path.of(args[0]);
    List<Path> files;
    if (Files.isDirectory(in)) {
      try (Stream<Path> s = Files.list(in)) {
        files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      }
    } else {
      files = List.of(in);
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Math.min(4, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    var done = new ArrayList<Future<?>>();
    for (Path f : files) {
      done.add(pool.submit(() -> {
        nlp.annotate(new CoreDocument(Files.readString(f)));
        return null;
      }));
    }
    for (Future<?> d : done) d.get();
    pool.shutdown();
    long end = System.nanoTime();
    System.out.printf("annotators: %s%n", p.getProperty("annotators"));
    System.out.printf("load %.2f s; annotate %d articles %.2f s (%.2f articles/s on %d threads)%n", (loaded - t0) / 1e9,
        files.size(), (end - loaded) / 1e9, files.size() / ((end - loaded) / 1e9), threads);
    System.out.println(nlp.timingInformation());
  }
}
