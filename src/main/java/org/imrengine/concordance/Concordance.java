package org.imrengine.concordance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The concordance of a corpus: how much of it the engine decided and why not the rest, how the
 * decided requests compare with the real decisions, and every item a reader must look at. Build
 * one with a {@link Tally}. Immutable and thread-safe.
 *
 * @param by the dimension {@link #groups} break the corpus down by, if any
 * @param files the case files read
 * @param coverage the number of requests (and letter items) of each {@link Coverage}
 * @param confusion the decided requests' confusion matrix
 * @param groups one group per key of {@code by}, sorted by key; empty without {@code by}
 * @param notDecided the requests with a real decision the engine did not decide, in corpus order
 * @param unmeasured the requests without a real decision, in corpus order
 * @param disagreements the decided requests where the engine and the reviewer differ, in corpus
 *     order
 * @param invalid the files that could not be used, in corpus order
 */
public record Concordance(Optional<Dimension> by, long files, Map<Coverage, Long> coverage,
    Confusion confusion, List<Group> groups, List<Observation> notDecided,
    List<Observation> unmeasured, List<Observation> disagreements, List<InvalidFile> invalid) {
  /**
   * Checks the components (no component may be null; the values must be consistent) and copies its
   * collections, so the record is immutable.
   *
   * @param by the dimension {@link #groups} break the corpus down by, if any
   * @param files the case files read
   * @param coverage the number of requests (and letter items) of each {@link Coverage}
   * @param confusion the decided requests' confusion matrix
   * @param groups one group per key of {@code by}, sorted by key; empty without {@code by}
   * @param notDecided the requests with a real decision the engine did not decide, in corpus order
   * @param unmeasured the requests without a real decision, in corpus order
   * @param disagreements the decided requests where the engine and the reviewer differ, in corpus
   *     order
   * @param invalid the files that could not be used, in corpus order
   */
  public Concordance {
    Objects.requireNonNull(by, "by");
    Map<Coverage, Long> all = new EnumMap<>(Coverage.class);
    for (Coverage c : Coverage.values()) {
      all.put(c, coverage.getOrDefault(c, 0L));
    }
    coverage = Map.copyOf(all);
    Objects.requireNonNull(confusion, "confusion");
    groups = List.copyOf(groups);
    notDecided = List.copyOf(notDecided);
    unmeasured = List.copyOf(unmeasured);
    disagreements = List.copyOf(disagreements);
    invalid = List.copyOf(invalid);
    if (coverage.get(Coverage.DECIDED) != confusion.total()) {
      throw new IllegalArgumentException("decided requests and the confusion matrix differ");
    }
  }

  /**
   * {@return the number of requests (and letter items) of {@code c}}
   * @param c the concordance
   */
  public long count(Coverage c) {
    return coverage.get(c);
  }

  /** {@return every request and letter item read} */
  public long requests() {
    return coverage.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@return the requests with a real decision} */
  public long measured() {
    return requests() - count(Coverage.NO_REAL_DECISION);
  }

  /** {@return the requests the engine decided, of those with a real decision} */
  public Ratio decided() {
    return new Ratio(count(Coverage.DECIDED), measured());
  }

  /** {@return the requests where the engine decided as the reviewer did} */
  public long agreements() {
    return confusion.bothOverturned() + confusion.bothUpheld();
  }

  /** {@return whether every request and letter item was decided, and as the reviewer decided it} */
  public boolean allAgree() {
    return invalid.isEmpty() && agreements() == requests();
  }

  /** {@return the engine's statistics on the decided requests} */
  public Statistics statistics() {
    return confusion.statistics();
  }

  /** {@return the always-Upheld baseline's statistics on the same requests} */
  public Statistics baseline() {
    return confusion.alwaysUpheld().statistics();
  }
}
