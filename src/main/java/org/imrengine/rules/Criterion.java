package org.imrengine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.facts.Evidence;
import org.imrengine.facts.Fact;
import org.imrengine.facts.FactValue;
import org.imrengine.facts.Facts;

/**
 * A criterion of a rule: a declarative tree of combinations (all, any, not, at least k of) over
 * tests of single facts. Each node evaluates itself and all of its parts; evaluation never
 * short-circuits, so every criterion is recorded. Immutable and thread-safe.
 */
public sealed interface Criterion {

  /** {@return the node's id and wording} */
  Wording wording();

  /**
   * Evaluates this criterion and every part of it against {@code facts}.
   *
   * @param facts the facts of the request
   * @return a criterion result
   */
  CriterionResult evaluate(Facts facts);

  /**
   * The status {@link #evaluate} would give, without recording the trace: what the advice
   * re-checks a rule with, many times per determination.
   *
   * @param facts the facts of the request
   * @return the status of {@code evaluate(facts)}
   */
  Status status(Facts facts);

  /** {@return every criterion of the tree, this one first, depth first} */
  default List<Criterion> nodes() {
    List<Criterion> out = new ArrayList<>();
    out.add(this);
    for (Criterion child : children()) {
      out.addAll(child.nodes());
    }
    return out;
  }

  /** {@return the direct parts of this criterion; empty for a leaf} */
  default List<Criterion> children() {
    return List.of();
  }

  private static List<CriterionResult> evaluateAll(List<Criterion> children, Facts facts) {
    List<CriterionResult> out = new ArrayList<>(children.size());
    for (Criterion c : children) {
      out.add(c.evaluate(facts));
    }
    return out;
  }

  /**
   * The status of {@code all} (decisive not met, else met) or {@code any} (decisive met, else not
   * met) over {@code children}: the first part with the decisive status settles it; otherwise a
   * part not documented leaves it not documented, as {@link Status#allOf} and {@link Status#anyOf}.
   */
  private static Status settle(List<Criterion> children, Facts facts, Status decisive, Status otherwise) {
    boolean open = false;
    for (Criterion c : children) {
      Status s = c.status(facts);
      if (s == decisive) {
        return decisive;
      }
      open |= s == Status.NOT_DOCUMENTED;
    }
    return open ? Status.NOT_DOCUMENTED : otherwise;
  }

  private static List<Status> statuses(List<CriterionResult> results) {
    List<Status> out = new ArrayList<>(results.size());
    for (CriterionResult r : results) {
      out.add(r.status());
    }
    return out;
  }

  private static CriterionResult combination(Wording wording, String operator, Status status,
      List<CriterionResult> children) {
    return combination(wording, operator, Optional.empty(), status, children);
  }

  private static CriterionResult combination(Wording wording, String operator,
      Optional<String> requirement, Status status, List<CriterionResult> children) {
    return new CriterionResult(wording, operator, Optional.empty(), requirement, status, "",
        List.of(), children);
  }

  /** Met when every part is met. */
  record AllOf(Wording wording, List<Criterion> children) implements Criterion {
    /**
     * Checks the components (no component may be null) and copies its collections, so the record
     * is immutable.
     *
     * @param wording the id and wording from the rule file
     * @param children the parts, all of which must be met
     */
    public AllOf {
      Objects.requireNonNull(wording, "wording");
      children = List.copyOf(children);
    }

    @Override
    public CriterionResult evaluate(Facts facts) {
      var results = evaluateAll(children, facts);
      return combination(wording, "all", Status.allOf(statuses(results)), results);
    }

    @Override
    public Status status(Facts facts) {
      return settle(children, facts, Status.NOT_MET, Status.MET);
    }
  }

  /** Met when at least one part is met. */
  record AnyOf(Wording wording, List<Criterion> children) implements Criterion {
    /**
     * Checks the components (no component may be null) and copies its collections, so the record
     * is immutable.
     *
     * @param wording the id and wording from the rule file
     * @param children the alternatives, one of which must be met
     */
    public AnyOf {
      Objects.requireNonNull(wording, "wording");
      children = List.copyOf(children);
    }

    @Override
    public CriterionResult evaluate(Facts facts) {
      var results = evaluateAll(children, facts);
      return combination(wording, "any", Status.anyOf(statuses(results)), results);
    }

