package org.imrengine.model;

import java.util.Locale;

/**
 * A value of a vocabulary written in case files and rule files as a {@code lower_snake} id.
 *
 * <p>Every enum of the case model implements this interface; its id is the constant's name in lower
 * case, so {@code DERMATOMAL} is written {@code "dermatomal"}. So do the values of the vocabularies
 * that are data of the rule base ({@link Vocabulary}: {@link Service}, {@link DiagnosisCategory},
 * {@link FindingType}, {@link ObservationCode}, and the guideline sources), which hold their id.
 */
public interface Term {

  /** {@return the constant's name, as the enum declares it} */
  String name();

  /** {@return the id used in files, for example {@code "physical_therapy"}; computed once per constant} */
  default String id() {
    if (this instanceof Enum<?> constant) {
      return TermIds.id(constant);
    }
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the constant of {@code type} whose id is {@code id}.
   *
   * @param <E> the enum type
   * @param type the enum type
   * @param id the id
   * @return the constant
   * @throws IllegalArgumentException naming the allowed ids when none matches
   */
  static <E extends Enum<E> & Term> E parse(Class<E> type, String id) {
    E constant = id == null ? null : TermIds.byId(type, id);
    if (constant != null) {
      return constant;
    }
    throw new IllegalArgumentException("unknown value '" + id + "' (expected one of " + ids(type) + ")");
  }

  /**
   * {@return the ids of every constant of {@code type}, comma separated, in declaration order}
   * @param <E> the enum type
   * @param type the enum type
   */
  static <E extends Enum<E> & Term> String ids(Class<E> type) {
    StringBuilder out = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(constant.id());
    }
    return out.toString();
  }
}
