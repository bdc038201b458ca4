package org.imrengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A JSON object being read into the model, with its JSON path. Reading a field checks its type;
 * {@link #allow} rejects fields the format does not know. Every error names the path.
 */
final class JsonObject {
  private final String file;
  private final String path;
  private final JsonNode node;

  JsonObject(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
    if (!node.isObject()) {
      throw fail(path, "expected an object, was " + kind(node));
    }
  }

  String path() {
    return path;
  }

  CaseFileException fail(String at, String problem) {
    return new CaseFileException(file, at, problem);
  }

  private String at(String field) {
    return path + "." + field;
  }

  /** Rejects any field not named here. */
  JsonObject allow(String... fields) {
    Set<String> known = new TreeSet<>(List.of(fields));
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw fail(at(name), "unknown field (expected one of " + String.join(", ", known) + ")");
      }
    }
    return this;
  }

  private Optional<JsonNode> field(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNull()) {
      throw fail(at(name), "must not be null (leave the field out when it is not documented)");
    }
    return Optional.of(value);
  }

  private JsonNode required(String name) {
    return field(name).orElseThrow(() -> fail(at(name), "missing required field"));
  }

  Optional<String> optString(String name) {
    return field(name).map(v -> text(name, v));
  }

  String string(String name) {
    return text(name, required(name));
  }

  private String text(String name, JsonNode value) {
    if (!value.isTextual()) {
      throw fail(at(name), "expected a string, was " + kind(value));
    }
    if (value.asText().isBlank()) {
      throw fail(at(name), "must not be blank");
    }
    return value.asText();
  }

  Optional<LocalDate> optDate(String name) {
    return field(name).map(v -> date(name, v));
  }

  LocalDate date(String name) {
    return date(name, required(name));
  }

  private LocalDate date(String name, JsonNode value) {
    String text = text(name, value);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(at(name), "not a valid date '" + text + "' (expected yyyy-MM-dd)");
    }
  }

  Optional<Integer> optInt(String name, int min) {
    return field(name).map(v -> integer(name, v, min));
  }

  int integer(String name, int min) {
    return integer(name, required(name), min);
  }

  private int integer(String name, JsonNode value, int min) {
    if (!value.isInt()) {
      throw fail(at(name), "expected a whole number, was " + kind(value));
    }
    if (value.asInt() < min) {
      throw fail(at(name), "must be at least " + min + ", was " + value.asInt());
    }
    return value.asInt();
  }

  Optional<Boolean> optBool(String name) {
    return field(name).map(v -> bool(name, v));
  }

  boolean bool(String name) {
    return bool(name, required(name));
  }

  private boolean bool(String name, JsonNode value) {
    if (!value.isBoolean()) {
      throw fail(at(name), "expected true or false, was " + kind(value));
    }
    return value.asBoolean();
  }

  <E extends Enum<E> & Term> Optional<E> optTerm(String name, Class<E> type) {
    return field(name).map(v -> term(name, v, type));
  }

  <E extends Enum<E> & Term> E term(String name, Class<E> type) {
    return term(name, required(name), type);
  }

  private <E extends Enum<E> & Term> E term(String name, JsonNode value, Class<E> type) {
    String text = text(name, value);
    try {
      return Term.parse(type, text);
    } catch (IllegalArgumentException e) {
      throw fail(at(name), e.getMessage());
    }
  }

  Optional<JsonObject> optObject(String name) {
    return field(name).map(v -> new JsonObject(file, at(name), v));
  }

  JsonObject object(String name) {
    return new JsonObject(file, at(name), required(name));
  }

  /** Reads an optional array; an absent array is an empty list (nothing documented). */
  <T> List<T> list(String name, Function<JsonObject, T> reader) {
    return array(name, (element, where) -> reader.apply(new JsonObject(file, where, element)));
  }

  <E extends Enum<E> & Term> List<E> terms(String name, Class<E> type) {
    return array(name, (element, where) -> {
      if (!element.isTextual()) {
        throw fail(where, "expected a string, was " + kind(element));
      }
      try {
        return Term.parse(type, element.asText());
      } catch (IllegalArgumentException e) {
        throw fail(where, e.getMessage());
      }
    });
  }

  List<String> strings(String name) {
    return array(name, (element, where) -> {
      if (!element.isTextual() || element.asText().isBlank()) {
        throw fail(where, "expected a non-blank string, was " + kind(element));
      }
      return element.asText();
    });
  }

  private interface ElementReader<T> {
    T read(JsonNode element, String where);
  }

  private <T> List<T> array(String name, ElementReader<T> reader) {
    Optional<JsonNode> value = field(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw fail(at(name), "expected an array, was " + kind(value.get()));
    }
    List<T> out = new ArrayList<>();
    int i = 0;
    for (JsonNode element : value.get()) {
      out.add(reader.read(element, at(name) + "[" + i + "]"));
      i++;
    }
    return out;
  }

  static String kind(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return "null";
  }
}
