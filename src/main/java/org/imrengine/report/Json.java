package org.imrengine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.imrengine.evaluation.Outcome;
import org.imrengine.rules.Citation;
import org.imrengine.rules.Edition;
import org.imrengine.rules.PageRange;
import org.imrengine.rules.Rule;
import org.imrengine.rules.RuleBase;

/**
 * The JSON building blocks the reports share, and the one writer they all use: two-space
 * indentation, {@code "\n"} line endings, {@code "name": value}, and a final newline. Nodes are
 * built explicitly, property by property; {@link ObjectNode} keeps insertion order, so the order
 * in which a method puts properties is the order they are written in.
 */
final class Json {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(printer());

  private Json() {}

  private static DefaultPrettyPrinter printer() {
    DefaultPrettyPrinter.Indenter indenter = new Indenter();
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * DefaultIndenter("  ", "\n") with each line start encoded once: a line break and two spaces a
   * level, written as one pre-encoded string (the indentation was a fifth of writing a document).
   */
  private static final class Indenter implements DefaultPrettyPrinter.Indenter {
    private static final DefaultIndenter DEEP = new DefaultIndenter("  ", "\n");
    private static final com.fasterxml.jackson.core.io.SerializedString[] LINES = lines(48);

    private static com.fasterxml.jackson.core.io.SerializedString[] lines(int levels) {
      com.fasterxml.jackson.core.io.SerializedString[] out = new com.fasterxml.jackson.core.io.SerializedString[levels];
      for (int i = 0; i < levels; i++) {
        out[i] = new com.fasterxml.jackson.core.io.SerializedString("\n" + "  ".repeat(i));
      }
      return out;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level < LINES.length) {
        g.writeRaw(LINES[level]);
      } else {
        DEEP.writeIndentation(g, level);
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** {@code node} as pretty JSON text ending in a newline. */
  static String write(ObjectNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; failing here is a bug, not bad input.
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** A UTF-8 generator on {@code out} that writes exactly as {@link #write} does. */
  static JsonGenerator generator(java.io.OutputStream out) throws IOException {
    return WRITER.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8);
  }

  /** A generator on {@code out} that writes exactly as {@link #write} does. */
  static JsonGenerator generator(Writer out) throws IOException {
    return WRITER.createGenerator(out);
  }

  /** Writes {@code node} to {@code generator} in {@link #write}'s layout, at its current nesting. */
  static void write(JsonGenerator generator, ObjectNode node) throws IOException {
    // writeTree keeps the generator's pretty printer, and so its nesting; a writer would reset it.
    generator.writeTree(node);
  }

  /** Puts {@code value} under {@code name}, or JSON null when it is empty. */
  static void put(ObjectNode node, String name, Optional<String> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  /** Puts {@code value} under {@code name}, or JSON null when it is empty. */
  static void putNumber(ObjectNode node, String name, Optional<Long> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode out = array();
    values.forEach(out::add);
    return out;
  }

  /** {@code {"id": "upheld", "label": "Upheld"}}. */
  static ObjectNode outcome(Outcome outcome) {
    ObjectNode out = object();
    out.put("id", outcome.id());
    out.put("label", outcome.label());
    return out;
  }

  /** {@code {"version": ..., "contentHash": ...}}. */
  static ObjectNode identity(RuleBase.Identity identity) {
    ObjectNode out = object();
    out.put("version", identity.version());
    out.put("contentHash", identity.contentHash());
    return out;
  }

  /** The rule with its edition and citations, or JSON null when there is none. */
  static void putRule(ObjectNode node, String name, Optional<Rule> rule) {
    if (rule.isEmpty()) {
      node.putNull(name);
    } else {
      node.set(name, rule(rule.get()));
    }
  }

  /** The rule with its edition and citations. */
  static ObjectNode rule(Rule r) {
    ObjectNode out = object();
    out.put("id", r.id());
    out.put("title", r.title());
    out.set("edition", edition(r.edition()));
    out.put("tier", r.tier().id());
    out.set("citation", citation(r.citation()));
    ArrayNode nonMtus = out.putArray("nonMtus");
    r.nonMtus().forEach(c -> nonMtus.add(citation(c)));
    return out;
  }

  static ObjectNode edition(Edition edition) {
    ObjectNode out = object();
    out.put("name", edition.name());
    out.put("from", edition.from().toString());
    put(out, "to", edition.to().map(Object::toString));
    out.put("judgedOn", edition.judgedOn().id());
    return out;
  }

  static ObjectNode citation(Citation citation) {
    ObjectNode out = object();
    out.put("text", citation.text());
    out.put("guideline", citation.guideline().id());
    put(out, "chapter", citation.chapter());
    out.put("topic", citation.topic());
    ArrayNode pages = out.putArray("pages");
    citation.pages().stream().map(PageRange::toString).forEach(pages::add);
    return out;
  }
}
