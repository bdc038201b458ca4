package org.imrengine.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;

/** The patched cases of every rule test in {@code rules/tests}, for tests outside this package. */
public final class RuleTestCases {
  private RuleTestCases() {}

  /** A rule test's patched case and the request it decides. */
  public record Case(String name, CaseFile file, Request request) {}

  /** Every rule test's case, in file and test order. */
  public static List<Case> all() {
    List<Case> out = new ArrayList<>();
    for (RuleTests.Located test : RuleTests.all(RuleTests.DIR)) {
      CaseFile file = test.caseFile();
      Request request = file.requests().stream().filter(r -> r.id().equals(test.test().request()))
          .findFirst().orElseThrow();
      out.add(new Case(test.where(), file, request));
    }
    return out;
  }
}
