package org.imrengine.facts;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.imrengine.facts.FactValue.Flag;
import org.imrengine.facts.FactValue.NotDocumented;
import org.imrengine.facts.FactValue.Quantity;
import org.imrengine.model.DateSpan;
import org.imrengine.model.Request;

/**
 * A compiled fact definition: the items it reads (its scope), what must hold before it is
 * decided, how the items reduce to a value, and what it says when nothing decides it. Immutable
 * and thread-safe; {@link #derive} is a pure function of the derivation's case and request.
 */
final class Definition {
  private static final java.time.format.DateTimeFormatter US_DATE =
      java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy", java.util.Locale.ROOT);

  /** Items of one case list that pass {@code where}, dated after the latest item of other scopes. */
  record Scope(String id, CaseList list, List<Condition> where, List<After> after) {
    List<Object> items(Derivation d, FactCatalog catalog) {
      if (id != null) {
        List<Object> known = d.scopes.get(id);
        if (known != null) {
          return known;
        }
      }
      List<Object> out = new ArrayList<>();
      for (Object item : list.items().apply(d)) {
        if (Condition.all(where, item, d)) {
          out.add(item);
        }
      }
      for (After a : after) {
        Optional<LocalDate> latest = a.latest(d, catalog);
        if (latest.isPresent()) {
          out.removeIf(item -> CaseList.dateOf(item).map(date -> !date.isAfter(latest.get())).orElse(false));
        }
      }
      List<Object> items = List.copyOf(out);
      if (id != null) {
        d.scopes.put(id, items);
      }
      return items;
    }
  }

  /** Items dated after the latest date ({@code date}, first stated) among a named scope's items; undated ones count. */
  record After(String scope, List<ItemPath> date) {
    Optional<LocalDate> latest(Derivation d, FactCatalog catalog) {
      Optional<LocalDate> latest = Optional.empty();
      for (Object item : catalog.scope(scope).items(d, catalog)) {
        Optional<LocalDate> when = first(date, item).map(LocalDate.class::cast);
        if (when.isPresent() && (latest.isEmpty() || when.get().isAfter(latest.get()))) {
          latest = when;
        }
      }
      return latest;
    }
  }

  /** What the value is when nothing decides it: not documented for a reason, or another fact's value. */
  sealed interface Otherwise {
    record Reason(Template reason, boolean citeScope) implements Otherwise {}

    record FromFact(String fact) implements Otherwise {}
  }

  /** A precondition: some item of a named scope (or of the fact's own scope) passes {@code match}. */
  record Require(String scope, List<Condition> match, Otherwise otherwise) {}

  /** How the items of the scope reduce to a value. */
  sealed interface Reducer {}

  /** The first branch whose {@code match} some item passes (and no item passes {@code unless}) decides. */
  record Branches(List<Branch> branches) implements Reducer {}

  /**
   * One branch: a flag present or absent, or not documented for a reason, citing the items matched;
   * {@code outcome} names it among the definition's {@link #outcomes()}.
   */
  record Branch(List<Condition> match, List<Condition> unless, Verdict verdict, Template reason, String outcome) {}

  enum Verdict {
    PRESENT,
    ABSENT,
    NOT_DOCUMENTED
  }

  /** Which item's number or date counts. */
  enum Pick {
    FIRST,
    MAX,
    LATEST,
    EARLIEST
  }

  /** A number stated on an item (the first of {@code of} that is stated), picked among the items. */
  record QuantityOf(List<ItemPath> of, Pick pick) implements Reducer {}

  /** The time from a date on an item (or the date of injury) to the decision date. */
  record Elapsed(List<ItemPath> from, Pick pick, ChronoUnit unit, boolean injuryFallback) implements Reducer {}

  /** A named Java derivation ({@link FactFunctions}). */
  record Function(String name, FactFunctions.Fn fn) implements Reducer {}

  final Fact fact;
  final Scope scope;
  final List<Require> requires;
  final Reducer reducer;
  final Template describe;
  final Otherwise otherwise;

  Definition(Fact fact, Scope scope, List<Require> requires, Reducer reducer, Template describe, Otherwise otherwise) {
    this.fact = fact;
    this.scope = scope;
    this.requires = List.copyOf(requires);
    this.reducer = reducer;
    this.describe = describe;
    this.otherwise = otherwise;
  }

  /** A value and the part of the definition that gave it, one of {@link #outcomes()}. */
  record Decision(FactValue value, String outcome) {}

