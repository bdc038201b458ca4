package org.imrengine.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact that rules reason over, as a fact definition in {@code rules/facts/} declares it: its id,
 * whether it is a flag or a quantity, a short noun phrase and, for a quantity, its unit. How the
 * fact is derived from a case is the definition's business ({@link FactCatalog}); rule files name
 * facts by {@link #id()}.
 *
 * <p>A flag fact is present, documented absent, or not documented. A quantity fact is a number (in
 * {@link #unit()}) or not documented. Immutable and thread-safe; two facts are equal when their
 * ids are.
 */
public final class Fact {

  /** Whether a fact is a yes/no flag or a number. */
  public enum Kind {
    /** Documented or not: present, absent or not documented. */
    FLAG,
    /** A number, such as weeks, visits or levels. */
    QUANTITY
  }

  private final String id;
  private final Kind kind;
  private final String label;
  private final String unit;
  private final List<String> implies;

  /**
   * A fact.
   *
   * @param id the id rule files use, such as {@code "conservative_care_weeks"}
   * @param kind flag or quantity
   * @param label a short noun phrase, such as {@code "a red flag"}
   * @param unit the unit of a quantity, such as {@code "weeks"}; empty for a flag
   * @param implies the ids of the flag facts that documenting this one brings with it
   */
  public Fact(String id, Kind kind, String label, Optional<String> unit, List<String> implies) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.label = Objects.requireNonNull(label, "label");
    this.unit = Objects.requireNonNull(unit, "unit").orElse(null);
    this.implies = List.copyOf(implies);
  }

  /** {@return the id rule files use, such as {@code "conservative_care_weeks"}} */
  public String id() {
    return id;
  }

  /** {@return whether the fact is a flag or a quantity} */
  public Kind kind() {
    return kind;
  }

  /** {@return a short noun phrase for the fact, such as {@code "a red flag"}} */
  public String label() {
    return label;
  }

  /** {@return the unit of a quantity fact, such as {@code "weeks"}; empty for flags} */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * {@return the ids of the flag facts that documenting this one now (as advice asks) brings with
   * it: by
   * the way the facts are defined, trauma is a red flag, a planned surgery is a planned invasive
   * procedure; and what is documented now comes after every prior study or course} Used to keep
   * advice minimal.
   */
  public List<String> implies() {
    return implies;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact && ((Fact) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
