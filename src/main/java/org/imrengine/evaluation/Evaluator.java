package org.imrengine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.imrengine.facts.Facts;
import org.imrengine.model.CaseFile;
import org.imrengine.model.DiagnosisCategory;
import org.imrengine.model.Request;
import org.imrengine.model.Service;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.Limit;
import org.imrengine.rules.LimitCheck;
import org.imrengine.rules.Rule;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.Status;
import org.imrengine.rules.Tier;

/**
 * Decides disputed requests against a rule base. For each part of a request (its service, then each
 * add-on the chosen rule does not cover) it selects a rule by the medical evidence search sequence
 * (the MTUS first; other guidelines only where no MTUS rule applies) among the rule editions in
 * force on the request's date, evaluates every criterion and limit, and combines the parts: a
 * request is medically necessary only if every part is.
 *
 * <p>Immutable and thread-safe: one evaluator can serve any number of threads. {@link #determine}
 * is a pure function of the case, the request and the rule base; it never reads the clock.
 */
public final class Evaluator {
  private final RuleBase rules;
  private final Optional<LocalDate> editionsOn;

  /**
   * An evaluator for {@code rules}.
   *
   * @param rules the rule base
   */
  public Evaluator(RuleBase rules) {
    this(rules, Optional.empty());
  }

