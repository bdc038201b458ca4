package org.imrengine.facts;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.imrengine.facts.FactValue.Flag;
import org.imrengine.facts.FactValue.NotDocumented;
import org.imrengine.facts.FactValue.Quantity;
import org.imrengine.model.Approach;
import org.imrengine.model.CaseFile;
import org.imrengine.model.ClinicalEvent;
import org.imrengine.model.ConditionKind;
import org.imrengine.model.DiagnosisCategory;
import org.imrengine.model.EventKind;
import org.imrengine.model.Finding;
import org.imrengine.model.FindingResult;
import org.imrengine.model.FindingType;
import org.imrengine.model.Injectate;
import org.imrengine.model.Item;
import org.imrengine.model.Radiation;
import org.imrengine.model.RedFlagKind;
import org.imrengine.model.Region;
import org.imrengine.model.Request;
import org.imrengine.model.Response;
import org.imrengine.model.Service;
import org.imrengine.model.Study;
import org.imrengine.model.StudyResult;
import org.imrengine.model.Treatment;

/**
 * Derives the {@link Facts} of a case for one request. This is where the case model meets the fact
 * vocabulary; which facts a rule needs, and what thresholds apply, is data in the rule files.
 *
 * <p>Stateless and thread-safe; {@link #extract} is a pure function of its arguments.
 */
public final class FactExtractor {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
  private static final Set<Response> FAILED =
      EnumSet.of(Response.PARTIAL_RELIEF, Response.NO_IMPROVEMENT, Response.WORSENED);
  private static final Set<Response> NO_PROGRESS = EnumSet.of(Response.NO_IMPROVEMENT, Response.WORSENED);
  private static final Set<Response> HELPED = EnumSet.of(Response.RESOLVED, Response.IMPROVED);

  private FactExtractor() {}

  /** Derives every fact of {@code file} for {@code request}. */
  public static Facts extract(CaseFile file, Request request) {
    return new Extraction(file, request).run();
  }

  /** The evidence entry for an item: its id, date and words (or a summary of its fields). */
  static Evidence cite(Item item, String fallback) {
    return new Evidence(item.id(), item.date(), item.text().orElse(fallback));
  }

  private static final class Extraction {
    private final CaseFile file;
    private final Request request;
    private final Region region;
    private final LocalDate decisionDate;
    private final EnumMap<Fact, FactValue> out = new EnumMap<>(Fact.class);

    Extraction(CaseFile file, Request request) {
      this.file = file;
      this.request = request;
      this.region = request.region();
      this.decisionDate = request.decisionDate(file.asOf());
    }

    Facts run() {
      courseFacts();
      neurologicFacts();
      treatmentFacts();
      planFacts();
      studyFacts();
      requestFacts();
      return Facts.of(out);
    }

    private boolean inRegion(Optional<Region> itemRegion) {
      return itemRegion.isEmpty() || itemRegion.get() == region;
    }

    // ---------------------------------------------------------------- red flags and course

    private void courseFacts() {
      var flags = file.redFlags().stream().filter(f -> inRegion(f.region())).collect(Collectors.toList());
      out.put(Fact.RED_FLAG, presence(flags, f -> f.present(), f -> "red flag: " + f.kind().id(),
          "no red flag is documented"));
      var trauma = flags.stream()
          .filter(f -> f.kind() == RedFlagKind.TRAUMA || f.kind() == RedFlagKind.FRACTURE)
          .collect(Collectors.toList());
      out.put(Fact.TRAUMA, presence(trauma, f -> f.present(), f -> "red flag: " + f.kind().id(),
          "no trauma is documented"));
      var flare = file.events().stream()
          .filter(e -> inRegion(e.region()))
          .filter(e -> e.kind() == EventKind.FLARE_UP || e.kind() == EventKind.NEW_INJURY)
          .collect(Collectors.toList());
      out.put(Fact.FLARE_UP, presence(flare, ClinicalEvent::present, e -> e.kind().id(),
          "no flare-up or new injury is documented"));
      out.put(Fact.SYMPTOM_MONTHS, symptomMonths());
    }

