package org.imrengine.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.facts.Fact;
import org.imrengine.rules.Comparison;

/**
 * What would make a request that is not medically necessary become medically necessary, computed
 * exactly from the chosen rules' criteria trees and limits. Each option is a minimal set of steps:
 * satisfying all of them flips the outcome, and no option is a superset of another. Empty for an
 * overturned request and for a request no rule decides. Immutable and thread-safe.
 *
 * @param options the minimal sets of steps, smallest first
 * @param notes what documentation cannot change, such as a service the guideline does not
 *     recommend at all; empty when there is nothing to say
 */
public record Advice(List<Option> options, List<String> notes) {
  /**
   * Checks the components and copies its collections, so the record is immutable.
   *
   * @param options the minimal sets of steps, smallest first
   * @param notes what documentation cannot change, such as a service the guideline does not
   *     recommend at all; empty when there is nothing to say
   */
  public Advice {
    options = List.copyOf(options);
    notes = List.copyOf(notes);
  }

  /**
   * No advice.
   *
   * @return an advice
   */
  public static Advice none() {
    return new Advice(List.of(), List.of());
  }

  /** {@return whether there is nothing to advise} */
  public boolean isEmpty() {
    return options.isEmpty() && notes.isEmpty();
  }

  /** One minimal set of steps that together would make the request medically necessary. */
  public record Option(List<Step> steps) {
    /**
     * Checks the components and copies its collections, so the record is immutable.
     *
     * @param steps the steps, each a criterion or limit to satisfy
     */
    public Option {
      steps = List.copyOf(steps);
    }
  }

  /** What kind of change a step asks for. */
  public enum Kind {
    /** Supply documentation the record lacks. */
    DOCUMENT,
    /** The record documents the contrary or too little: the clinical picture would have to differ. */
    CHANGE,
    /** The record documents something the guideline excludes. */
    EXCLUSION,
    /** Change the request itself: documentation cannot fix a request above a guideline limit. */
    REQUEST
  }

  /**
   * One step: a criterion or limit to satisfy, in plain words.
   *
   * @param part the service of the part the step belongs to
   * @param id the criterion or limit id
   * @param kind what kind of change it asks for
   * @param text the step in plain words
   * @param fact the fact the step is about
   * @param comparison for a quantity, how it must compare with {@code threshold}
   * @param threshold for a quantity, the threshold
   * @param presence for a flag, whether it must be documented present (true) or absent (false)
   */
  public record Step(String part, String id, Kind kind, String text, Fact fact,
      Optional<Comparison> comparison, Optional<Long> threshold, Optional<Boolean> presence) {
    /**
     * Checks the components (no component may be null).
     *
     * @param part the service of the part the step belongs to
     * @param id the criterion or limit id
     * @param kind what kind of change it asks for
     * @param text the step in plain words
     * @param fact the fact the step is about
     * @param comparison for a quantity, how it must compare with {@code threshold}
     * @param threshold for a quantity, the threshold
     * @param presence for a flag, whether it must be documented present (true) or absent (false)
     */
    public Step {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(presence, "presence");
    }
  }
}