    @Override
    public Status status(Facts facts) {
      return settle(children, facts, Status.MET, Status.NOT_MET);
    }
  }

  /** Met when at least {@code count} parts are met. */
  record AtLeast(Wording wording, int count, List<Criterion> children) implements Criterion {
    /**
     * Checks the components (no component may be null; the values must be consistent) and copies
     * its collections, so the record is immutable.
     *
     * @param wording the id and wording from the rule file
     * @param count how many parts must be met, from 1 to the number of parts
     * @param children the parts
     */
    public AtLeast {
      Objects.requireNonNull(wording, "wording");
      children = List.copyOf(children);
      if (count < 1 || count > children.size()) {
        throw new IllegalArgumentException(
            "count must be between 1 and " + children.size() + ", was " + count);
      }
    }

    @Override
    public CriterionResult evaluate(Facts facts) {
      var results = evaluateAll(children, facts);
      return combination(wording, "atLeast", Optional.of(Integer.toString(count)),
          Status.atLeast(count, statuses(results)), results);
    }

    @Override
    public Status status(Facts facts) {
      int met = 0;
      int open = 0;
      for (Criterion c : children) {
        Status s = c.status(facts);
        if (s == Status.MET) {
          met++;
        } else if (s == Status.NOT_DOCUMENTED) {
          open++;
        }
      }
      if (met >= count) {
        return Status.MET;
      }
      return met + open >= count ? Status.NOT_DOCUMENTED : Status.NOT_MET;
    }
  }

  /** Met when its part is not met (documented contrary); not documented stays not documented. */
  record Not(Wording wording, Criterion child) implements Criterion {
    /**
     * Checks the components (no component may be null).
     *
     * @param wording the id and wording from the rule file
     * @param child the criterion that must not be met
     */
    public Not {
      Objects.requireNonNull(wording, "wording");
      Objects.requireNonNull(child, "child");
    }

    @Override
    public List<Criterion> children() {
      return List.of(child);
    }

    @Override
    public CriterionResult evaluate(Facts facts) {
      CriterionResult result = child.evaluate(facts);
      return combination(wording, "not", Status.not(result.status()), List.of(result));
    }

    @Override
    public Status status(Facts facts) {
      return Status.not(child.status(facts));
    }
  }

  /**
   * A test of one flag fact. {@code PRESENT} is met when the record documents the fact;
   * {@code ABSENT} when it documents its absence; {@code NOT_PRESENT} unless it documents the fact
   * (used for exclusions, where what is not documented does not exclude).
   */
  record FlagTest(Wording wording, Fact fact, Mode mode) implements Criterion {
    /** Which documentation of the flag meets the test. */
    public enum Mode {
      /** Met when the record documents the fact as present. */
      PRESENT("present"),
      /** Met when the record documents the fact as absent. */
      ABSENT("absent"),
      /** Met unless the record documents the fact as present. */
      NOT_PRESENT("notPresent");

      private final String operator;

      Mode(String operator) {
        this.operator = operator;
      }

      /** {@return the requirement in short form, such as {@code "present"}} */
      public String operator() {
        return operator;
      }
    }

    /**
     * Checks the components (no component may be null; the values must be consistent).

     *

     * @param wording the id and wording from the rule file

     * @param fact the flag fact tested

     * @param mode what the test requires of the fact
     */
    public FlagTest {
      Objects.requireNonNull(wording, "wording");
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(mode, "mode");
      if (fact.kind() != Fact.Kind.FLAG) {
        throw new IllegalArgumentException("fact " + fact.id() + " is not a flag");
      }
    }

    @Override
    public CriterionResult evaluate(Facts facts) {
      FactValue value = facts.get(fact);
      Status status;
      String finding;
      if (value instanceof FactValue.Flag) {
        boolean present = ((FactValue.Flag) value).present();
        finding = present ? "documented" : "documented absent";
        status = (mode == Mode.PRESENT) == present ? Status.MET : Status.NOT_MET;
      } else {
        finding = ((FactValue.NotDocumented) value).reason();
        status = mode == Mode.NOT_PRESENT ? Status.MET : Status.NOT_DOCUMENTED;
      }
      return new CriterionResult(wording, mode.operator(), Optional.of(fact),
          Optional.of(mode.operator()), status, finding, value.evidence(), List.of());
    }