    private FactValue symptomMonths() {
      var onsets = file.symptoms().stream()
          .filter(s -> s.region() == region && s.onset().isPresent())
          .sorted(Comparator.comparing(s -> s.onset().get()))
          .collect(Collectors.toList());
      LocalDate onset;
      Evidence evidence;
      if (!onsets.isEmpty()) {
        onset = onsets.get(0).onset().get();
        evidence = cite(onsets.get(0), "symptom onset " + DATE.format(onset));
      } else if (file.injuryDate().isPresent()) {
        onset = file.injuryDate().get();
        evidence = new Evidence("injuryDate", Optional.of(onset), "date of injury " + DATE.format(onset));
      } else {
        return new NotDocumented("neither symptom onset nor date of injury is documented", List.of());
      }
      long months = Math.max(0, Period.between(onset, decisionDate).toTotalMonths());
      return new Quantity(months, List.of(evidence));
    }

    // ---------------------------------------------------------------- neurologic findings

    private List<Finding> findings(FindingType type) {
      return file.findings().stream()
          .filter(f -> f.type() == type && f.region() == region)
          .collect(Collectors.toList());
    }

    private void neurologicFacts() {
      out.put(Fact.DERMATOMAL_SENSORY_DEFICIT, dermatomalSensory());
      out.put(Fact.MOTOR_DEFICIT, findingPresence(FindingType.MOTOR, "no motor examination is documented"));
      out.put(Fact.REFLEX_CHANGE, findingPresence(FindingType.REFLEX, "no reflex examination is documented"));
      out.put(Fact.POSITIVE_PROVOCATIVE_TEST,
          findingPresence(FindingType.PROVOCATIVE_TEST, "no provocative test is documented"));
      out.put(Fact.TRIGGER_POINTS,
          findingPresence(FindingType.TRIGGER_POINT, "no trigger point examination is documented"));
      var triggerPoints = findings(FindingType.TRIGGER_POINT).stream()
          .filter(f -> f.result() == FindingResult.ABNORMAL)
          .collect(Collectors.toList());
      out.put(Fact.TWITCH_RESPONSE, optionalFlag(triggerPoints, Finding::twitchResponse,
          "no twitch response is documented at a trigger point"));
      out.put(Fact.REFERRED_PAIN, optionalFlag(triggerPoints, Finding::referredPain,
          "no referred pain is documented on palpation of a trigger point"));
      var symptoms = file.symptoms().stream()
          .filter(s -> s.region() == region)
          .collect(Collectors.toList());
      var dermatomal = symptoms.stream()
          .filter(s -> s.radiation().equals(Optional.of(Radiation.DERMATOMAL)))
          .collect(Collectors.toList());
      var local = symptoms.stream()
          .filter(s -> s.radiation().equals(Optional.of(Radiation.NONE)))
          .collect(Collectors.toList());
      if (!dermatomal.isEmpty()) {
        out.put(Fact.RADICULAR_PAIN, new Flag(true, cites(dermatomal)));
      } else if (!local.isEmpty() && symptoms.stream().noneMatch(s -> s.radiation().isPresent()
          && s.radiation().get() == Radiation.RADIATING)) {
        out.put(Fact.RADICULAR_PAIN, new Flag(false, cites(local)));
      } else {
        out.put(Fact.RADICULAR_PAIN, new NotDocumented(
            "no pain in a dermatomal distribution is documented", cites(symptoms)));
      }
    }

    private FactValue dermatomalSensory() {
      var sensory = findings(FindingType.SENSORY);
      var withLevel = sensory.stream()
          .filter(f -> f.result() == FindingResult.ABNORMAL && f.level().isPresent())
          .collect(Collectors.toList());
      if (!withLevel.isEmpty()) {
        return new Flag(true, cites(withLevel));
      }
      var abnormal = sensory.stream().filter(f -> f.result() == FindingResult.ABNORMAL)
          .collect(Collectors.toList());
      if (!abnormal.isEmpty()) {
        return new NotDocumented("the sensory changes documented are not placed in a dermatome",
            cites(abnormal));
      }
      if (!sensory.isEmpty()) {
        return new Flag(false, cites(sensory));
      }
      return new NotDocumented("no sensory examination is documented", List.of());
    }

    private FactValue findingPresence(FindingType type, String missing) {
      return presence(findings(type), f -> f.result() == FindingResult.ABNORMAL,
          f -> f.type().id() + " " + f.result().id(), missing);
    }

