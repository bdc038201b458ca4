package org.imrengine.rules;

import java.util.List;
import java.util.Objects;

/**
 * One guideline rule: what it applies to, where it comes from, and its criteria and limits.
 * Immutable and thread-safe.
 *
 * @param id the rule id, such as {@code "cervical_mri_initial"}; editions of a rule share it
 * @param title a short title, such as {@code "Cervical MRI (initial)"}
 * @param file the rule file it was read from
 * @param appliesTo the service, regions and condition it applies to
 * @param citation the guideline citation the decision is based on
 * @param nonMtus further non-MTUS citations used where the MTUS is silent on part of the question
 * @param edition the guideline edition and the dates it is in force
 * @param summary what the guideline requires, in the words the rationale opens with
 * @param criteria the criteria, all of which must be met
 * @param limits the limits the request as submitted must keep within
 * @param basis where the rule comes from (guideline brief section, sample letters)
 */
public record Rule(String id, String title, String file, AppliesTo appliesTo, Citation citation,
    List<Citation> nonMtus, Edition edition, String summary, Criterion criteria,
    List<Limit> limits, String basis) {
  /**
   * Checks the components (no component may be null) and copies its collections, so the record is
   * immutable.
   *
   * @param id the rule id, such as {@code "cervical_mri_initial"}; editions of a rule share it
   * @param title a short title, such as {@code "Cervical MRI (initial)"}
   * @param file the rule file it was read from
   * @param appliesTo the service, regions and condition it applies to
   * @param citation the guideline citation the decision is based on
   * @param nonMtus further non-MTUS citations used where the MTUS is silent on part of the question
   * @param edition the guideline edition and the dates it is in force
   * @param summary what the guideline requires, in the words the rationale opens with
   * @param criteria the criteria, all of which must be met
   * @param limits the limits the request as submitted must keep within
   * @param basis where the rule comes from (guideline brief section, sample letters)
   */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(appliesTo, "appliesTo");
    Objects.requireNonNull(citation, "citation");
    nonMtus = List.copyOf(nonMtus);
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(criteria, "criteria");
    limits = List.copyOf(limits);
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * {@return the rule's step in the medical evidence search sequence, from its citation's
   * guideline}
   */
  public Tier tier() {
    return citation.guideline().tier();
  }
}
