package org.imrengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.imrengine.model.CaseFileProblem.Code;

/**
 * A JSON object being read into the model, with its JSON path. Reading a field checks its type;
 * {@link #allow} reports fields the format does not know. A problem is recorded in the read's
 * {@link Problems} and reading goes on: an optional field with a problem reads as empty, a
 * required one as null, so that the item reader can see the item is unusable and drop it.
 */
final class JsonObject {
  private final Problems problems;
  private final String path;
  private final JsonNode node;

  private JsonObject(Problems problems, String path, JsonNode node) {
    this.problems = problems;
    this.path = path;
    this.node = node;
  }

  /** Wraps {@code node}; reports a problem and returns an empty object when it is not an object. */
  static JsonObject of(Problems problems, String path, JsonNode node) {
    if (!node.isObject()) {
      problems.add(Code.WRONG_TYPE, path, "expected an object, was " + kind(node));
      return new JsonObject(problems, path, JsonNodeFactory.instance.objectNode());
    }
    return new JsonObject(problems, path, node);
  }

  String path() {
    return path;
  }

  Problems problems() {
    return problems;
  }

  /** Whether the object has the field (even with a bad value). */
  boolean has(String name) {
    return node.has(name);
  }

  /** Whether the object has the field with an object value. */
  boolean isObjectField(String name) {
    return node.has(name) && node.get(name).isObject();
  }

  void fail(Code code, String at, String problem) {
    problems.add(code, at, problem);
  }

  String at(String field) {
    return path + "." + field;
  }

