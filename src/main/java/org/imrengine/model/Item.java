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

  /** The id, unique within the case file, for example {@code "exam-2014-02-24-sensory"}. */
  String id();

  /** The date the record gives for this item, as precisely as it gives it, if any. */
  Optional<DateSpan> dateSpan();

  /** The exact day the record gives for this item; empty when it gives none or only a span. */
  default Optional<LocalDate> date() {
    return dateSpan().flatMap(DateSpan::exact);
  }

  /** The record's own words for this item, if the case file gives them. */
  Optional<String> text();

  /** Where the item was read from; {@link Provenance#SUMMARY} unless the file says otherwise. */
  Provenance from();

  /** Standard codes for the item (ICD-10, CPT, HCPCS, RxNorm, LOINC); empty when none given. */
  List<StandardCode> codes();

  /** An optional exact day as a span, for the constructors that take exact days. */
  static Optional<DateSpan> span(Optional<LocalDate> day) {
    return day.map(DateSpan::of);
  }
}
