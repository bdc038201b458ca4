package org.imrengine.facts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.imrengine.model.Term;

/**
 * A dotted path of accessors from a case item to one of its values, such as {@code service.kind}
 * or {@code frequency.minVisits}, resolved against the item's Java type when fact definitions are
 * loaded. Values are read in one normal form: an empty {@code Optional} or an empty list is
 * {@code null} (not stated); a vocabulary value is its id; whole numbers are {@code Long}.
 * Immutable and thread-safe.
 */
final class ItemPath {
  private final String text;
  private final List<Method> accessors;
  private final Class<?> type;

  private ItemPath(String text, List<Method> accessors, Class<?> type) {
    this.text = text;
    this.accessors = List.copyOf(accessors);
    this.type = type;
  }

  /**
   * Resolves {@code text} against {@code root}.
   *
   * @throws IllegalArgumentException naming the unknown part and the known ones
   */
  static ItemPath resolve(Class<?> root, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty field path");
    }
    List<Method> methods = new ArrayList<>();
    Class<?> current = root;
    String[] parts = text.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (!isNavigable(current)) {
        throw new IllegalArgumentException("'" + String.join(".", java.util.Arrays.copyOf(parts, i))
            + "' is a value, it has no field '" + part + "'");
      }
      Method m = accessor(current, part);
      if (m == null) {
        throw new IllegalArgumentException("unknown field '" + part + "' (known: " + String.join(", ", fields(current)) + ")");
      }
      methods.add(m);
      current = valueClass(m.getGenericReturnType());
    }
    return new ItemPath(text, methods, current);
  }

  /** The fields a type offers, for messages. */
  static List<String> fields(Class<?> type) {
    TreeSet<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (usable(m)) {
        names.add(m.getName());
      }
    }
    return new ArrayList<>(names);
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return usable(m) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static boolean usable(Method m) {
    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
      return false;
    }
    String n = m.getName();
    if (n.equals("hashCode") || n.equals("toString") || n.equals("getClass") || n.equals("getDeclaringClass")
        || n.equals("ordinal") || n.equals("name") || n.startsWith("to") || n.startsWith("with")
        || n.equals("describeConstable")) {
      return false;
    }
    Class<?> t = valueClass(m.getGenericReturnType());
    return t != null && (isValue(t) || isNavigable(t));
  }

  private static boolean isNavigable(Class<?> t) {
    return (t.isRecord() || t.isEnum() || Term.class.isAssignableFrom(t) && !t.isInterface())
        && t.getName().startsWith("org.imrengine.");
  }

  private static boolean isValue(Class<?> t) {
    return t.isEnum() || Term.class.isAssignableFrom(t) || t == String.class || t == Boolean.class
        || t == boolean.class || t == Integer.class || t == int.class || t == Long.class || t == long.class
        || t == LocalDate.class || t == List.class || t == org.imrengine.model.DateSpan.class;
  }

  /** The class of a value of {@code type}, looking through {@code Optional}. */
  private static Class<?> valueClass(Type type) {
    if (type instanceof Class<?>) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      if (p.getRawType() == Optional.class) {
        return valueClass(p.getActualTypeArguments()[0]);
      }
      return valueClass(p.getRawType());
    }
    return null;
  }

  /** The value at this path, in normal form; {@code null} when not stated. */
  Object get(Object item) {
    Object value = item;
    for (Method m : accessors) {
      if (value == null) {
        return null;
      }
      try {
        value = normal(m.invoke(value), false);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + text + " of " + item.getClass().getSimpleName(), e);
      }
    }
    return normal(value, true);
  }

  private static Object normal(Object value, boolean last) {
    if (value instanceof Optional<?>) {
      value = ((Optional<?>) value).orElse(null);
    }
    if (value instanceof List<?> && ((List<?>) value).isEmpty()) {
      return null;
    }
    if (!last || value == null) {
      return value;
    }
    if (value instanceof Term) {
      return ((Term) value).id();
    }
    if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof Integer) {
      return ((Integer) value).longValue();
    }
    return value;
  }

  /** The type of the value at the end of the path (the element type of an {@code Optional}). */
  Class<?> type() {
    return type;
  }

  /** Whether values of this path are whole numbers. */
  boolean isNumber() {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class;
  }

  boolean isDate() {
    return type == LocalDate.class;
  }

  /** Whether values of this path are dates the record may give only as a span. */
  boolean isSpan() {
    return type == org.imrengine.model.DateSpan.class;
  }

  boolean isBoolean() {
    return type == Boolean.class || type == boolean.class;
  }

  /** The ids a vocabulary-valued path may take, or empty when the value is not from a vocabulary. */
  Optional<List<String>> vocabulary(org.imrengine.model.Vocabulary vocabulary) {
    if (!type.isEnum()) {
      return vocabulary.termsOf(type).map(org.imrengine.model.Vocabulary.Terms::idList);
    }
    List<String> ids = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      ids.add(constant instanceof Term ? ((Term) constant).id() : ((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
    }
    return Optional.of(ids);
  }

  @Override
  public String toString() {
    return text;
  }
}