    // ---------------------------------------------------------------- treatments

    private void treatmentFacts() {
      var conservative = file.treatments().stream()
          .filter(t -> t.service().isConservative() && inRegion(t.region()))
          .collect(Collectors.toList());
      out.put(Fact.CONSERVATIVE_CARE_FAILED, responseFlag(conservative, FAILED,
          "no response to conservative care is documented"));
      var exercise = conservative.stream()
          .filter(t -> t.service().kind() == Service.Kind.EXERCISE)
          .collect(Collectors.toList());
      out.put(Fact.STRENGTHENING_PROGRAM_FAILED, responseFlag(exercise, NO_PROGRESS,
          "no failed exercise or strengthening program is documented"));
      out.put(Fact.CONSERVATIVE_CARE_WEEKS, weeksOfCare(conservative));
      var homeExercise = conservative.stream()
          .filter(t -> t.service() == Service.HOME_EXERCISE && t.response().isPresent())
          .collect(Collectors.toList());
      out.put(Fact.HOME_EXERCISE_DIFFICULTY, presence(homeExercise,
          t -> t.response().get() == Response.UNABLE_TO_PERFORM, t -> "home exercise",
          "no difficulty with a home exercise program is documented"));

      var same = file.treatments().stream()
          .filter(t -> t.service() == request.service() && inRegion(t.region()))
          .collect(Collectors.toList());
      out.put(Fact.PRIOR_SAME_TREATMENT, same.isEmpty()
          ? new NotDocumented("no prior " + request.service().id() + " is documented", List.of())
          : new Flag(true, cites(same)));
      out.put(Fact.PRIOR_TREATMENT_FUNCTIONAL_IMPROVEMENT, optionalFlag(same,
          Treatment::functionalImprovement, "no functional improvement from prior treatment is documented"));
      out.put(Fact.PRIOR_TREATMENT_RELIEF_PERCENT, maxOf(same, Treatment::reliefPercent,
          "no percentage of relief from prior treatment is documented"));
      out.put(Fact.PRIOR_TREATMENT_RELIEF_WEEKS, maxOf(same, Treatment::reliefWeeks,
          "no duration of relief from prior treatment is documented"));
      Optional<LocalDate> lastCourse = same.stream().map(this::lastDate).flatMap(Optional::stream)
          .max(Comparator.naturalOrder());
      var flareSince = file.events().stream()
          .filter(e -> inRegion(e.region()))
          .filter(e -> e.kind() == EventKind.FLARE_UP || e.kind() == EventKind.NEW_INJURY)
          .filter(e -> same.isEmpty() || after(e.date(), lastCourse))
          .collect(Collectors.toList());
      out.put(Fact.FLARE_UP_SINCE_PRIOR_TREATMENT, presence(flareSince, ClinicalEvent::present,
          e -> e.kind().id(), "no flare-up or new injury since the prior treatment is documented"));
      out.put(Fact.WEEKS_SINCE_PRIOR_SAME_TREATMENT, weeksSince(same.stream()
          .filter(t -> lastDate(t).isPresent())
          .max(Comparator.comparing(t -> lastDate(t).get())), this::lastDate,
          "no dated prior " + request.service().id() + " is documented"));
    }

    private Optional<LocalDate> lastDate(Item item) {
      if (item instanceof Treatment) {
        Treatment t = (Treatment) item;
        return t.end().or(t::start).or(t::date);
      }
      return item.date();
    }

    private FactValue responseFlag(List<Treatment> treatments, Set<Response> failed, String missing) {
      var failing = treatments.stream()
          .filter(t -> t.response().isPresent() && failed.contains(t.response().get()))
          .collect(Collectors.toList());
      if (!failing.isEmpty()) {
        return new Flag(true, cites(failing));
      }
      var helped = treatments.stream()
          .filter(t -> t.response().isPresent() && HELPED.contains(t.response().get()))
          .collect(Collectors.toList());
      if (!helped.isEmpty()) {
        return new Flag(false, cites(helped));
      }
      return new NotDocumented(missing, cites(treatments));
    }

