package org.imrengine.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imrengine.facts.Fact;
import org.imrengine.rules.Comparison;
import org.imrengine.rules.CriterionResult;
import org.imrengine.rules.LimitCheck;
import org.imrengine.rules.Status;

/**
 * Computes {@link Advice} from evaluated criteria trees: the minimal sets of unmet criteria whose
 * satisfaction would meet every part, plus the request changes that limits call for.
 *
 * <p>For {@code all} every unmet part is needed; for {@code any} one suffices; for
 * {@code atLeast k} the missing number of parts, in every cheapest combination. A {@code not} over
 * an unmet part offers nothing: it would take removing what the record documents.
 */
final class Advisor {
  /** Enough options to be useful; combinations beyond it are dropped, smallest kept. */
  static final int MAX_OPTIONS = 8;
  private static final int MAX_WORK = 4096;

  private final org.imrengine.facts.FactCatalog facts;

  private Advisor(org.imrengine.facts.FactCatalog facts) {
    this.facts = facts;
  }

  /** Whether a part would pass with some facts changed: re-evaluates its rule on them. */
  interface Check {
    boolean passes(java.util.Map<Fact, org.imrengine.facts.FactValue> changed);
  }

  static Advice advise(List<Part> parts, List<Check> checks, org.imrengine.facts.FactCatalog facts) {
    return new Advisor(facts).run(parts, checks);
  }

  /**
   * Steps that ask for the same change (the same fact, the same way) are one step: documenting a
   * red flag meets every criterion that asks for one. The first step met in rule order stands for
   * them all.
   */
  private final java.util.Map<List<Object>, Advice.Step> canonical = new java.util.HashMap<>();

  /** One fact of each group of facts that imply each other (a red flag, a new red flag). */
  private Fact representative(Fact fact) {
    Fact best = fact;
    for (Fact other : implied(fact)) {
      if (other.implies().contains(fact.id()) && facts.facts().indexOf(other) < facts.facts().indexOf(best)) {
        best = other;
      }
    }
    return best;
  }

  private List<Fact> implied(Fact fact) {
    List<Fact> out = new ArrayList<>();
    for (String id : fact.implies()) {
      facts.fact(id).ifPresent(out::add);
    }
    return out;
  }

  private Advice.Step canonical(Advice.Step step) {
    List<Object> key = List.of(step.part(), representative(step.fact()), step.kind() == Advice.Kind.REQUEST,
        step.comparison().map(Object::toString).orElse(""), step.threshold().map(Object::toString).orElse(""),
        step.presence().map(Object::toString).orElse(""));
    return canonical.computeIfAbsent(key, k -> step);
  }

  private final List<String> notes = new ArrayList<>();

  private Advice run(List<Part> parts, List<Check> checks) {
    List<Set<Advice.Step>> options = List.of(new LinkedHashSet<>());
    for (Part part : parts) {
      if (part.outcome() != Outcome.UPHELD) {
        continue;
      }
      String service = part.service().id();
      List<Set<Advice.Step>> partOptions = part.criteria()
          .map(c -> repairs(service, c))
          .orElse(List.of(new LinkedHashSet<>()));
      Set<Advice.Step> requestSteps = new LinkedHashSet<>();
      for (LimitCheck check : part.limits()) {
        if (check.status() != Status.MET) {
          requestSteps.add(canonical(limitStep(service, check)));
        }
      }
      List<Set<Advice.Step>> withLimits = new ArrayList<>();
      for (Set<Advice.Step> o : partOptions) {
        Set<Advice.Step> s = new LinkedHashSet<>(o);
        s.addAll(requestSteps);
        withLimits.add(s);
      }
      options = product(options, withLimits);
    }
    // The tree treats facts as independent, but some imply others (trauma is a red flag), so an
    // option may hold a step that another already brings about: re-check each option on the
    // changed facts, drop the steps it does not need, and keep only options that really pass.
    List<Set<Advice.Step>> reduced = new ArrayList<>();
    for (Set<Advice.Step> o : options) {
      if (o.isEmpty() || !passes(parts, checks, o)) {
        continue;
      }
      Set<Advice.Step> kept = new LinkedHashSet<>(o);
      List<Advice.Step> order = new ArrayList<>(o);
      java.util.Collections.reverse(order);
      for (Advice.Step step : order) {
        kept.remove(step);
        if (!passes(parts, checks, kept)) {
          kept.add(step);
        }
      }
      reduced.add(inRuleOrder(o, kept));
    }
    // Options that documentation alone can satisfy come before those that would need the record
    // to say otherwise (an exclusion removed, a finding reversed); then fewer steps first.
    List<Set<Advice.Step>> kept = new ArrayList<>(minimal(reduced));
    kept.sort(Comparator.comparingLong(Advisor::contrary).thenComparingInt(Set::size));
    List<Advice.Option> out = new ArrayList<>();
    for (Set<Advice.Step> o : kept) {
      out.add(new Advice.Option(List.copyOf(o)));
    }
    return new Advice(out, notes);
  }

