package org.imrengine.concordance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a seeded corpus of synthetic case files for concordance runs and benchmarks. Each case is
 * a sample case varied at random: items of the record dropped (so outcomes change), all dates
 * shifted together (sometimes before every guideline edition), now and then a request moved to a
 * region no rule covers, and a real IMR decision on every request, upheld about nine times in ten.
 * The same seed gives the same files.
 */
public final class SyntheticCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ITEM_LISTS = {"diagnoses", "symptoms", "findings", "treatments",
      "studies", "redFlags", "events", "plans", "conditions"};

  private SyntheticCorpus() {}

  /**
   * Writes {@code cases} files {@code synthetic-00000.json}, ... into {@code dir} from the sample
   * cases in {@code samples}, and returns the number of requests written.
   */
  public static long write(Path samples, Path dir, int cases, long seed) throws IOException {
    List<ObjectNode> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        templates.add((ObjectNode) JSON.readTree(Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(seed);
    long requests = 0;
    for (int i = 0; i < cases; i++) {
      ObjectNode c = vary(templates.get(random.nextInt(templates.size())).deepCopy(), i, random);
      requests += c.get("requests").size();
      Files.writeString(dir.resolve(String.format("synthetic-%05d.json", i)),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c), StandardCharsets.UTF_8);
    }
    return requests;
  }

  private static ObjectNode vary(ObjectNode c, int index, SplittableRandom random) {
    c.put("caseId", String.format("synthetic-%05d", index));
    for (String list : ITEM_LISTS) {
      JsonNode items = c.get(list);
      if (items instanceof ArrayNode array) {
        for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
          it.next();
          if (random.nextInt(4) == 0) {
            it.remove();
          }
        }
      }
    }
    // Mostly within the sample era; one case in twenty moved before every edition (to 2001-2003:
    // the editions now run to today, so only the years before 2004 have none in force).
    int days = random.nextInt(20) == 0 ? -4500 - random.nextInt(400) : random.nextInt(-900, 900);
    shiftDates(c, days);
    for (JsonNode r : c.get("requests")) {
      ObjectNode request = (ObjectNode) r;
      if (random.nextInt(25) == 0) {
        request.put("region", "knee");
      }
      ObjectNode imr = request.putObject("imr");
      imr.put("outcome", random.nextInt(10) == 0 ? "overturned" : "upheld");
      imr.put("guideline", "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179");
      imr.put("source", "synthetic decision " + index);
    }
    return c;
  }

  private static void shiftDates(JsonNode node, int days) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      fields.addAll(object.properties());
      for (Map.Entry<String, JsonNode> field : fields) {
        JsonNode value = field.getValue();
        if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
          object.set(field.getKey(), new TextNode(LocalDate.parse(value.asText()).plusDays(days).toString()));
        } else {
          shiftDates(value, days);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> shiftDates(element, days));
    }
  }
}