    private FactValue weeksOfCare(List<Treatment> treatments) {
      // Overlapping dated periods count once; a period with a start and no end runs to the request.
      List<LocalDate[]> periods = new ArrayList<>();
      List<Treatment> used = new ArrayList<>();
      long longestStated = -1;
      for (Treatment t : treatments) {
        if (t.start().isPresent()) {
          LocalDate end = t.end().orElse(decisionDate);
          if (end.isBefore(t.start().get())) {
            end = t.start().get();
          }
          periods.add(new LocalDate[] {t.start().get(), end});
          used.add(t);
        } else if (t.weeks().isPresent()) {
          longestStated = Math.max(longestStated, t.weeks().get());
          used.add(t);
        }
      }
      if (used.isEmpty()) {
        return new NotDocumented("no duration of conservative care is documented", cites(treatments));
      }
      periods.sort(Comparator.comparing(p -> p[0]));
      long days = 0;
      LocalDate curStart = null;
      LocalDate curEnd = null;
      for (LocalDate[] p : periods) {
        if (curEnd == null || p[0].isAfter(curEnd)) {
          if (curEnd != null) {
            days += ChronoUnit.DAYS.between(curStart, curEnd);
          }
          curStart = p[0];
          curEnd = p[1];
        } else if (p[1].isAfter(curEnd)) {
          curEnd = p[1];
        }
      }
      if (curEnd != null) {
        days += ChronoUnit.DAYS.between(curStart, curEnd);
      }
      return new Quantity(Math.max(days / 7, longestStated), cites(used));
    }

    // ---------------------------------------------------------------- plans and conditions

    private void planFacts() {
      var plans = file.plans().stream().filter(p -> p.region() == region).collect(Collectors.toList());
      out.put(Fact.INVASIVE_PROCEDURE_PLANNED, presence(
          plans.stream().filter(p -> p.service().isInvasive()).collect(Collectors.toList()),
          p -> p.present(), p -> "plan: " + p.service().id(), "no invasive procedure is planned"));
      out.put(Fact.SURGERY_PLANNED, presence(
          plans.stream().filter(p -> p.service().kind() == Service.Kind.SURGERY).collect(Collectors.toList()),
          p -> p.present(), p -> "plan: " + p.service().id(), "no surgery is planned"));
      Set<ConditionKind> mri = EnumSet.of(ConditionKind.CARDIAC_PACEMAKER, ConditionKind.METALLIC_IMPLANT,
          ConditionKind.CLAUSTROPHOBIA);
      Set<ConditionKind> sedation = EnumSet.of(ConditionKind.CLAUSTROPHOBIA, ConditionKind.ANXIETY,
          ConditionKind.INABILITY_TO_LIE_STILL);
      out.put(Fact.MRI_CONTRAINDICATION, presence(
          file.conditions().stream().filter(c -> mri.contains(c.kind())).collect(Collectors.toList()),
          c -> c.present(), c -> c.kind().id(), "no contraindication to MRI is documented"));
      out.put(Fact.SEDATION_NEED, presence(
          file.conditions().stream().filter(c -> sedation.contains(c.kind())).collect(Collectors.toList()),
          c -> c.present(), c -> c.kind().id(),
          "no claustrophobia, anxiety or inability to lie still is documented"));
      var diagnoses = file.diagnoses().stream()
          .filter(d -> d.region().isPresent() && d.region().get() == region)
          .collect(Collectors.toList());
      out.put(Fact.DIAGNOSIS_IN_REGION, diagnoses.isEmpty()
          ? new NotDocumented("no diagnosis of the " + region.id().replace('_', ' ') + " is documented", List.of())
          : new Flag(true, cites(diagnoses)));
    }

    // ---------------------------------------------------------------- studies

