package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An entry of a case file that can be cited as evidence: it has an id unique within the case, an
 * optional date, the record's own words, and where in the letter it was read from.
 */
public interface Item {

  /** The id, unique within the case file, for example {@code "exam-2014-02-24-sensory"}. */
  String id();

  /** The date the record gives for this item, if any. */
  Optional<LocalDate> date();

  /** The record's own words for this item, if the case file gives them. */
  Optional<String> text();

  /** Where the item was read from; {@link Provenance#SUMMARY} unless the file says otherwise. */
  Provenance from();
}
