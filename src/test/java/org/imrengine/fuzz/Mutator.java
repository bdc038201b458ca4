package org.imrengine.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes hostile variants of valid input for the fuzz tests: text mutations (flipped, deleted,
 * repeated and spliced spans, inserted tokens, numbers and words swapped for extreme ones) and
 * tree mutations (a node of the document replaced by an extreme value, a wrong type, a copy of
 * another node, or deep nesting). Deterministic for a seed: the same {@link SplittableRandom}
 * gives the same inputs on every machine. Not thread-safe.
 */
final class Mutator {
  /** Makes a mutator for a run. */
  interface Factory {
    Mutator create(SplittableRandom random, List<String> seeds);
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z_0-9]+|\\d{4}-\\d{2}(-\\d{2})?");

  private static final String[] NUMBERS = {"0", "-1", "1", "2", "20", "21", "22", "52", "53", "100",
      "101", "130", "366", "367", "520", "521", "9999", "10000", "10001", "65536", "2147483647",
      "2147483648", "-2147483648", "4294967296", "9223372036854775807", "99999999999999999999",
      "1e400", "-1e400", "1e-400", "1.5", "0.0", "-0.0", "1E9", "1000000001", "3.14159265358979323846264338"};
  private static final String[] STRINGS = {"", " ", "\t", "\u001b[31m", "\u001b]0;x\u0007", "\r\n",
      "\uFEFF", "\u202e", "\u0000", "\ud800", "2014-02-30", "2014-13-01", "2014-00", "0000",
      "-0001-01-01", "+10000-01-01", "9999-12-31", "1900-01-01", "2014", "2014-09", "C5-C6", "L5-S1",
      "C99", "Z9", "T1-", "x".repeat(300), "null", "true", "{}", "[]", "\"", "\\", "'", "%s", "${x}",
      "\u00e9", "\ud83d\ude00"};
  private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "'", "\n", " ", "\t",
      "-", "- ", ": ", "&a ", "*a", "!!binary ", "!!java.lang.Object ", "<<: ", "? ", "|\n", ">\n",
      "---\n", "...\n", "%YAML 1.1\n", "#", "\uFEFF", "\u001b[2J", "\u0000", "null", "~", "1e400",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":{\"a\":", "\\u0000", "\\ud800"};

  private final SplittableRandom random;
  private final ObjectMapper mapper;
  private final List<String> words;

  /**
   * A mutator drawing from {@code random}; {@code mapper} reads and writes the trees (JSON or
   * YAML); {@code seeds} supply words (vocabulary ids, dates) to swap in.
   */
  Mutator(SplittableRandom random, ObjectMapper mapper, List<String> seeds) {
    this.random = random;
    this.mapper = mapper;
    List<String> found = new ArrayList<>();
    for (String seed : seeds) {
      Matcher m = WORD.matcher(seed);
      while (m.find() && found.size() < 5000) {
        found.add(m.group());
      }
    }
    this.words = found;
  }

  /** One to four mutations of {@code seed}, tree or text; {@code others} are for splicing. */
  String mutate(String seed, List<String> others) {
    String out = seed;
    if (random.nextInt(2) == 0) {
      String tree = mutateTree(out);
      if (tree != null) {
        out = tree;
        if (random.nextInt(2) == 0) {
          return out;
        }
      }
    }
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      out = mutateText(out, others.get(random.nextInt(others.size())));
    }
    return out;
  }

  private String mutateText(String text, String other) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    switch (random.nextInt(8)) {
      case 0: { // flip a character
        if (text.isEmpty()) {
          return pick(TOKENS);
        }
        int i = Math.min(at, text.length() - 1);
        char c = (char) (text.charAt(i) ^ (1 << random.nextInt(8)));
        return text.substring(0, i) + c + text.substring(i + 1);
      }
      case 1: { // delete a span
        int end = Math.min(text.length(), at + 1 + random.nextInt(64));
        return text.substring(0, at) + text.substring(end);
      }
      case 2: { // repeat a span
        int end = Math.min(text.length(), at + 1 + random.nextInt(64));
        String span = text.substring(at, end);
        return text.substring(0, end) + span.repeat(1 + random.nextInt(8)) + text.substring(end);
      }
      case 3: { // splice a span of another input
        int from = other.isEmpty() ? 0 : random.nextInt(other.length());
        int end = Math.min(other.length(), from + 1 + random.nextInt(200));
        return text.substring(0, at) + other.substring(from, end) + text.substring(at);
      }
      case 4: // insert a token
        return text.substring(0, at) + pick(TOKENS) + text.substring(at);
      case 5: // swap a number for an extreme one
        return replaceMatch(text, NUMBER, pick(NUMBERS));
      case 6: // swap a word for another word of the inputs, or an odd string
        return replaceMatch(text, WORD, random.nextInt(3) == 0 ? pick(STRINGS) : pickWord());
      default: // cut the end off
        return text.substring(0, at);
    }
  }

  private String replaceMatch(String text, Pattern pattern, String replacement) {
    Matcher m = pattern.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find() && spans.size() < 2000) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }

  /** A tree mutation of {@code text}, or null when it is not a readable document. */
  private String mutateTree(String text) {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (Exception e) {
      return null;
    }
    if (root == null || !root.isContainerNode()) {
      return null;
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      JsonNode parent = containers.get(random.nextInt(containers.size()));
      mutateChild(parent, containers.get(random.nextInt(containers.size())));
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (Exception e) {
      return null;
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private void mutateChild(JsonNode parent, JsonNode donor) {
    if (parent instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      int choice = random.nextInt(4);
      if (names.isEmpty() || choice == 0) {
        o.set(random.nextInt(3) == 0 ? pick(STRINGS) : pickWord(), value(donor));
      } else if (choice == 1) {
        o.remove(names.get(random.nextInt(names.size())));
      } else {
        o.set(names.get(random.nextInt(names.size())), value(donor));
      }
    } else if (parent instanceof ArrayNode a) {
      int choice = random.nextInt(4);
      if (a.isEmpty() || choice == 0) {
        a.add(value(donor));
      } else if (choice == 1) {
        a.remove(random.nextInt(a.size()));
      } else if (choice == 2) {
        JsonNode copy = a.get(random.nextInt(a.size())).deepCopy();
        for (int i = 0, n = 1 + random.nextInt(50); i < n; i++) {
          a.add(copy.deepCopy());
        }
      } else {
        a.set(random.nextInt(a.size()), value(donor));
      }
    }
  }

  /** An extreme or mistyped value, or a copy of {@code donor} (a node of the same document). */
  private JsonNode value(JsonNode donor) {
    switch (random.nextInt(9)) {
      case 0:
        return number(pick(NUMBERS));
      case 1:
        return NODES.textNode(pick(STRINGS));
      case 2:
        return NODES.textNode(pickWord());
      case 3:
        return NODES.booleanNode(random.nextBoolean());
      case 4:
        return NODES.nullNode();
      case 5: {
        JsonNode nested = NODES.textNode(pickWord());
        for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
          nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set(pickWord(), nested);
        }
        return nested;
      }
      case 6:
        return NODES.objectNode();
      case 7:
        return NODES.arrayNode();
      default:
        return donor.deepCopy();
    }
  }

  private static JsonNode number(String text) {
    try {
      if (text.matches("-?\\d+")) {
        return NODES.numberNode(new BigInteger(text));
      }
      return NODES.numberNode(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return NODES.textNode(text);
    }
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String pickWord() {
    return words.isEmpty() ? pick(STRINGS) : words.get(random.nextInt(words.size()));
  }

  /**
   * The number of inputs of target {@code name} to run: {@code -Dfuzz.NAME.iterations=N}, else
   * {@code -Dfuzz.iterations=N}, else {@code fallback} (the CI budget).
   */
  static int iterations(String name, int fallback) {
    return Integer.getInteger("fuzz." + name + ".iterations", Integer.getInteger("fuzz.iterations", fallback));
  }

  /** The seed of the run: {@code -Dfuzz.seed=N} overrides the fixed seed CI uses. */
  static long seed(long fallback) {
    return Long.getLong("fuzz.seed", fallback);
  }
}
