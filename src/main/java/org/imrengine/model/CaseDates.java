package org.imrengine.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.imrengine.model.CaseFileProblem.Code;

/**
 * The date checks of a whole case: nothing dated after asOf, no request before the injury, nothing
 * ending before it starts. Dates may be spans, so only an order that their bounds make impossible
 * is a problem; approximate dates are not checked. Run by {@link CaseFile}'s constructor, so a case
 * built in code is held to the same rules as one read from a file.
 */
final class CaseDates {
  private final CaseFile file;
  private final BiFunction<String, Integer, String> pathOf;
  private final List<CaseFileProblem> problems = new ArrayList<>();

  private CaseDates(CaseFile file, BiFunction<String, Integer, String> pathOf) {
    this.file = file;
    this.pathOf = pathOf;
  }

  /** The date problems of a case, each with the JSON path of the offending value. */
  static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<CaseFileProblem> problems;

    Invalid(List<CaseFileProblem> problems) {
      super(problems.get(0).toString()
          + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
      this.problems = List.copyOf(problems);
    }

    List<CaseFileProblem> problems() {
      return problems;
    }
  }

  /** Checks {@code file}; throws {@link Invalid} listing every problem found. */
  static void check(CaseFile file) {
    List<CaseFileProblem> found = problems(file, (list, i) -> "$." + list + "[" + i + "]");
    if (!found.isEmpty()) {
      throw new Invalid(found);
    }
  }

  /**
   * The problems of {@code file}; {@code pathOf} gives the JSON path of item {@code i} of a list
   * (the reader's paths differ from list positions when it dropped items it could not read).
   */
  static List<CaseFileProblem> problems(CaseFile file, BiFunction<String, Integer, String> pathOf) {
    CaseDates dates = new CaseDates(file, pathOf);
    dates.run();
    return List.copyOf(dates.problems);
  }

  private void run() {
    LocalDate asOf = file.asOf();
    Optional<DateSpan> injury = file.injuryDateSpan().filter(d -> !d.approximate());
    if (injury.isPresent() && injury.get().isCertainlyAfter(asOf)) {
      fail("$.injuryDate", "injury date " + injury.get() + " is after asOf " + asOf);
    }
    items("diagnoses", file.diagnoses());
    items("symptoms", file.symptoms());
    items("findings", file.findings());
    items("treatments", file.treatments());
    items("studies", file.studies());
    items("redFlags", file.redFlags());
    items("events", file.events());
    items("plans", file.plans());
    items("conditions", file.conditions());
    items("surgeries", file.surgeries());
    items("examSummaries", file.examSummaries());
    items("medications", file.medications());
    items("observations", file.observations());
    for (int i = 0; i < file.symptoms().size(); i++) {
      notAfterAsOf(pathOf.apply("symptoms", i) + ".onset", file.symptoms().get(i).onsetSpan());
    }
    for (int i = 0; i < file.treatments().size(); i++) {
      Treatment t = file.treatments().get(i);
      course(pathOf.apply("treatments", i), t.startSpan(), t.endSpan());
    }
    for (int i = 0; i < file.medications().size(); i++) {
      Medication m = file.medications().get(i);
      course(pathOf.apply("medications", i), m.startSpan(), m.endSpan());
    }
    for (int i = 0; i < file.requests().size(); i++) {
      request(pathOf.apply("requests", i), file.requests().get(i), injury);
    }
  }

  private void course(String at, Optional<DateSpan> start, Optional<DateSpan> end) {
    notAfterAsOf(at + ".start", start);
    notAfterAsOf(at + ".end", end);
    if (start.isPresent() && end.isPresent() && !start.get().approximate()
        && !end.get().approximate() && end.get().isCertainlyBefore(start.get())) {
      fail(at + ".end", "end " + end.get() + " is before start " + start.get());
    }
  }

  private void request(String at, Request r, Optional<DateSpan> injury) {
    notAfterAsOf(at + ".date", r.date().map(DateSpan::of));
    if (r.date().isPresent() && injury.isPresent() && injury.get().isCertainlyAfter(r.date().get())) {
      fail(at + ".date", "request date " + r.date().get() + " is before the injury date " + injury.get());
    }
    // A date of service or dispensing may lie after asOf (a scheduled service), not before the injury.
    if (r.serviceDate().isPresent() && injury.isPresent() && injury.get().isCertainlyAfter(r.serviceDate().get())) {
      fail(at + ".serviceDate", "date of service " + r.serviceDate().get() + " is before the injury date " + injury.get());
    }
    if (r.dispensedDate().isPresent() && injury.isPresent() && injury.get().isCertainlyAfter(r.dispensedDate().get())) {
      fail(at + ".dispensedDate", "date dispensed " + r.dispensedDate().get() + " is before the injury date " + injury.get());
    }
    if (r.ur().isPresent()) {
      Optional<LocalDate> ur = r.ur().get().date();
      notAfterAsOf(at + ".ur.date", ur.map(DateSpan::of));
      if (ur.isPresent() && injury.isPresent() && injury.get().isCertainlyAfter(ur.get())) {
        fail(at + ".ur.date", "UR decision date " + ur.get() + " is before the injury date " + injury.get());
      }
    }
  }

  private void items(String list, List<? extends Item> items) {
    for (int i = 0; i < items.size(); i++) {
      notAfterAsOf(pathOf.apply(list, i) + ".date", items.get(i).dateSpan());
    }
  }

  private void notAfterAsOf(String at, Optional<DateSpan> date) {
    if (date.isPresent() && !date.get().approximate() && date.get().isCertainlyAfter(file.asOf())) {
      fail(at, "date " + date.get() + " is after asOf " + file.asOf()
          + " (the date the record runs to)");
    }
  }

  private void fail(String at, String problem) {
    problems.add(new CaseFileProblem(Code.DATE_ORDER, at, problem));
  }
}