  /** Reports every field not named here. */
  JsonObject allow(String... fields) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!contains(fields, name)) {
        Set<String> known = new TreeSet<>(List.of(fields));
        fail(Code.UNKNOWN_FIELD, at(name), "unknown field (expected one of " + String.join(", ", known) + ")");
      }
    }
    return this;
  }

  private static boolean contains(String[] fields, String name) {
    for (String f : fields) {
      if (f.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Reports {@code b} as not allowed beside {@code a} when the object has both. */
  void exclusive(String a, String b) {
    if (node.has(a) && node.has(b)) {
      fail(Code.INCONSISTENT, at(b), "not allowed together with " + a);
    }
  }

  private Optional<JsonNode> field(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNull()) {
      fail(Code.WRONG_TYPE, at(name), "must not be null (leave the field out when it is not documented)");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private JsonNode required(String name) {
    if (!node.has(name)) {
      fail(Code.MISSING_FIELD, at(name), "missing required field");
      return null;
    }
    return field(name).orElse(null);
  }

  Optional<String> optString(String name) {
    return field(name).map(v -> text(at(name), v));
  }

  String string(String name) {
    JsonNode value = required(name);
    return value == null ? null : text(at(name), value);
  }

  private String text(String where, JsonNode value) {
    if (!value.isTextual()) {
      fail(Code.WRONG_TYPE, where, "expected a string, was " + kind(value));
      return null;
    }
    if (value.asText().isBlank()) {
      fail(Code.BAD_VALUE, where, "must not be blank");
      return null;
    }
    return value.asText();
  }

  /** An exact day, {@code yyyy-MM-dd}. */
  Optional<LocalDate> optDate(String name) {
    return field(name).map(v -> day(at(name), v));
  }

  LocalDate date(String name) {
    JsonNode value = required(name);
    return value == null ? null : day(at(name), value);
  }

  private LocalDate day(String where, JsonNode value) {
    String text = text(where, value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      fail(Code.BAD_DATE, where, "not a valid date '" + text + "' (expected yyyy-MM-dd)");
      return null;
    }
  }

  /**
   * A date that may be partial, bounded or approximate: {@code "2014-09-03"}, {@code "2014-09"},
   * {@code "2018"}, or an object {@code {"after": D, "before": D}} (either or both) or
   * {@code {"about": D}}, where each D is itself a day, a month or a year.
   */
  Optional<DateSpan> optSpan(String name) {
    return field(name).map(v -> span(at(name), v));
  }

  private DateSpan span(String where, JsonNode value) {
    if (value.isTextual()) {
      return partial(where, value);
    }
    if (!value.isObject()) {
      fail(Code.WRONG_TYPE, where, "expected a date string or an object with after, before or about, was "
          + kind(value));
      return null;
    }
    JsonObject o = new JsonObject(problems, where, value);
    int mark = problems.mark();
    o.allow("after", "before", "about");
    o.exclusive("after", "about");
    o.exclusive("before", "about");
    Optional<DateSpan> after = o.field("after").map(v -> partial(o.at("after"), v));
    Optional<DateSpan> before = o.field("before").map(v -> partial(o.at("before"), v));
    Optional<DateSpan> about = o.field("about").map(v -> partial(o.at("about"), v));
    if (!o.has("after") && !o.has("before") && !o.has("about")) {
      fail(Code.MISSING_FIELD, where, "a date object needs after, before or about");
    }
    return problems.build(mark, where, () -> about.map(DateSpan::approximately).orElseGet(() ->
        new DateSpan(after.map(a -> a.latest().get().plusDays(1)),
            before.map(b -> b.earliest().get().minusDays(1)), false)));
  }

  private DateSpan partial(String where, JsonNode value) {
    String text = text(where, value);
    if (text == null) {
      return null;
    }
    try {
      return DateSpan.parse(text);
    } catch (DateTimeException e) {
      fail(Code.BAD_DATE, where, "not a valid date '" + text + "' (expected yyyy-MM-dd, yyyy-MM or yyyy)");
      return null;
    }
  }

  Optional<Integer> optInt(String name, int min) {
    return optInt(name, min, Integer.MAX_VALUE);
  }

  Optional<Integer> optInt(String name, int min, int max) {
    return field(name).map(v -> integer(at(name), v, min, max));
  }

  /** A required whole number; null (with a problem) when missing or bad. */
  Integer integer(String name, int min, int max) {
    JsonNode value = required(name);
    return value == null ? null : integer(at(name), value, min, max);
  }

  private Integer integer(String where, JsonNode value, int min, int max) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      fail(value.isIntegralNumber() ? Code.BAD_VALUE : Code.WRONG_TYPE, where,
          value.isIntegralNumber() ? "must be at most " + max + ", was " + value.asText()
              : "expected a whole number, was " + kind(value));
      return null;
    }
    if (value.asInt() < min) {
      fail(Code.BAD_VALUE, where, "must be at least " + min + ", was " + value.asInt());
      return null;
    }
    if (value.asInt() > max) {
      fail(Code.BAD_VALUE, where, "must be at most " + max + ", was " + value.asInt());
      return null;
    }
    return value.asInt();
  }

  /** The largest magnitude of a decimal value: no dose or observation of a record is larger. */
  static final BigDecimal MAX_DECIMAL = BigDecimal.valueOf(1_000_000_000L);

  /** A plain decimal number, finite and of magnitude at most {@link #MAX_DECIMAL}. */
  Optional<BigDecimal> optDecimal(String name) {
    return field(name).map(v -> {
      if (!v.isNumber()) {
        fail(Code.WRONG_TYPE, at(name), "expected a number, was " + kind(v));
        return null;
      }
      // 1e400 reads as an infinite double; its decimal value would be an exception.
      if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue()) && !v.isBigDecimal()) {
        fail(Code.BAD_VALUE, at(name), "must be at most " + MAX_DECIMAL + " in magnitude");
        return null;
      }
      BigDecimal value = v.decimalValue();
      if (value.abs().compareTo(MAX_DECIMAL) > 0) {
        fail(Code.BAD_VALUE, at(name), "must be at most " + MAX_DECIMAL + " in magnitude");
        return null;
      }
      return value;
    });
  }

  Optional<Boolean> optBool(String name) {
    return field(name).map(v -> bool(at(name), v));
  }

  Boolean bool(String name) {
    JsonNode value = required(name);
    return value == null ? null : bool(at(name), value);
  }

  private Boolean bool(String where, JsonNode value) {
    if (!value.isBoolean()) {
      fail(Code.WRONG_TYPE, where, "expected true or false, was " + kind(value));
      return null;
    }
    return value.asBoolean();
  }

  <E extends Enum<E> & Term> Optional<E> optTerm(String name, Class<E> type) {
    return field(name).map(v -> term(at(name), v, type));
  }

  <E extends Enum<E> & Term> E term(String name, Class<E> type) {
    JsonNode value = required(name);
    return value == null ? null : term(at(name), value, type);
  }

  private <E extends Enum<E> & Term> E term(String where, JsonNode value, Class<E> type) {
    String text = text(where, value);
    if (text == null) {
      return null;
    }
    try {
      return Term.parse(type, text);
    } catch (IllegalArgumentException e) {
      fail(Code.UNKNOWN_VALUE, where, e.getMessage());
      return null;
    }
  }

  <T extends Term> Optional<T> optTerm(String name, Vocabulary.Terms<T> terms) {
    return field(name).map(v -> term(at(name), v, terms));
  }

  <T extends Term> T term(String name, Vocabulary.Terms<T> terms) {
    JsonNode value = required(name);
    return value == null ? null : term(at(name), value, terms);
  }

  <T extends Term> List<T> terms(String name, Vocabulary.Terms<T> terms) {
    return array(name, (element, where) -> term(where, element, terms));
  }

  private <T extends Term> T term(String where, JsonNode value, Vocabulary.Terms<T> terms) {
    String text = text(where, value);
    if (text == null) {
      return null;
    }
    try {
      return terms.get(text);
    } catch (IllegalArgumentException e) {
      fail(Code.UNKNOWN_VALUE, where, e.getMessage());
      return null;
    }
  }

  /** An optional nested object, read by {@code reader}; empty when absent or unusable. */
  <T> Optional<T> optObject(String name, Function<JsonObject, T> reader) {
    return field(name).map(v -> reader.apply(of(problems, at(name), v)));
  }

  /** Reads an optional array; an absent array is an empty list (nothing documented). */
  <T> List<T> list(String name, Function<JsonObject, T> reader) {
    return array(name, (element, where) -> reader.apply(of(problems, where, element)));
  }

  <E extends Enum<E> & Term> List<E> terms(String name, Class<E> type) {
    return array(name, (element, where) -> term(where, element, type));
  }

  List<String> strings(String name) {
    return array(name, (element, where) -> text(where, element));
  }

  private interface ElementReader<T> {
    T read(JsonNode element, String where);
  }

  /** The elements that could be read; an element with a problem is left out. */
  private <T> List<T> array(String name, ElementReader<T> reader) {
    Optional<JsonNode> value = field(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      fail(Code.WRONG_TYPE, at(name), "expected an array, was " + kind(value.get()));
      return List.of();
    }
    List<T> out = new ArrayList<>();
    int i = 0;
    for (JsonNode element : value.get()) {
      T read = reader.read(element, at(name) + "[" + i + "]");
      if (read != null) {
        out.add(read);
      }
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
