package org.imrengine.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  static <T> List<T> list(List<T> value, String name) {
    return List.copyOf(Objects.requireNonNull(value, name));
  }

  static String id(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    return id;
  }
}
