package org.imrengine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The date checks of a whole case: nothing dated after asOf, no request before the injury, no
 * treatment ending before it starts. Run by {@link CaseFile}'s constructor, so a case built in code
 * is held to the same rules as one read from a file.
 */
final class CaseDates {
  private final CaseFile file;

  private CaseDates(CaseFile file) {
    this.file = file;
  }

  /** A date problem, with the JSON path of the offending value. */
  static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String problem;

    Invalid(String path, String problem) {
      super(path + ": " + problem);
      this.path = path;
      this.problem = problem;
    }

    String path() {
      return path;
    }

    String problem() {
      return problem;
    }
  }

  /** Checks {@code file}; throws {@link Invalid} for the first problem found. */
  static void check(CaseFile file) {
    new CaseDates(file).run();
  }

  private void run() {
    LocalDate asOf = file.asOf();
    if (file.injuryDate().isAfter(asOf)) {
      throw fail("$.injuryDate", "injury date " + file.injuryDate() + " is after asOf " + asOf);
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
    for (int i = 0; i < file.symptoms().size(); i++) {
      notAfterAsOf("$.symptoms[" + i + "].onset", file.symptoms().get(i).onset());
    }
    for (int i = 0; i < file.treatments().size(); i++) {
      Treatment t = file.treatments().get(i);
      String at = "$.treatments[" + i + "]";
      notAfterAsOf(at + ".start", t.start());
      notAfterAsOf(at + ".end", t.end());
      if (t.start().isPresent() && t.end().isPresent() && t.end().get().isBefore(t.start().get())) {
        throw fail(at + ".end", "end " + t.end().get() + " is before start " + t.start().get());
      }
    }
    for (int i = 0; i < file.requests().size(); i++) {
      Request r = file.requests().get(i);
      String at = "$.requests[" + i + "]";
      notAfterAsOf(at + ".date", r.date());
      if (r.date().isPresent() && r.date().get().isBefore(file.injuryDate())) {
        throw fail(at + ".date", "request date " + r.date().get()
            + " is before the injury date " + file.injuryDate());
      }
      if (r.ur().isPresent()) {
        notAfterAsOf(at + ".ur.date", r.ur().get().date());
        if (r.ur().get().date().isPresent()
            && r.ur().get().date().get().isBefore(file.injuryDate())) {
          throw fail(at + ".ur.date", "UR decision date " + r.ur().get().date().get()
              + " is before the injury date " + file.injuryDate());
        }
      }
    }
  }

  private void items(String list, List<? extends Item> items) {
    for (int i = 0; i < items.size(); i++) {
      notAfterAsOf("$." + list + "[" + i + "].date", items.get(i).date());
    }
  }

  private void notAfterAsOf(String at, Optional<LocalDate> date) {
    if (date.isPresent() && date.get().isAfter(file.asOf())) {
      throw fail(at, "date " + date.get() + " is after asOf " + file.asOf()
          + " (the date the record runs to)");
    }
  }

  private Invalid fail(String at, String problem) {
    return new Invalid(at, problem);
  }
}
