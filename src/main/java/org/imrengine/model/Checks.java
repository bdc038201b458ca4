package org.imrengine.model;

import java.util.List;
import java.util.Optional;
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

  /** {@code amount}, if it is greater than 0 and at most {@link Amount#MAX}; {@code what} names it in the error. */
  static java.math.BigDecimal positiveAmount(java.math.BigDecimal amount, String what) {
    java.util.Objects.requireNonNull(amount, "amount");
    if (amount.signum() <= 0 || amount.compareTo(java.math.BigDecimal.valueOf(Amount.MAX)) > 0) {
      throw new IllegalArgumentException(
          what + " must be greater than 0 and at most " + Amount.MAX + ", was " + amount.toPlainString());
    }
    return amount;
  }

  /** Checks what every item of a case has: its id, and its date, text and provenance (each may be empty, none null). */
  static void item(String id, Optional<DateSpan> dateSpan, Optional<String> text, Provenance from) {
    id(id);
    notNull(dateSpan, "dateSpan");
    notNull(text, "text");
    notNull(from, "from");
  }

  static String id(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    return id;
  }
}
