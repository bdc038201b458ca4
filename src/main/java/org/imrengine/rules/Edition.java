package org.imrengine.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.model.Request;

/**
 * A guideline edition and the dates it is in force, both inclusive. Immutable and thread-safe.
 *
 * @param name the edition, such as {@code "ACOEM 2nd edition (2004), adopted by the MTUS"}
 * @param from the first day it is in force
 * @param to the last day it is in force; empty while it is still in force
 * @param judgedOn which date of a request the two dates are compared with
 */
public record Edition(String name, LocalDate from, Optional<LocalDate> to, JudgedOn judgedOn) {
  /**
   * Checks the components (no component may be null; the values must be consistent).
   *
   * @param name the edition, such as {@code "ACOEM 2nd edition (2004), adopted by the MTUS"}
   * @param from the first day it is in force
   * @param to the last day it is in force; empty while it is still in force
   * @param judgedOn which date of a request the edition is judged on
   */
  public Edition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(judgedOn, "judgedOn");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException("edition ends (" + to.get() + ") before it starts (" + from + ")");
    }
  }

  /**
   * An edition judged on the request date.
   *
   * @param name the edition
   * @param from the first day it is in force
   * @param to the last day it is in force; empty while it is still in force
   */
  public Edition(String name, LocalDate from, Optional<LocalDate> to) {
    this(name, from, to, JudgedOn.REQUEST_DATE);
  }

  /**
   * {@return the date of {@code request} this edition is judged on} ({@link JudgedOn#dateOf})
   *
   * @param request the request
   * @param asOf the date the case record runs to
   */
  public LocalDate dateOf(Request request, LocalDate asOf) {
    return judgedOn.dateOf(request, asOf);
  }

  /**
   * {@return whether the edition is in force on {@code date}}
   * @param date the date
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(from) && (to.isEmpty() || !date.isAfter(to.get()));
  }

  /**
   * {@return {@code "name (from 2009-07-18 to 2016-07-27)"}, or {@code "... onwards"} when open}
   */
  public String describe() {
    return name + " (in force from " + from + to.map(t -> " to " + t).orElse(" onwards") + ")";
  }
}