    private void studyFacts() {
      var regional = file.studies().stream().filter(s -> s.region() == region).collect(Collectors.toList());
      var same = regional.stream().filter(s -> s.service() == request.service()).collect(Collectors.toList());
      out.put(Fact.PRIOR_SAME_STUDY, same.isEmpty()
          ? new NotDocumented("no prior " + request.service().id() + " of the region is documented", List.of())
          : new Flag(true, cites(same)));
      out.put(Fact.WEEKS_SINCE_PRIOR_SAME_STUDY, weeksSince(same.stream()
          .filter(s -> s.date().isPresent())
          .max(Comparator.comparing(s -> s.date().get())), Item::date,
          "no dated prior study of the same kind is documented"));
      var imaging = regional.stream().filter(s -> s.service().kind() == Service.Kind.IMAGING)
          .collect(Collectors.toList());
      out.put(Fact.PRIOR_IMAGING, imaging.isEmpty()
          ? new NotDocumented("no prior imaging of the region is documented", List.of())
          : new Flag(true, cites(imaging)));
      var mri = regional.stream().filter(s -> s.service() == Service.MRI).collect(Collectors.toList());
      out.put(Fact.PRIOR_DIAGNOSTIC_MRI, presence(mri.stream().filter(s -> s.result().isPresent())
          .collect(Collectors.toList()), s -> s.result().get() != StudyResult.NONDIAGNOSTIC,
          s -> "MRI " + s.result().get().id(), "no interpreted prior MRI of the region is documented"));
      var edx = regional.stream().filter(s -> s.service() == Service.EMG_NCV && s.result().isPresent())
          .collect(Collectors.toList());
      out.put(Fact.ABNORMAL_ELECTRODIAGNOSTICS, presence(edx,
          s -> s.result().get() == StudyResult.ABNORMAL, s -> "electrodiagnostic study " + s.result().get().id(),
          "no electrodiagnostic study of the region is documented"));
      var rootStudies = regional.stream()
          .filter(s -> s.radiculopathy().isPresent()
              || s.result().equals(Optional.of(StudyResult.NORMAL)))
          .collect(Collectors.toList());
      FactValue corroborating = presence(rootStudies, s -> s.radiculopathy().orElse(false),
          s -> s.service().id() + " of the region", "no study of the region addresses nerve-root compromise");
      out.put(Fact.CORROBORATING_STUDY, corroborating);
      out.put(Fact.RADICULOPATHY, radiculopathy(corroborating));
      out.put(Fact.SIGNIFICANT_CHANGE_SINCE_PRIOR_STUDY, changeSince(imaging));
      out.put(Fact.RED_FLAG_SINCE_PRIOR_STUDY, redFlagSince(imaging));
    }

    private FactValue radiculopathy(FactValue corroborating) {
      var diagnosed = file.diagnoses().stream()
          .filter(d -> d.category() == DiagnosisCategory.RADICULOPATHY
              && (d.region().isEmpty() || d.region().get() == region))
          .collect(Collectors.toList());
      if (!diagnosed.isEmpty()) {
        return new Flag(true, cites(diagnosed));
      }
      return corroborating;
    }

    /** Red flags dated after the latest prior imaging; undated ones count, as they cannot be placed. */
    private FactValue redFlagSince(List<Study> imaging) {
      Optional<LocalDate> latest = latestDate(imaging);
      var flags = file.redFlags().stream()
          .filter(f -> inRegion(f.region()))
          .filter(f -> after(f.date(), latest))
          .collect(Collectors.toList());
      return presence(flags, f -> f.present(), f -> "red flag: " + f.kind().id(),
          "no red flag since the prior study is documented");
    }