  FactValue derive(Derivation d, FactCatalog catalog) {
    return decide(d, catalog).value();
  }

  /** The value for {@code d} and which outcome of the definition gave it. */
  Decision decide(Derivation d, FactCatalog catalog) {
    List<Object> items = scope.items(d, catalog);
    for (int i = 0; i < requires.size(); i++) {
      Require r = requires.get(i);
      List<Object> within = r.scope() == null ? items : catalog.scope(r.scope()).items(d, catalog);
      boolean met = within.stream().anyMatch(item -> Condition.all(r.match(), item, d));
      if (!met) {
        return new Decision(otherwise(r.otherwise(), items, d, catalog), "require[" + i + "]");
      }
    }
    Decision value = reduce(items, d);
    return value != null ? value : new Decision(otherwise(otherwise, items, d, catalog), "otherwise");
  }

  /**
   * Every outcome the definition names, in order: {@code require[i]} for each requirement not met;
   * for the reducer, each branch ({@code present} and {@code absent} for {@code present:},
   * {@code first[i]} for {@code first:}), {@code quantity:FIELD} or {@code elapsed:FIELD} for each
   * field a number or date may come from ({@code elapsed:injuryDate} for the fallback), or
   * {@code function}; and {@code otherwise}.
   */
  List<String> outcomes() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < requires.size(); i++) {
      out.add("require[" + i + "]");
    }
    if (reducer instanceof Branches) {
      ((Branches) reducer).branches().forEach(b -> out.add(b.outcome()));
    } else if (reducer instanceof QuantityOf) {
      ((QuantityOf) reducer).of().forEach(p -> out.add("quantity:" + p));
    } else if (reducer instanceof Elapsed) {
      ((Elapsed) reducer).from().forEach(p -> out.add("elapsed:" + p));
      if (((Elapsed) reducer).injuryFallback()) {
        out.add("elapsed:injuryDate");
      }
    } else {
      out.add("function");
    }
    out.add("otherwise");
    return out;
  }

  private Decision reduce(List<Object> items, Derivation d) {
    if (reducer instanceof Branches) {
      for (Branch b : ((Branches) reducer).branches()) {
        List<Object> matched = new ArrayList<>();
        for (Object item : items) {
          if (Condition.all(b.match(), item, d)) {
            matched.add(item);
          }
        }
        if (matched.isEmpty() || (!b.unless().isEmpty()
            && items.stream().anyMatch(i -> Condition.all(b.unless(), i, d)))) {
          continue;
        }
        List<Evidence> evidence = cite(matched, d);
        switch (b.verdict()) {
          case PRESENT:
            return new Decision(new Flag(true, evidence), b.outcome());
          case ABSENT:
            return new Decision(new Flag(false, evidence), b.outcome());
          default:
            return new Decision(new NotDocumented(b.reason().render(null, d), evidence), b.outcome());
        }
      }
      return null;
    }
    if (reducer instanceof QuantityOf) {
      QuantityOf q = (QuantityOf) reducer;
      Object best = null;
      long bestValue = 0;
      int bestPath = -1;
      for (Object item : items) {
        int path = stated(q.of(), item);
        if (path < 0) {
          continue;
        }
        long value = (Long) q.of().get(path).get(item);
        if (best == null || (q.pick() == Pick.MAX && value > bestValue)) {
          best = item;
          bestValue = value;
          bestPath = path;
        }
        if (q.pick() == Pick.FIRST) {
          break;
        }
      }
      return best == null ? null : new Decision(new Quantity(Math.max(0, bestValue), cite(List.of(best), d)),
          "quantity:" + q.of().get(bestPath));
    }
    if (reducer instanceof Elapsed) {
      Elapsed e = (Elapsed) reducer;
      FactValue v = elapsed(e, items, d);
      if (v == null) {
        return null;
      }
      Object picked = null;
      for (Object item : items) {
        if (stated(e.from(), item) >= 0 && !v.evidence().isEmpty()
            && !"injuryDate".equals(v.evidence().get(0).itemId())) {
          Evidence first = v.evidence().get(0);
          if (scope.list().cite(item, "").itemId().equals(first.itemId())) {
            picked = item;
            break;
          }
        }
      }
      return new Decision(v, picked == null ? "elapsed:injuryDate" : "elapsed:" + e.from().get(stated(e.from(), picked)));
    }
    Function f = (Function) reducer;
    Optional<FactFunctions.Result> r = f.fn().apply(items, d);
    return r.map(res -> new Decision(new Quantity(res.value(), cite(res.used(), d)), "function")).orElse(null);
  }

  /**
   * The time from the picked item's date to the decision date. A date the record gives only as a
   * span (a month, a year, "after ...") gives bounds instead of a number.
   */
  private FactValue elapsed(Elapsed e, List<Object> items, Derivation d) {
    Object best = null;
    LocalDate bestLow = null;
    LocalDate bestHigh = null;
    String bestSpan = null;
    for (Object item : items) {
      Optional<Object> v = first(e.from(), item);
      if (v.isEmpty()) {
        continue;
      }
      LocalDate low;
      LocalDate high;
      String span = null;
      if (v.get() instanceof LocalDate) {
        low = (LocalDate) v.get();
        high = low;
      } else {
        DateSpan ds = (DateSpan) v.get();
        low = ds.earliest().orElse(null);
        high = ds.latest().orElse(d.decisionDate());
        if (low == null || !low.equals(high)) {
          span = ds.toString();
        }
      }
      boolean better;
      if (best == null) {
        better = true;
      } else if (e.pick() == Pick.EARLIEST) {
        better = low == null ? bestLow != null : bestLow != null && low.isBefore(bestLow);
      } else {
        better = high.isAfter(bestHigh);
      }
      if (better) {
        best = item;
        bestLow = low;
        bestHigh = high;
        bestSpan = span;
      }
    }
    List<Evidence> evidence;
    String what;
    if (best != null) {
      evidence = cite(List.of(best), d);
      what = "dated only " + bestSpan;
    } else if (e.injuryFallback() && d.file().injuryDateSpan().isPresent()) {
      DateSpan injury = d.file().injuryDateSpan().get();
      bestLow = injury.earliest().orElse(null);
      bestHigh = injury.latest().orElse(d.decisionDate());
      bestSpan = bestLow != null && bestLow.equals(bestHigh) ? null : injury.toString();
      String when = bestSpan == null
          ? bestLow.format(US_DATE)
          : bestSpan;
      evidence = List.of(new Evidence("injuryDate", injury.exact(), "date of injury " + when));
      what = "the date of injury is given only as " + bestSpan;
    } else {
      return null;
    }
    long least = Math.max(0, amount(e.unit(), bestHigh, d.decisionDate()));
    if (bestSpan == null) {
      return new Quantity(least, evidence);
    }
    long most = bestLow == null ? Long.MAX_VALUE : Math.max(least, amount(e.unit(), bestLow, d.decisionDate()));
    return least == most ? new Quantity(least, evidence) : new FactValue.Between(least, most, what, evidence);
  }

  private static long amount(ChronoUnit unit, LocalDate from, LocalDate to) {
    return unit == ChronoUnit.MONTHS ? Period.between(from, to).toTotalMonths() : unit.between(from, to);
  }

  private FactValue otherwise(Otherwise o, List<Object> items, Derivation d, FactCatalog catalog) {
    if (o instanceof Otherwise.FromFact) {
      return catalog.value(((Otherwise.FromFact) o).fact(), d);
    }
    Otherwise.Reason r = (Otherwise.Reason) o;
    return new NotDocumented(r.reason().render(null, d), r.citeScope() ? citeDefault(items, d) : List.of());
  }

  private List<Evidence> cite(List<Object> items, Derivation d) {
    if (describe == null) {
      return citeDefault(items, d);
    }
    List<Evidence> out = new ArrayList<>(items.size());
    for (Object item : items) {
      // a function over another list may cite the request too (regimen_mme): it cites itself
      out.add(scope.list().cite(item, item instanceof Request ? "" : describe.render(item, d)));
    }
    return out;
  }

  private List<Evidence> citeDefault(List<Object> items, Derivation d) {
    Template words = FactCatalog.defaultDescribe(scope.list());
    List<Evidence> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(scope.list().cite(item, item instanceof Request ? "" : words.render(item, d)));
    }
    return out;
  }

  /** The index of the first of {@code paths} that is stated on {@code item}, or -1. */
  private static int stated(List<ItemPath> paths, Object item) {
    for (int i = 0; i < paths.size(); i++) {
      if (paths.get(i).get(item) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The first of {@code paths} that is stated on {@code item}. */
  static Optional<Object> first(List<ItemPath> paths, Object item) {
    for (ItemPath p : paths) {
      Object v = p.get(item);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  static final Comparator<LocalDate> DATES = Comparator.naturalOrder();
}
