package org.imrengine.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ids of each {@link Term} enum, computed once per enum class: {@link Term#id()} is called on
 * every fact, criterion and JSON field, and lower-casing the name each time was a measurable part
 * of a determination. A {@link ClassValue} holds them, so the cache is per class loader, filled
 * lazily and safely from any thread, and never changes once filled.
 */
final class TermIds {
  private static final ClassValue<String[]> IDS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] ids = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        ids[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
      }
      return ids;
    }
  };

  private static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] ids = IDS.get(type);
      Map<String, Object> out = new HashMap<>();
      for (int i = 0; i < constants.length; i++) {
        out.put(ids[i], constants[i]);
      }
      return Map.copyOf(out);
    }
  };

  private TermIds() {}

  /** The id of {@code constant}: its name in lower case. */
  static String id(Enum<?> constant) {
    return IDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** The constant of enum {@code type} whose id is {@code id}, or null. */
  static <E extends Enum<E>> E byId(Class<E> type, String id) {
    return type.cast(BY_ID.get(type).get(id));
  }
}