  private static long contrary(Set<Advice.Step> option) {
    return option.stream()
        .filter(s -> s.kind() == Advice.Kind.EXCLUSION || s.kind() == Advice.Kind.CHANGE)
        .count();
  }

  private static Set<Advice.Step> inRuleOrder(Set<Advice.Step> original, Set<Advice.Step> kept) {
    Set<Advice.Step> out = new LinkedHashSet<>();
    for (Advice.Step s : original) {
      if (kept.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean passes(List<Part> parts, List<Check> checks, Set<Advice.Step> steps) {
    for (int i = 0; i < parts.size(); i++) {
      String service = parts.get(i).service().id();
      java.util.Map<Fact, org.imrengine.facts.FactValue> changed = new java.util.LinkedHashMap<>();
      for (Advice.Step step : steps) {
        if (step.part().equals(service)) {
          apply(step, changed);
        }
      }
      if (!checks.get(i).passes(changed)) {
        return false;
      }
    }
    return true;
  }

  /** The fact values a step stands for: the least change that satisfies it. */
  private void apply(Advice.Step step, java.util.Map<Fact, org.imrengine.facts.FactValue> changed) {
    if (step.presence().isPresent()) {
      setFlag(step.fact(), step.presence().get(), changed);
      return;
    }
    if (step.comparison().isPresent() && step.threshold().isPresent()) {
      long t = step.threshold().get();
      long value;
      switch (step.comparison().get()) {
        case ABOVE:
          value = t + 1;
          break;
        case BELOW:
          value = Math.max(0, t - 1);
          break;
        default:
          value = t;
      }
      changed.put(step.fact(), new org.imrengine.facts.FactValue.Quantity(value, List.of()));
    }
  }

  private void setFlag(Fact fact, boolean present,
      java.util.Map<Fact, org.imrengine.facts.FactValue> changed) {
    org.imrengine.facts.FactValue flag = new org.imrengine.facts.FactValue.Flag(present, List.of());
    if (flag.equals(changed.get(fact))) {
      return;
    }
    changed.put(fact, flag);
    if (present) {
      for (Fact implied : implied(fact)) {
        setFlag(implied, true, changed);
      }
    }
  }

  private List<Set<Advice.Step>> repairs(String service, CriterionResult node) {
    if (node.status() == Status.MET) {
      return List.of(new LinkedHashSet<>());
    }
    switch (node.operator()) {
      case "all": {
        List<Set<Advice.Step>> acc = List.of(new LinkedHashSet<>());
        for (CriterionResult child : node.children()) {
          acc = product(acc, repairs(service, child));
        }
        return minimal(acc);
      }
      case "any": {
        List<Set<Advice.Step>> acc = new ArrayList<>();
        for (CriterionResult child : node.children()) {
          acc.addAll(repairs(service, child));
        }
        return minimal(acc);
      }
      case "atLeast":
        return atLeast(service, node);
      case "not":
        return List.of();
      case "notRecommended":
        notes.add(node.wording().text() + ": no documentation would make it medically necessary");
        return List.of();
      default:
        return List.of(new LinkedHashSet<>(List.of(canonical(leafStep(service, node)))));
    }
  }

  private List<Set<Advice.Step>> atLeast(String service, CriterionResult node) {
    int k = Integer.parseInt(node.requirement().orElse("1"));
    List<CriterionResult> unmet = new ArrayList<>();
    for (CriterionResult child : node.children()) {
      if (child.status() == Status.MET) {
        k--;
      } else {
        unmet.add(child);
      }
    }
    List<Set<Advice.Step>> acc = new ArrayList<>();
    choose(service, unmet, 0, Math.max(k, 0), List.of(new LinkedHashSet<>()), acc);
    return minimal(acc);
  }

  private void choose(String service, List<CriterionResult> unmet, int from, int needed,
      List<Set<Advice.Step>> sofar, List<Set<Advice.Step>> out) {
    if (needed == 0) {
      out.addAll(sofar);
      return;
    }
    for (int i = from; i <= unmet.size() - needed; i++) {
      choose(service, unmet, i + 1, needed - 1, product(sofar, repairs(service, unmet.get(i))), out);
    }
  }

  private static List<Set<Advice.Step>> product(List<Set<Advice.Step>> a, List<Set<Advice.Step>> b) {
    List<Set<Advice.Step>> out = new ArrayList<>();
    for (Set<Advice.Step> x : a) {
      for (Set<Advice.Step> y : b) {
        Set<Advice.Step> s = new LinkedHashSet<>(x);
        s.addAll(y);
        out.add(s);
        if (out.size() > MAX_WORK) {
          return minimal(out);
        }
      }
    }
    return out;
  }

  /** Drops supersets and duplicates; smallest first, then in rule order; at most MAX_OPTIONS. */
  private static List<Set<Advice.Step>> minimal(List<Set<Advice.Step>> sets) {
    List<Set<Advice.Step>> sorted = new ArrayList<>(sets);
    sorted.sort(Comparator.comparingInt(Set::size));
    List<Set<Advice.Step>> out = new ArrayList<>();
    for (Set<Advice.Step> s : sorted) {
      boolean covered = false;
      for (Set<Advice.Step> kept : out) {
        if (s.containsAll(kept)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(s);
      }
    }
    return out.size() > MAX_OPTIONS ? List.copyOf(out.subList(0, MAX_OPTIONS)) : out;
  }

  private static Advice.Step leafStep(String service, CriterionResult leaf) {
    Fact fact = leaf.fact().orElseThrow(() -> new IllegalStateException("leaf without fact: " + leaf.id()));
    String op = leaf.operator();
    Optional<String> advice = leaf.wording().advice();
    if (op.equals("compare")) {
      String[] req = leaf.requirement().orElseThrow().split(" ");
      Comparison cmp = comparison(req[0]);
      long threshold = Long.parseLong(req[1]);
      Advice.Kind kind = leaf.status() == Status.NOT_DOCUMENTED ? Advice.Kind.DOCUMENT : Advice.Kind.CHANGE;
      String text = advice.orElse("document " + cmp.words() + " " + threshold
          + fact.unit().map(u -> " " + u).orElse("") + " of " + stripArticle(fact.label()));
      return new Advice.Step(service, leaf.id(), kind, text, fact, Optional.of(cmp), Optional.of(threshold),
          Optional.empty());
    }
    if (op.equals("notPresent")) {
      return new Advice.Step(service, leaf.id(), Advice.Kind.EXCLUSION,
          advice.orElse("the record documents " + fact.label() + ", which the guideline excludes"), fact,
          Optional.empty(), Optional.empty(), Optional.of(false));
    }
    boolean present = op.equals("present");
    Advice.Kind kind = leaf.status() == Status.NOT_DOCUMENTED ? Advice.Kind.DOCUMENT : Advice.Kind.CHANGE;
    String text = advice.orElse(present ? "document " + fact.label() : "document the absence of " + fact.label());
    return new Advice.Step(service, leaf.id(), kind, text, fact, Optional.empty(), Optional.empty(),
        Optional.of(present));
  }

  private static Advice.Step limitStep(String service, LimitCheck check) {
    Fact fact = check.limit().fact();
    String unit = fact.unit().map(u -> " " + u).orElse("");
    String text;
    if (check.allowed().isPresent() && check.allowed().get() == 0 && check.given().isPresent()) {
      text = check.limit().wording().advice().orElse(
          "no further" + unit + " would be within the guideline: " + check.given().get() + unit
              + " of the " + check.total().orElse(0L) + " it allows have been given");
    } else if (check.allowed().isPresent()) {
      text = check.limit().wording().advice().orElse(
          "a request for at most " + check.allowed().get() + unit + " would be within the guideline"
              + check.group().map(g -> " (" + g + ")").orElse(""));
    } else {
      text = "state " + fact.label() + " in the request";
    }
    return new Advice.Step(service, check.id(), Advice.Kind.REQUEST, text, fact,
        Optional.of(Comparison.MAX), check.allowed(), Optional.empty());
  }

  private static Comparison comparison(String symbol) {
    for (Comparison c : Comparison.values()) {
      if (c.symbol().equals(symbol)) {
        return c;
      }
    }
    throw new IllegalStateException("unknown comparison " + symbol);
  }


  private static String stripArticle(String label) {
    return label.startsWith("a ") ? label.substring(2) : label;
  }
}
