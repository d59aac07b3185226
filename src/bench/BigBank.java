import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a large bank for export benchmarks: the questions of a small bank repeated until there are
 * N, each with its own id and a numbered prompt. Run with the factdrill jar on the class path:
 * java -cp target/factdrill.jar src/bench/BigBank.java SMALL.json N OUT.json
 */
public class BigBank {
  public static void main(String[] args) throws Exception {
    var mapper = new ObjectMapper();
    var bank = (ObjectNode) mapper.readTree(Files.readString(Path.of(args[0])));
    int n = Integer.parseInt(args[1]);
    var source = (ArrayNode) bank.get("questions");
    ArrayNode out = mapper.createArrayNode();
    for (int i = 0; i < n; i++) {
      var q = (ObjectNode) source.get(i % source.size()).deepCopy();
      q.put("id", String.format("q-%08x", i));
      String prompt = q.get("prompt").asText();
      q.put("prompt", "(" + (i + 1) + ") " + prompt);
      out.add(q);
    }
    bank.set("questions", out);
    bank.put("id", bank.get("id").asText() + "-big");
    Files.writeString(Path.of(args[2]), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(bank));
  }
}
