package org.imrengine.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imrengine.facts.Fact;
import org.imrengine.facts.FactValue;
import org.imrengine.facts.Facts;
import org.imrengine.model.DiagnosisCategory;

/**
 * A guideline limit on the request as submitted, such as a visit count. A request above a limit is
 * not medically necessary as a whole: it is never trimmed. The allowed amount is either fixed or
 * chosen by the case's diagnoses (the most generous matching group). Immutable and thread-safe.
 *
 * @param wording id and wording
 * @param fact the quantity fact that holds the requested amount
 * @param max the fixed maximum, when the limit does not depend on the diagnosis
 * @param byDiagnosis maxima by diagnosis group, when it does
 * @param requireStated whether a request that does not state the amount fails the limit
 * @param given the quantity fact of what has already been given that counts against the maximum
 *     (visits of the course so far), if the limit is a total; the request may then have what is left
 */
public record Limit(Wording wording, Fact fact, Optional<Long> max, List<DiagnosisLimit> byDiagnosis,
    boolean requireStated, Optional<Fact> given) {
  /**
   * Checks the components (no component may be null; the values must be consistent) and copies its
   * collections, so the record is immutable.
   *
   * @param wording id and wording
   * @param fact the quantity fact that holds the requested amount
   * @param max the fixed maximum, when the limit does not depend on the diagnosis
   * @param byDiagnosis maxima by diagnosis group, when it does
   * @param requireStated whether a request that does not state the amount fails the limit
   * @param given the quantity fact of what was already given toward a total cap, if the limit has one
   */
  public Limit {
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(max, "max");
    byDiagnosis = List.copyOf(byDiagnosis);
    Objects.requireNonNull(given, "given");
    if (max.isPresent() == !byDiagnosis.isEmpty()) {
      throw new IllegalArgumentException("a limit has either a max or maxima by diagnosis");
    }
  }

  /**
   * Creates a limit on the request alone, with nothing already given counted against it.
   *
   * @param wording id and wording
   * @param fact the quantity fact that holds the requested amount
   * @param max the fixed maximum, when the limit does not depend on the diagnosis
   * @param byDiagnosis maxima by diagnosis group, when it does
   * @param requireStated whether a request that does not state the amount fails the limit
   */
  public Limit(Wording wording, Fact fact, Optional<Long> max, List<DiagnosisLimit> byDiagnosis,
      boolean requireStated) {
    this(wording, fact, max, byDiagnosis, requireStated, Optional.empty());
  }

  /**
   * A maximum for a group of diagnoses, such as 10 visits over 8 weeks for myalgia and myositis.
   *
   * @param group the group as the guideline names it
   * @param categories the diagnosis categories in the group
   * @param max the maximum
   * @param weeks the weeks the maximum is spread over, if the guideline says
   */
  public record DiagnosisLimit(String group, Set<DiagnosisCategory> categories, long max,
      Optional<Integer> weeks) {
    /**
     * Checks the components (no component may be null) and copies its collections, so the record
     * is immutable.
     *
     * @param group the group as the guideline names it
     * @param categories the diagnosis categories in the group
     * @param max the maximum
     * @param weeks the weeks the maximum is spread over, if the guideline says
     */
    public DiagnosisLimit {
      Objects.requireNonNull(group, "group");
      // A LinkedHashSet keeps the rule file's order, so output built from it is the same on every run.
      categories = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(categories));
      Objects.requireNonNull(weeks, "weeks");
    }
  }

  /**
   * Checks the request's amount (from {@code facts}) against this limit.
   *
   * @param facts the facts of the request
   * @param diagnoses the diagnosis categories of the case
   * @return a limit check
   */
  public LimitCheck check(Facts facts, Set<DiagnosisCategory> diagnoses) {
    Optional<Long> allowed = max;
    Optional<String> group = Optional.empty();
    for (DiagnosisLimit d : byDiagnosis) {
      boolean matches = d.categories().stream().anyMatch(diagnoses::contains);
      if (matches && (allowed.isEmpty() || d.max() > allowed.get())) {
        allowed = Optional.of(d.max());
        group = Optional.of(d.group() + d.weeks().map(w -> ", over " + w + " weeks").orElse(""));
      }
    }
    FactValue value = facts.get(fact);
    String unit = fact.unit().map(u -> " " + u).orElse("");
    Optional<Long> total = allowed;
    Optional<Long> givenAmount = Optional.empty();
    if (given.isPresent() && allowed.isPresent()) {
      FactValue g = facts.get(given.get());
      if (!(g instanceof FactValue.Quantity)) {
        return new LimitCheck(this, quantity(value), Optional.empty(), group, Optional.empty(), total,
            Status.NOT_DOCUMENTED, ((FactValue.NotDocumented) g).reason(), evidence(value, g));
      }
      givenAmount = Optional.of(((FactValue.Quantity) g).amount());
      allowed = Optional.of(Math.max(0, allowed.get() - givenAmount.get()));
    }
    List<org.imrengine.facts.Evidence> evidence = given.isPresent() && givenAmount.isPresent()
        ? evidence(value, facts.get(given.get())) : value.evidence();
    if (!(value instanceof FactValue.Quantity)) {
      String reason = ((FactValue.NotDocumented) value).reason();
      return new LimitCheck(this, Optional.empty(), allowed, group, givenAmount, total,
          requireStated ? Status.NOT_DOCUMENTED : Status.MET, reason, evidence);
    }
    long requested = ((FactValue.Quantity) value).amount();
    if (allowed.isEmpty()) {
      return new LimitCheck(this, Optional.of(requested), allowed, group, Status.NOT_DOCUMENTED,
          "no diagnosis of the case falls in a group the guideline limits", value.evidence());
    }
    Status status = requested <= allowed.get() ? Status.MET : Status.NOT_MET;
    String finding = givenAmount.isEmpty()
        ? requested + unit + " requested, " + allowed.get() + unit + " allowed"
        : requested + unit + " requested, " + givenAmount.get() + unit + " already given, " + allowed.get() + unit
            + " more allowed of " + total.get() + unit + " in all";
    return new LimitCheck(this, Optional.of(requested), allowed, group, givenAmount, total, status, finding,
        evidence);
  }

  /**
   * The status {@link #check} would give, without its finding and evidence: what the advice
   * re-checks a limit with.
   *
   * @param facts the facts of the request
   * @param diagnoses the categories of the case's diagnoses for the request's region
   * @return the status of {@code check(facts, diagnoses)}
   */
  public Status status(Facts facts, Set<DiagnosisCategory> diagnoses) {
    long allowed = max.orElse(-1L);
    for (DiagnosisLimit d : byDiagnosis) {
      if (d.max() > allowed && d.categories().stream().anyMatch(diagnoses::contains)) {
        allowed = d.max();
      }
    }
    if (given.isPresent() && allowed >= 0) {
      FactValue g = facts.get(given.get());
      if (!(g instanceof FactValue.Quantity)) {
        return Status.NOT_DOCUMENTED;
      }
      allowed = Math.max(0, allowed - ((FactValue.Quantity) g).amount());
    }
    FactValue value = facts.get(fact);
    if (!(value instanceof FactValue.Quantity)) {
      return requireStated ? Status.NOT_DOCUMENTED : Status.MET;
    }
    if (allowed < 0) {
      return Status.NOT_DOCUMENTED;
    }
    return ((FactValue.Quantity) value).amount() <= allowed ? Status.MET : Status.NOT_MET;
  }

  private static Optional<Long> quantity(FactValue value) {
    return value instanceof FactValue.Quantity
        ? Optional.of(((FactValue.Quantity) value).amount()) : Optional.empty();
  }

  private static List<org.imrengine.facts.Evidence> evidence(FactValue a, FactValue b) {
    List<org.imrengine.facts.Evidence> all = new java.util.ArrayList<>(a.evidence());
    for (org.imrengine.facts.Evidence e : b.evidence()) {
      if (!all.contains(e)) {
        all.add(e);
      }
    }
    return all;
  }
}
