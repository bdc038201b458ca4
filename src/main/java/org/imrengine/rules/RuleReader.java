package org.imrengine.rules;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one rule file (YAML) into its {@link Documents} type, keeping the line of every mapping,
 * list and field so that problems and compiled criteria can name their line. Refuses, with a
 * problem naming file, line and place: files over {@link #MAX_BYTES}, text that is not UTF-8,
 * YAML anchors and aliases, nesting deeper than {@link #MAX_DEPTH}, and more than one document.
 * A UTF-8 byte-order mark at the start is skipped, as the case reader does. Messages are the
 * reader's own words: no parser class names, no excerpts of the source.
 *
 * <p>Stateless and thread-safe.
 */
final class RuleReader {
  /** The largest rule file read, in bytes (the built-in files are under 25 KB). */
  static final int MAX_BYTES = 1 << 20;
  /**
   * The deepest nesting of mappings and lists read (the built-in files reach 14). Deeper input is
   * refused before it is bound, so no reader or compiler recursion can exhaust the stack.
   */
  static final int MAX_DEPTH = 64;

  private static final ObjectReader YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // A threshold of 4.5 is an error, not silently truncated to 4.
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build()
      .reader();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private RuleReader() {}

  /**
   * A file read: its document, if it could be bound, and the line of each place in it (paths as
   * problems write them: {@code rules[0].criteria.all[1].present}).
   */
  record Read<T>(Optional<T> document, Map<String, Integer> lines) {
    /** The line of {@code path}, or of the nearest place that holds it; 0 if none is known. */
    int line(String path) {
      String at = path;
      while (true) {
        Integer line = lines.get(at);
        if (line != null) {
          return line;
        }
        int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
        if (cut <= 0) {
          return lines.getOrDefault("", 0);
        }
        at = at.substring(0, cut);
      }
    }
  }

  /** Reads {@code content} as a {@code type}; adds a problem and returns no document if it cannot. */
  static <T> Read<T> read(String file, byte[] content, Class<T> type, List<Problem> problems) {
    Map<String, Integer> lines = new HashMap<>();
    if (content.length > MAX_BYTES) {
      problems.add(new Problem(file, 0, "", "too large: " + content.length + " bytes (a rule file has at most "
          + MAX_BYTES + ")"));
      return new Read<>(Optional.empty(), lines);
    }
    Optional<String> text = text(file, content, problems);
    if (text.isEmpty()) {
      return new Read<>(Optional.empty(), lines);
    }
    Tracking parser;
    try {
      parser = new Tracking(YAML.createParser(text.get()), lines);
    } catch (IOException e) {
      problems.add(syntax(file, e, ""));
      return new Read<>(Optional.empty(), lines);
    }
    try (parser) {
      return bind(file, type, parser, problems);
    } catch (IOException e) {
      problems.add(syntax(file, e, ""));
    }
    return new Read<>(Optional.empty(), lines);
  }

  private static <T> Read<T> bind(String file, Class<T> type, Tracking parser, List<Problem> problems)
      throws IOException {
    Map<String, Integer> lines = parser.lines;
    try {
      if (parser.nextToken() == null) {
        problems.add(new Problem(file, 0, "", "empty file"));
        return new Read<>(Optional.empty(), lines);
      }
      T doc = YAML.forType(type).readValue(parser);
      if (parser.nextToken() != null) {
        problems.add(new Problem(file, parser.line(), "", "a second YAML document (a rule file holds one)"));
        return new Read<>(Optional.empty(), lines);
      }
      if (doc == null) {
        problems.add(new Problem(file, 0, "", "empty file"));
      }
      return new Read<>(Optional.ofNullable(doc), lines);
    } catch (JsonMappingException e) {
      problems.add(mapping(file, e, new Read<>(Optional.empty(), lines), found(parser)));
      return new Read<>(Optional.empty(), lines);
    }
  }

  /** The content as text: strict UTF-8, a leading byte-order mark dropped. */
  private static Optional<String> text(String file, byte[] content, List<Problem> problems) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      int offset = firstBadByte(content);
      problems.add(new Problem(file, lineAt(content, offset), "",
          "not UTF-8 text (byte " + offset + " cannot start or continue a UTF-8 character; save the file as UTF-8)"));
      return Optional.empty();
    }
  }

  private static int firstBadByte(byte[] content) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    var out = java.nio.CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static int lineAt(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < content.length; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** A problem for a syntax error, a refused construct or an unreadable file. */
  private static Problem syntax(String file, Throwable e, String path) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Refused) {
        return new Problem(file, ((Refused) t).line, ((Refused) t).path, t.getMessage());
      }
      if (t instanceof MarkedYAMLException) {
        MarkedYAMLException m = (MarkedYAMLException) t;
        StringBuilder message = new StringBuilder("malformed YAML: ");
        if (m.getContext() != null) {
          message.append(m.getContext());
          Mark opened = m.getContextMark();
          if (opened != null && (m.getProblemMark() == null || opened.getLine() != m.getProblemMark().getLine())) {
            message.append(" (from line ").append(opened.getLine() + 1).append(')');
          }
          message.append(": ");
        }
        message.append(m.getProblem() == null ? "not valid YAML" : m.getProblem());
        int line = m.getProblemMark() == null ? 0 : m.getProblemMark().getLine() + 1;
        return new Problem(file, line, path, message.toString());
      }
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException p = (JsonProcessingException) e;
      int line = p.getLocation() == null ? 0 : p.getLocation().getLineNr();
      Matcher dup = DUPLICATE.matcher(String.valueOf(p.getOriginalMessage()));
      if (dup.find()) {
        return new Problem(file, line, path, "malformed YAML: duplicate key '" + dup.group(1) + "'");
      }
      return new Problem(file, line, path, "malformed YAML");
    }
    return new Problem(file, 0, path, "unreadable (" + e.getClass().getSimpleName() + ")");
  }

  /** A problem for a value of the wrong shape, or an unknown field. */
  private static Problem mapping(String file, JsonMappingException e, Read<?> read, String found) {
    String path = path(e);
    if (e.getCause() != null && !(e.getCause() instanceof JsonMappingException)) {
      return syntax(file, e.getCause(), path);
    }
    int line = read.line(path);
    if (line == 0 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      TreeSet<String> known = new TreeSet<>();
      u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      return new Problem(file, line, path, "unknown field '" + u.getPropertyName() + "' (known here: "
          + String.join(", ", known) + ")");
    }
    Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
        ? ((com.fasterxml.jackson.databind.exc.MismatchedInputException) e).getTargetType()
        : null;
    return new Problem(file, line, path, "expected " + expected(target)
        + (found == null ? "" : ", found " + found));
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "another kind of value";
    }
    if (target == Long.class || target == Integer.class || target == long.class || target == int.class) {
      return "a whole number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(target)) {
      return "a list";
    }
    return "a mapping (key: value lines)";
  }

  private static String found(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return null;
    }
    try {
      switch (token) {
        case START_OBJECT:
        case END_OBJECT:
        case FIELD_NAME:
          return "a mapping";
        case START_ARRAY:
        case END_ARRAY:
          return "a list";
        case VALUE_STRING:
          return "text '" + abbreviate(p.getText()) + "'";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + abbreviate(p.getText());
        case VALUE_TRUE:
        case VALUE_FALSE:
          return token == JsonToken.VALUE_TRUE ? "true" : "false";
        case VALUE_NULL:
          return "nothing";
        default:
          return null;
      }
    } catch (IOException e) {
      return null;
    }
  }

  private static String abbreviate(String text) {
    String one = text.replaceAll("\\s+", " ");
    return one.length() <= 40 ? one : one.substring(0, 40) + "...";
  }

  /** {@code rules[0].criteria.all[1]}, from Jackson's path of an error. */
  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /** The path of a parser context, as problems write it. */
  private static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        parts.add(c.getCurrentName() == null ? "" : c.getCurrentName());
      } else if (c.inArray()) {
        parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      String part = parts.get(i);
      if (!part.startsWith("[") && out.length() > 0) {
        out.append('.');
      }
      out.append(part);
    }
    return out.toString();
  }

  /** A construct the rule format refuses, met while reading. */
  private static final class Refused extends JsonParseException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String path;

    Refused(JsonParser p, int line, String path, String message) {
      super(p, message);
      this.line = line;
      // The path down a refused nesting can be thousands of steps long: keep its start.
      this.path = path.length() <= 120 ? path : path.substring(0, 120) + "...";
    }

    @Override
    public String getMessage() {
      return getOriginalMessage();
    }
  }

  /**
   * Passes the YAML parser's tokens through, recording the line of every value and field and
   * refusing anchors, aliases and deep nesting as they come.
   */
  private static final class Tracking extends JsonParserDelegate {
    private final Map<String, Integer> lines;

    Tracking(JsonParser parser, Map<String, Integer> lines) {
      super(parser);
      this.lines = lines;
    }

    int line() {
      return delegate.currentTokenLocation().getLineNr();
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = delegate.nextToken();
      if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        return token;
      }
      JsonStreamContext context = delegate.getParsingContext();
      boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
      JsonStreamContext place = opens ? context.getParent() : context;
      // A field and its value share the path: the field's line is kept, so the value needs none.
      boolean valueOfField = !opens && token != JsonToken.FIELD_NAME && context.inObject();
      if (!valueOfField) {
        lines.putIfAbsent(path(place), line());
      }
      YAMLParser yaml = (YAMLParser) delegate;
      if (yaml.isCurrentAlias()) {
        throw new Refused(this, line(), path(place), "a YAML alias (*" + yaml.getText()
            + "): rule files do not use anchors and aliases; write the value out, or share a criterion with shared and ref");
      }
      Object anchor = yaml.getObjectId();
      if (anchor != null) {
        throw new Refused(this, line(), path(place), "a YAML anchor (&" + anchor
            + "): rule files do not use anchors and aliases; share a criterion with shared and ref");
      }
      if (opens && context.getNestingDepth() > MAX_DEPTH) {
        throw new Refused(this, line(), path(place), "nested deeper than " + MAX_DEPTH
            + " mappings and lists (the limit of a rule file)");
      }
      return token;
    }
  }
}
