package org.imrengine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a request's {@code "imr"} object, the real IMR decision. Its date may be after the case's
 * {@code asOf} (IMR decides after the record closes), but not before the request or its UR
 * decision.
 */
final class ImrDecisionReader {
  private ImrDecisionReader() {}

  static ImrDecision read(JsonObject o, Optional<LocalDate> requestDate, Optional<LocalDate> urDate) {
    int mark = o.problems().mark();
    o.allow("outcome", "date", "guideline", "source");
    Optional<LocalDate> date = o.optDate("date");
    if (date.isPresent()) {
      check(o, date.get(), requestDate, "the request date");
      check(o, date.get(), urDate, "the UR decision date");
    }
    ImrOutcome outcome = o.term("outcome", ImrOutcome.class);
    Optional<String> guideline = o.optString("guideline");
    Optional<String> source = o.optString("source");
    return o.problems().build(mark, o.path(), () -> new ImrDecision(outcome, date, guideline, source));
  }

  private static void check(JsonObject o, LocalDate date, Optional<LocalDate> earlier, String what) {
    if (earlier.isPresent() && date.isBefore(earlier.get())) {
      o.fail(CaseFileProblem.Code.DATE_ORDER, o.at("date"), "IMR decision " + date + " is before " + what + " " + earlier.get());
    }
  }
}
