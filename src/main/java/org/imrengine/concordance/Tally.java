package org.imrengine.concordance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Adds up the observations of a corpus, one at a time, into a {@link Concordance}. It keeps counts
 * and the observations a report lists (not decided, unmeasured, disagreements), never the cases,
 * so its memory grows with those lists and the number of groups only.
 *
 * <p>Not thread-safe: feed it from one thread (deciding the cases can run on many).
 */
public final class Tally {
  private final Optional<Dimension> by;
  private final Map<Coverage, Long> coverage = new EnumMap<>(Coverage.class);
  private final Map<String, Group> groups = new TreeMap<>();
  private final List<Observation> notDecided = new ArrayList<>();
  private final List<Observation> unmeasured = new ArrayList<>();
  private final List<Observation> disagreements = new ArrayList<>();
  private final List<InvalidFile> invalid = new ArrayList<>();
  private Confusion confusion = Confusion.EMPTY;
  private long files;

  /**
   * A tally broken down by {@code by}, if given.
   *
   * @param by the by
   */
  public Tally(Optional<Dimension> by) {
    this.by = Objects.requireNonNull(by, "by");
  }

  /**
   * Counts one case file read (whether or not its requests are added).
   *
   * @return this tally
   */
  public Tally file() {
    files++;
    return this;
  }

  /**
   * Adds {@code o}.
   *
   * @param o the o
   * @return this tally
   */
  public Tally add(Observation o) {
    Coverage c = o.coverage();
    coverage.merge(c, 1L, Long::sum);
    switch (c) {
      case DECIDED -> {
        confusion = confusion.plus(o.engine().get(), o.real().get().outcome());
        if (!o.agrees()) {
          disagreements.add(o);
        }
      }
      case NO_REAL_DECISION -> unmeasured.add(o);
      default -> notDecided.add(o);
    }
    if (by.isPresent() && c != Coverage.NO_REAL_DECISION) {
      String key = o.keys().get(by.get());
      Group g = groups.getOrDefault(key, new Group(key, 0, 0, Confusion.EMPTY));
      groups.put(key, c == Coverage.DECIDED
          ? new Group(key, g.measured() + 1, g.decided() + 1,
              g.confusion().plus(o.engine().get(), o.real().get().outcome()))
          : new Group(key, g.measured() + 1, g.decided(), g.confusion()));
    }
    return this;
  }

  /**
   * Records a file that could not be used.
   *
   * @param file the file that could not be read, and why
   * @return this tally
   */
  public Tally invalid(InvalidFile file) {
    invalid.add(Objects.requireNonNull(file, "file"));
    return this;
  }

  /** {@return the concordance of everything added so far} */
  public Concordance result() {
    return new Concordance(by, files, coverage, confusion, new ArrayList<>(groups.values()),
        notDecided, unmeasured, disagreements, invalid);
  }
}
