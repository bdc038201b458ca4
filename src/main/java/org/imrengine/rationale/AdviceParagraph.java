package org.imrengine.rationale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrengine.evaluation.Advice;
import org.imrengine.evaluation.Advice.Option;
import org.imrengine.evaluation.Advice.Step;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Part;
import org.imrengine.facts.Fact;
import org.imrengine.rules.Comparison;
import org.imrengine.rules.LimitCheck;

/**
 * Writes the closing paragraph on what would support a request that is not medically necessary:
 * the first set of steps in plain words, the next one as an alternative, and how many more exist.
 */
final class AdviceParagraph {
  // The imperative the rule files write advice in, and the noun phrase the paragraph needs.
  private static final List<List<String>> VERBS = List.of(
      List.of("document ", "documentation of "),
      List.of("explain ", "an explanation of "),
      List.of("state ", "a statement of "));

  /**
   * The steps of one option, sorted by how the paragraph words them.
   *
   * @param documents what to document, as phrases after "documentation of"
   * @param others other steps as noun phrases
   * @param reasoned steps that answer something the records document ("as prior therapy is on
   *     record, ..."), each as its reason and its noun phrase
   * @param limits changes to the request itself, as clauses after "provided it"
   * @param obstacles exclusions the records document, which documentation does not remove
   * @param names short names of the steps, for "instead of ..."
   */
  private record Plan(List<String> documents, List<String> others, List<List<String>> reasoned,
      List<String> limits, List<String> obstacles, List<String> names) {
    Plan() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>(), new ArrayList<>());
    }
  }

  private AdviceParagraph() {}

  /** The advice paragraph of {@code d}; empty unless it is upheld and there is advice. */
  static Optional<String> write(Determination d) {
    Advice advice = d.advice();
    if (d.outcome() != Outcome.UPHELD || advice.isEmpty()) {
      return Optional.empty();
    }
    List<String> sentences = new ArrayList<>();
    List<Option> options = actionableFirst(d, advice.options());
    if (!options.isEmpty()) {
      sentences.addAll(option(plan(d, options.get(0).steps()), ""));
    }
    if (options.size() > 1) {
      Option first = options.get(0);
      Option second = options.get(1);
      Plan replaced = plan(d, first.steps().stream().filter(s -> !contains(second, s)).toList());
      Plan instead = plan(d, second.steps().stream().filter(s -> !contains(first, s)).toList());
      sentences.addAll(option(instead, replaced.names().isEmpty() ? "Alternatively, "
          : "Alternatively, instead of " + Prose.list(replaced.names(), "and") + ", "));
    }
    int more = options.size() - 2;
    if (more > 0) {
      sentences.add(Prose.capitalize(Prose.number(more)) + " other combination" + (more > 1 ? "s" : "")
          + " of steps would also support it.");
    }
    advice.notes().forEach(n -> sentences.add(Prose.sentence(n)));
    return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
  }

  // Options that documentation alone could satisfy come first; the advisor's order otherwise.
  private static List<Option> actionableFirst(Determination d, List<Option> options) {
    List<Option> out = new ArrayList<>();
    options.stream().filter(o -> plan(d, o.steps()).obstacles().isEmpty()).forEach(out::add);
    options.stream().filter(o -> !out.contains(o)).forEach(out::add);
    return out;
  }

  // The sentences for one option; {@code lead} opens the first ("Alternatively, ...").
  private static List<String> option(Plan plan, String lead) {
    List<String> out = new ArrayList<>();
    String limits = plan.limits().isEmpty() ? "" : ", provided it " + String.join(" and ", plan.limits());
    String items = items(plan);
    if (!items.isEmpty()) {
      out.add(Prose.capitalize(lead + "the request would be supported with " + items + limits + "."));
    }
    for (List<String> step : plan.reasoned()) {
      if (out.isEmpty()) {
        out.add(Prose.capitalize(lead + "as " + step.get(0) + ", the request would need " + step.get(1)
            + limits + "."));
      } else {
        out.add("As " + step.get(0) + ", it would also need " + step.get(1) + ".");
      }
    }
    if (out.isEmpty() && !limits.isEmpty()) {
      out.add(Prose.capitalize(lead + "the request would be within the guideline" + limits + "."));
    }
    if (!plan.obstacles().isEmpty()) {
      boolean one = plan.obstacles().size() == 1;
      String head = one ? "an exclusion stands in the way" : "exclusions stand in the way";
      String obstacles = Prose.list(plan.obstacles(), "and");
      out.add(out.isEmpty()
          ? Prose.capitalize(lead + head + " of the request: " + obstacles + ".")
          : "Even then, " + head + ": " + obstacles + ".");
    }
    return out;
  }

  private static boolean contains(Option option, Step step) {
    return option.steps().stream().anyMatch(s -> s.part().equals(step.part()) && s.id().equals(step.id()));
  }

  private static Plan plan(Determination d, List<Step> steps) {
    Plan plan = new Plan();
    for (Step step : steps) {
      String text = trimPeriod(step.text().strip());
      switch (step.kind()) {
        case REQUEST:
          plan.limits().add(limit(d, step, text));
          break;
        case EXCLUSION:
          exclusion(step, text, plan);
          break;
        default:
          plan.names().add(name(step));
          if (text.startsWith(VERBS.get(0).get(0))) {
            plan.documents().add(text.substring(VERBS.get(0).get(0).length()));
          } else {
            plan.others().add(nounPhrase(text));
          }
      }
    }
    return plan;
  }

  // "prior physical therapy is on record; document why more is needed" is a step with a reason;
  // "the record documents radiculopathy; injections are not for radicular pain" is an obstacle.
  private static void exclusion(Step step, String text, Plan plan) {
    int semicolon = text.indexOf("; ");
    String barrier = semicolon < 0 ? text : text.substring(0, semicolon);
    String rest = semicolon < 0 ? "" : text.substring(semicolon + 2);
    if (VERBS.stream().anyMatch(v -> rest.startsWith(v.get(0)))) {
      plan.reasoned().add(List.of(barrier, nounPhrase(rest)));
      plan.names().add(nounPhrase(rest));
    } else {
      plan.obstacles().add(rest.isEmpty() ? barrier : barrier + ", and " + rest);
      plan.names().add("the absence of " + step.fact().label());
    }
  }

  private static String nounPhrase(String text) {
    for (List<String> verb : VERBS) {
      if (text.startsWith(verb.get(0))) {
        return verb.get(1) + text.substring(verb.get(0).length());
      }
    }
    return text;
  }

  // A step's short name: "a red flag", "at least 4 weeks of conservative care".
  private static String name(Step step) {
    Fact fact = step.fact();
    if (step.comparison().isPresent() && step.threshold().isPresent()) {
      String unit = fact.unit().orElse("");
      String label = fact.label();
      String rest = !unit.isEmpty() && label.startsWith(unit + " ") ? label.substring(unit.length()) : " " + label;
      return step.comparison().get().words() + " " + Prose.count(step.threshold().get(), unit) + rest;
    }
    return step.presence().orElse(true) ? fact.label() : "the absence of " + fact.label();
  }


  // "documentation of a, b and c", or each on its own when other kinds of step are in the list.
  private static String items(Plan plan) {
    List<String> items = new ArrayList<>();
    String documentation = VERBS.get(0).get(1);
    if (plan.others().isEmpty() && !plan.documents().isEmpty()) {
      items.add(documentation + Prose.list(plan.documents(), "and"));
    } else {
      plan.documents().forEach(x -> items.add(documentation + x));
    }
    items.addAll(plan.others());
    return Prose.list(items, "and");
  }

  // A request above a limit: "asked for no more than 10 visits, the most ... allows for ...".
  private static String limit(Determination d, Step step, String text) {
    String unit = Findings.noun(step.fact());
    if (step.threshold().isEmpty()) {
      String stated = text.startsWith("state ") ? text.substring("state ".length()) : text;
      return "stated " + stated.replaceFirst(" in the request$", "");
    }
    String group = check(d, step).flatMap(LimitCheck::group)
        .map(g -> ", the most the guideline allows for " + Prose.lowerFirst(g)).orElse("");
    return "asked for no more than " + Prose.count(step.threshold().get(), unit) + group;
  }

  private static Optional<LimitCheck> check(Determination d, Step step) {
    for (Part part : d.parts()) {
      if (part.service().id().equals(step.part())) {
        Optional<LimitCheck> found = part.limits().stream().filter(l -> l.id().equals(step.id())).findFirst();
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String trimPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
