package org.imrengine.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.imrengine.ImrException;

/**
 * A rule base that cannot be loaded. It lists every problem found, one per line; a rule base with
 * any problem does not load at all.
 */
public final class RuleLoadException extends ImrException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * A failed load with every problem found, in file order.
   *
   * @param problems the problems; the message lists them one per line
   */
  public RuleLoadException(List<Problem> problems) {
    super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the rule base:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, in file order} */
  public List<Problem> problems() {
    return problems;
  }
}