    @Override
    public Status status(Facts facts) {
      FactValue value = facts.get(fact);
      if (value instanceof FactValue.Flag) {
        return (mode == Mode.PRESENT) == ((FactValue.Flag) value).present() ? Status.MET : Status.NOT_MET;
      }
      return mode == Mode.NOT_PRESENT ? Status.MET : Status.NOT_DOCUMENTED;
    }
  }

  /**
   * A service the guideline does not recommend at all: never met, whatever the case documents.
   */
  record NotRecommended(Wording wording) implements Criterion {
    /**
     * Checks the components (no component may be null).
     *
     * @param wording the id and wording from the rule file, citing the recommendation against
     */
    public NotRecommended {
      Objects.requireNonNull(wording, "wording");
    }

    @Override
    public CriterionResult evaluate(Facts facts) {
      return new CriterionResult(wording, "notRecommended", Optional.empty(), Optional.empty(),
          Status.NOT_MET, "the guideline does not recommend this service", List.of(), List.of());
    }

    @Override
    public Status status(Facts facts) {
      return Status.NOT_MET;
    }
  }

  /** A comparison of a quantity fact with a threshold, such as conservative care weeks >= 4. */
  record Compare(Wording wording, Fact fact, Comparison comparison, long threshold)
      implements Criterion {
    /**
     * Checks the components (no component may be null; the values must be consistent).
     *
     * @param wording the id and wording from the rule file
     * @param fact the quantity fact compared
     * @param comparison how the quantity must compare with the threshold
     * @param threshold the threshold, in the unit of the fact
     */
    public Compare {
      Objects.requireNonNull(wording, "wording");
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(comparison, "comparison");
      if (fact.kind() != Fact.Kind.QUANTITY) {
        throw new IllegalArgumentException("fact " + fact.id() + " is not a quantity");
      }
    }

    /** {@return the requirement in short form, such as {@code ">= 4 weeks"}} */
    public String requirement() {
      return comparison.symbol() + " " + threshold + fact.unit().map(u -> " " + u).orElse("");
    }

    @Override
    public CriterionResult evaluate(Facts facts) {
      FactValue value = facts.get(fact);
      List<Evidence> evidence = value.evidence();
      if (value instanceof FactValue.Quantity) {
        long amount = ((FactValue.Quantity) value).amount();
        Status status = comparison.test(amount, threshold) ? Status.MET : Status.NOT_MET;
        return new CriterionResult(wording, "compare", Optional.of(fact), Optional.of(requirement()),
            status, amount + fact.unit().map(u -> " " + u).orElse(""), evidence, List.of());
      }
      String unit = fact.unit().map(u -> " " + u).orElse("");
      if (value instanceof FactValue.Between) {
        FactValue.Between b = (FactValue.Between) value;
        boolean low = comparison.test(b.min(), threshold);
        boolean high = comparison.test(b.max(), threshold);
        String range = b.range() + unit + " (" + b.why() + ")";
        if (low == high) {
          return new CriterionResult(wording, "compare", Optional.of(fact), Optional.of(requirement()),
              low ? Status.MET : Status.NOT_MET, range, evidence, List.of());
        }
        return new CriterionResult(wording, "compare", Optional.of(fact), Optional.of(requirement()),
            Status.NOT_DOCUMENTED, range + ", which the record's dates cannot settle against " + requirement(),
            evidence, List.of());
      }
      String reason = value instanceof FactValue.NotDocumented
          ? ((FactValue.NotDocumented) value).reason()
          : "not a number";
      return new CriterionResult(wording, "compare", Optional.of(fact), Optional.of(requirement()),
          Status.NOT_DOCUMENTED, reason, evidence, List.of());
    }

    @Override
    public Status status(Facts facts) {
      FactValue value = facts.get(fact);
      if (value instanceof FactValue.Quantity) {
        return comparison.test(((FactValue.Quantity) value).amount(), threshold) ? Status.MET : Status.NOT_MET;
      }
      if (value instanceof FactValue.Between) {
        FactValue.Between b = (FactValue.Between) value;
        boolean low = comparison.test(b.min(), threshold);
        if (low == comparison.test(b.max(), threshold)) {
          return low ? Status.MET : Status.NOT_MET;
        }
      }
      return Status.NOT_DOCUMENTED;
    }
  }
}