    private static Optional<LocalDate> latestDate(List<? extends Item> items) {
      return items.stream().map(Item::date).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Whether an item dated {@code date} comes after {@code latest} (undated items count). */
    private static boolean after(Optional<LocalDate> date, Optional<LocalDate> latest) {
      return latest.isEmpty() || date.isEmpty() || date.get().isAfter(latest.get());
    }

    private FactValue changeSince(List<Study> imaging) {
      if (imaging.isEmpty()) {
        return new NotDocumented("there is no prior imaging to compare with", List.of());
      }
      Optional<LocalDate> latest = latestDate(imaging);
      var events = file.events().stream()
          .filter(e -> inRegion(e.region()))
          .filter(e -> after(e.date(), latest))
          .collect(Collectors.toList());
      return presence(events, ClinicalEvent::present, e -> e.kind().id(),
          "no change in symptoms or findings since the prior study is documented");
    }

    // ---------------------------------------------------------------- the request

    private void requestFacts() {
      Evidence asRequested = new Evidence("request:" + request.id(), request.date(), request.description());
      if (request.quantity().isPresent()) {
        out.put(Fact.REQUESTED_VISITS, new Quantity(request.quantity().get(), List.of(asRequested)));
      } else if (request.frequency().isPresent()) {
        out.put(Fact.REQUESTED_VISITS, new Quantity(request.frequency().get().minVisits(), List.of(asRequested)));
      } else {
        out.put(Fact.REQUESTED_VISITS, new NotDocumented("the request does not state a number of visits",
            List.of(asRequested)));
      }
      out.put(Fact.REQUESTED_INJECTIONS, request.quantity()
          .<FactValue>map(q -> new Quantity(q, List.of(asRequested)))
          .orElse(new NotDocumented("the request does not state a number of injections", List.of(asRequested))));
      if (request.levels().isEmpty()) {
        out.put(Fact.REQUESTED_LEVELS, new NotDocumented("the request does not name its levels", List.of(asRequested)));
        out.put(Fact.REQUESTED_INTERLAMINAR_LEVELS,
            new NotDocumented("the request does not name its levels", List.of(asRequested)));
      } else {
        long levels = SpinalLevels.count(request.levels());
        out.put(Fact.REQUESTED_LEVELS, new Quantity(levels, List.of(asRequested)));
        out.put(Fact.REQUESTED_INTERLAMINAR_LEVELS, request.approach()
            .<FactValue>map(a -> new Quantity(a == Approach.TRANSFORAMINAL ? 0 : levels, List.of(asRequested)))
            .orElse(new NotDocumented("the request does not state the approach", List.of(asRequested))));
      }
      out.put(Fact.NON_ANESTHETIC_INJECTATE, request.injectate()
          .<FactValue>map(i -> new Flag(i == Injectate.OTHER || i == Injectate.STEROID, List.of(asRequested)))
          .orElse(new NotDocumented("the request does not state the injectate", List.of(asRequested))));
    }

    // ---------------------------------------------------------------- helpers

    private <T extends Item> FactValue weeksSince(Optional<T> latest,
        java.util.function.Function<Item, Optional<LocalDate>> dateOf, String missing) {
      if (latest.isEmpty()) {
        return new NotDocumented(missing, List.of());
      }
      LocalDate when = dateOf.apply(latest.get()).orElseThrow();
      long weeks = Math.max(0, ChronoUnit.WEEKS.between(when, decisionDate));
      return new Quantity(weeks, List.of(cite(latest.get(), latest.get().id())));
    }

    private <T extends Item> FactValue presence(List<T> items, Predicate<T> present,
        java.util.function.Function<T, String> describe, String missing) {
      var yes = items.stream().filter(present).collect(Collectors.toList());
      if (!yes.isEmpty()) {
        return new Flag(true, yes.stream().map(i -> cite(i, describe.apply(i))).collect(Collectors.toList()));
      }
      if (!items.isEmpty()) {
        return new Flag(false, items.stream().map(i -> cite(i, describe.apply(i))).collect(Collectors.toList()));
      }
      return new NotDocumented(missing, List.of());
    }

    private <T extends Item> FactValue optionalFlag(List<T> items,
        java.util.function.Function<T, Optional<Boolean>> value, String missing) {
      var stated = items.stream().filter(i -> value.apply(i).isPresent()).collect(Collectors.toList());
      if (stated.isEmpty()) {
        return new NotDocumented(missing, cites(items));
      }
      return presence(stated, i -> value.apply(i).get(), Item::id, missing);
    }

    private FactValue maxOf(List<Treatment> items,
        java.util.function.Function<Treatment, Optional<Integer>> value, String missing) {
      var stated = items.stream().filter(t -> value.apply(t).isPresent())
          .max(Comparator.comparing(t -> value.apply(t).get()));
      return stated.<FactValue>map(t -> new Quantity(value.apply(t).get(), List.of(cite(t, t.id()))))
          .orElse(new NotDocumented(missing, cites(items)));
    }

    private static List<Evidence> cites(List<? extends Item> items) {
      return items.stream().map(i -> cite(i, describe(i))).collect(Collectors.toList());
    }

    private static String describe(Item item) {
      if (item instanceof Treatment) {
        return ((Treatment) item).service().id().replace('_', ' ');
      }
      if (item instanceof Finding) {
        Finding f = (Finding) item;
        return f.type().id().replace('_', ' ') + " " + f.result().id();
      }
      if (item instanceof Study) {
        return ((Study) item).service().id().replace('_', ' ');
      }
      return item.id();
    }
  }
}
