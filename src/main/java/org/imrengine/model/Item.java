package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entry of a case file that can be cited as evidence: it has an id unique within the case, an
 * optional date, the record's own words, where in the letter it was read from, and optional
 * standard codes.
 */
public interface Item {

  /**
   * {@return the id, unique within the case file, for example {@code "exam-2014-02-24-sensory"}}
   */
  String id();

  /** {@return the date the record gives for this item, as precisely as it gives it, if any} */
  Optional<DateSpan> dateSpan();

  /**
   * {@return the exact day the record gives for this item; empty when it gives none or only a span}
   */
  default Optional<LocalDate> date() {
    return dateSpan().flatMap(DateSpan::exact);
  }

  /** {@return the record's own words for this item, if the case file gives them} */
  Optional<String> text();

  /**
   * {@return where the item was read from; {@link Provenance#SUMMARY} unless the file says
   * otherwise}
   */
  Provenance from();

  /**
   * Standard codes for the item (ICD-10, CPT, HCPCS, RxNorm, LOINC); empty when none given.
   *
   * @return the standard code items, in order
   */
  List<StandardCode> codes();

  /**
   * {@return an optional exact day as a span, for the constructors that take exact days}
   * @param day the day
   */
  static Optional<DateSpan> span(Optional<LocalDate> day) {
    return day.map(DateSpan::of);
  }
}
