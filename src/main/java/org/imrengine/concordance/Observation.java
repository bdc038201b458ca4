package org.imrengine.concordance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.ImrDecision;
import org.imrengine.model.ImrOutcome;
import org.imrengine.model.Request;
import org.imrengine.rules.Rule;

/**
 * One disputed request of a corpus: the engine's determination, reduced to what a concordance
 * report shows, beside the real decision. Holds no clinical content besides the request's
 * description. Immutable and thread-safe.
 *
 * @param file the file the request was read from, as the user named it
 * @param caseId the case id
 * @param requestId the request; empty for a letter item with no request in the case file
 * @param description the request (or the letter item) in its own words
 * @param engine the engine's outcome; empty when there is no request to decide
 * @param rule the id of the rule that decided the main service, if any
 * @param unmet the ids of the unmet criteria and limits, as {@link Determination#unmet()}
 * @param keys the group of each {@link Dimension}; {@code "-"} where there is none
 * @param real the real decision, if recorded
 */
public record Observation(String file, String caseId, Optional<String> requestId,
    String description, Optional<Outcome> engine, Optional<String> rule, List<String> unmet,
    Map<Dimension, String> keys, Optional<ImrDecision> real) {
  /** The key of a dimension an observation has no value for. */
  public static final String NONE = "-";

  /**
   * Checks the components (no component may be null; the values must be consistent) and copies its
   * collections, so the record is immutable.
   *
   * @param file the file the request was read from, as the user named it
   * @param caseId the case id
   * @param requestId the request; empty for a letter item with no request in the case file
   * @param description the request (or the letter item) in its own words
   * @param engine the engine's outcome; empty when there is no request to decide
   * @param rule the id of the rule that decided the main service, if any
   * @param unmet the ids of the unmet criteria and limits, as {@link Determination#unmet()}
   * @param keys the group of each {@link Dimension}; {@code "-"} where there is none
   * @param real the real decision, if recorded
   */
  public Observation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(rule, "rule");
    unmet = List.copyOf(unmet);
    keys = Map.copyOf(keys);
    if (!keys.keySet().containsAll(List.of(Dimension.values()))) {
      throw new IllegalArgumentException("keys must name a group for every dimension, was " + keys);
    }
    Objects.requireNonNull(real, "real");
  }

  /**
   * {@return the observation of {@code request}, decided as {@code d}, against {@code real}}
   * @param file the file, as named by the caller
   * @param request the request
   * @param d the determination
   * @param real the real decision, if recorded
   */
  public static Observation of(String file, Request request, Determination d, Optional<ImrDecision> real) {
    Map<Dimension, String> keys = new EnumMap<>(Dimension.class);
    keys.put(Dimension.SERVICE, request.service().id());
    keys.put(Dimension.REGION, request.region().id());
    Optional<Rule> rule = d.rule();
    keys.put(Dimension.RULE, rule.map(Rule::id).orElse(NONE));
    keys.put(Dimension.EDITION, rule.map(r -> r.edition().name()).orElse(NONE));
    keys.put(Dimension.GUIDELINE, rule.map(r -> r.citation().guideline().id()).orElse(NONE));
    return new Observation(file, d.caseId(), Optional.of(d.requestId()), d.description(),
        Optional.of(d.outcome()), rule.map(Rule::id), d.unmet(), keys, real);
  }

  /**
   * {@return the observation of {@code request} decided as {@code d}, against its recorded IMR
   * decision}
   * @param file the file, as named by the caller
   * @param request the request
   * @param d the determination
   */
  public static Observation of(String file, Request request, Determination d) {
    return of(file, request, d, request.imr());
  }

  /**
   * {@return a real decision on an item the case file has no request for}
   * @param file the file, as named by the caller
   * @param caseId the case id
   * @param item the item
   * @param real the real decision, if recorded
   */
  public static Observation withoutRequest(String file, String caseId, String item, ImrDecision real) {
    Map<Dimension, String> keys = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      keys.put(dimension, NONE);
    }
    return new Observation(file, caseId, Optional.empty(), item, Optional.empty(), Optional.empty(),
        List.of(), keys, Optional.of(real));
  }

  /** {@return whether the engine decided the request, and if not, why not} */
  public Coverage coverage() {
    if (real.isEmpty()) {
      return Coverage.NO_REAL_DECISION;
    }
    if (engine.isEmpty()) {
      return Coverage.NO_REQUEST;
    }
    return switch (engine.get()) {
      case UPHELD, OVERTURNED -> Coverage.DECIDED;
      case NO_APPLICABLE_RULE -> Coverage.NO_APPLICABLE_RULE;
      case NO_EDITION_IN_FORCE -> Coverage.NO_EDITION_IN_FORCE;
    };
  }

  /** {@return whether the engine decided the request the way the reviewer did} */
  public boolean agrees() {
    return agrees(engine, realOutcome());
  }

  /**
   * {@return what agreement means, for every report that shows it: the engine decided (upheld or
   * overturned) and the real outcome is the same}
   * @param engine the engine's outcome; empty when there is no request to decide
   * @param real the real decision, if recorded
   */
  public static boolean agrees(Optional<Outcome> engine, Optional<Outcome> real) {
    return engine.isPresent() && (engine.get() == Outcome.UPHELD || engine.get() == Outcome.OVERTURNED)
        && engine.equals(real);
  }

  /** {@return the real outcome as the engine's outcome type, if recorded} */
  public Optional<Outcome> realOutcome() {
    return real.map(r -> r.outcome() == ImrOutcome.OVERTURNED ? Outcome.OVERTURNED : Outcome.UPHELD);
  }
}