  private Evaluator(RuleBase rules, Optional<LocalDate> editionsOn) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.editionsOn = Objects.requireNonNull(editionsOn, "editionsOn");
  }

  /**
   * An evaluator that chooses every rule edition as if each request were judged on {@code day},
   * whatever date its editions are judged on, and derives the facts as this one does (at each
   * request's own decision date). It shows what an edition boundary alone changes
   * ({@link EditionImpact}).
   *
   * @param day the day every edition is judged on
   * @return an evaluator of the same rule base that judges every edition on {@code day}
   */
  public Evaluator judgingEditionsOn(LocalDate day) {
    return new Evaluator(rules, Optional.of(Objects.requireNonNull(day, "day")));
  }

  /**
   * {@return the day every edition is judged on, if this evaluator fixes one
   * ({@link #judgingEditionsOn})}
   */
  public Optional<LocalDate> editionsOn() {
    return editionsOn;
  }

  /** {@return the rule base this evaluator uses} */
  public RuleBase rules() {
    return rules;
  }

  /**
   * Determines every request of {@code file}, in file order.
   *
   * @param file the case file
   * @return the determination items, in order
   */
  public List<Determination> determineAll(CaseFile file) {
    List<Determination> out = new ArrayList<>();
    for (Request request : file.requests()) {
      out.add(determine(file, request));
    }
    return out;
  }

  /**
   * Determines one request of {@code file}.
   *
   * @param file the case file
   * @param request the request
   * @return a determination
   * @throws IllegalArgumentException if {@code request} is not one of the file's requests
   */
  public Determination determine(CaseFile file, Request request) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(request, "request");
    if (!file.requests().contains(request)) {
      throw new IllegalArgumentException("request " + request.id() + " is not a request of case " + file.caseId());
    }
    LocalDate date = request.decisionDate(file.asOf());
    List<Part> parts = new ArrayList<>();
    List<Advisor.Check> checks = new ArrayList<>();
    Part main = part(file, request, request.service(), date, checks);
    parts.add(main);
    List<Service> covered = main.rule().map(r -> r.appliesTo().covers()).orElse(List.of());
    for (Service addOn : request.addOns()) {
      if (!covered.contains(addOn)) {
        parts.add(part(file, request, addOn, date, checks));
      }
    }
    Outcome outcome = combine(parts);
    // The advice is worked out only when asked for: deciding alone does not pay for it.
    List<Part> decided = List.copyOf(parts);
    Supplier<Advice> advice = outcome == Outcome.UPHELD
        ? () -> Advisor.advise(decided, checks, rules.facts()) : Advice::none;
    return new Determination(file.caseId(), request.id(), request.description(), outcome, date,
        rules.identity(), decided, advice);
  }

  /** Whether {@code rule} would be met if {@code changed} replaced some of {@code facts}. */
  private static boolean passes(Rule rule, Facts facts, java.util.Map<org.imrengine.facts.Fact,
      org.imrengine.facts.FactValue> changed, Set<DiagnosisCategory> diagnoses) {
    Facts what = facts.with(changed);
    if (rule.criteria().status(what) != Status.MET) {
      return false;
    }
    for (Limit limit : rule.limits()) {
      if (limit.status(what, diagnoses) != Status.MET) {
        return false;
      }
    }
    return true;
  }

  private static Outcome combine(List<Part> parts) {
    Outcome main = parts.get(0).outcome();
    if (main == Outcome.NO_APPLICABLE_RULE || main == Outcome.NO_EDITION_IN_FORCE) {
      return main;
    }
    if (parts.stream().anyMatch(p -> p.outcome() == Outcome.UPHELD)) {
      return Outcome.UPHELD;
    }
    return parts.stream().map(Part::outcome).filter(o -> o != Outcome.OVERTURNED).findFirst()
        .orElse(Outcome.OVERTURNED);
  }

  private Part part(CaseFile file, Request request, Service service, LocalDate date,
      List<Advisor.Check> checks) {
    Request asPart = service == request.service() ? request : request.withService(service);
    Facts facts = rules.facts().derive(file, asPart);
    List<Rule> forService = rules.rulesFor(service);
    List<Selection.Verdict> verdicts = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    Optional<Rule> chosen = Optional.empty();
    boolean inForceSomewhere = false;
    boolean regionMatched = false;
    // First pass: which rules apply at all, each edition judged on its own date of the request.
    for (Rule rule : forService) {
      LocalDate on = editionsOn.orElseGet(() -> rule.edition().dateOf(request, file.asOf()));
      dates.add(on);
      Selection.Verdict v;
      if (!rule.appliesTo().region(request.region())) {
        v = Selection.Verdict.OTHER_REGION;
      } else if (!rule.edition().inForceOn(on)) {
        regionMatched = true;
        v = Selection.Verdict.NOT_IN_FORCE;
      } else {
        regionMatched = true;
        inForceSomewhere = true;
        boolean applies = rule.appliesTo().when().map(w -> w.status(facts) == Status.MET).orElse(true);
        v = applies ? Selection.Verdict.CHOSEN : Selection.Verdict.CONDITION_NOT_MET;
      }
      verdicts.add(v);
    }
    // Editions judged on different dates (request date, date of service) can both be in force for
    // one request: the later edition governs.
    for (int i = 0; i < forService.size(); i++) {
      if (verdicts.get(i) != Selection.Verdict.CHOSEN) {
        continue;
      }
      for (int j = 0; j < forService.size(); j++) {
        if (j != i && verdicts.get(j) == Selection.Verdict.CHOSEN
            && forService.get(j).id().equals(forService.get(i).id())
            && forService.get(j).edition().from().isAfter(forService.get(i).edition().from())) {
          verdicts.set(i, Selection.Verdict.LATER_EDITION);
          break;
        }
      }
    }
    // The best step of the search sequence among the rules that apply.
    Tier best = null;
    for (int i = 0; i < forService.size(); i++) {
      if (verdicts.get(i) == Selection.Verdict.CHOSEN
          && (best == null || forService.get(i).tier().compareTo(best) < 0)) {
        best = forService.get(i).tier();
      }
    }
    List<Selection.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < forService.size(); i++) {
      Rule rule = forService.get(i);
      Selection.Verdict v = verdicts.get(i);
      if (v == Selection.Verdict.CHOSEN) {
        if (rule.tier() != best) {
          v = Selection.Verdict.OUTRANKED;
        } else if (chosen.isPresent()) {
          v = Selection.Verdict.SUPERSEDED;
        } else {
          chosen = Optional.of(rule);
        }
      }
      candidates.add(new Selection.Candidate(rule.id(), rule.edition().name(), rule.tier(), v, dates.get(i)));
    }
    Selection selection = new Selection(candidates);
    if (chosen.isEmpty()) {
      checks.add(changed -> false);
      Outcome none = regionMatched && !inForceSomewhere ? Outcome.NO_EDITION_IN_FORCE : Outcome.NO_APPLICABLE_RULE;
      return new Part(service, none, selection, Optional.empty(), Optional.empty(), List.of());
    }
    Rule rule = chosen.get();
    CriterionResult criteria = rule.criteria().evaluate(facts);
    Set<DiagnosisCategory> diagnoses = new java.util.HashSet<>();
    file.diagnoses().stream()
        .filter(d -> d.region().isEmpty() || d.region().get() == request.region())
        .forEach(d -> diagnoses.add(d.category()));
    List<LimitCheck> limits = new ArrayList<>();
    for (Limit limit : rule.limits()) {
      limits.add(limit.check(facts, diagnoses));
    }
    boolean met = criteria.status() == Status.MET && limits.stream().allMatch(l -> l.status() == Status.MET);
    checks.add(changed -> passes(rule, facts, changed, diagnoses));
    return new Part(service, met ? Outcome.OVERTURNED : Outcome.UPHELD, selection, Optional.of(rule),
        Optional.of(criteria), limits);
  }
}
