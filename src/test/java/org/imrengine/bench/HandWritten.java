package org.imrengine.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imrengine.model.Approach;
import org.imrengine.model.CaseFile;
import org.imrengine.model.DiagnosisCategory;
import org.imrengine.model.FindingResult;
import org.imrengine.model.FindingType;
import org.imrengine.model.Radiation;
import org.imrengine.model.Region;
import org.imrengine.model.Request;
import org.imrengine.model.Response;
import org.imrengine.model.Service;
import org.imrengine.model.StudyResult;
import org.imrengine.model.Treatment;

/**
 * Hand-written Java versions of three rules of different families, the baseline the engine's
 * speed is measured against: {@code cervical_mri_initial} (ACOEM chapter 8 imaging),
 * {@code epidural_steroid_injection} (Chronic Pain, injections) and {@code physical_medicine}
 * (Chronic Pain, visit limits by diagnosis). Each reads the case directly and answers only
 * whether the request is medically necessary (Overturned): no trace, no evidence, no advice.
 * {@code HandWrittenTest} checks that they agree with the engine over a synthetic corpus.
 */
final class HandWritten {
  private static final Set<Service.Kind> CONSERVATIVE =
      Set.of(Service.Kind.CONSERVATIVE, Service.Kind.EXERCISE, Service.Kind.DRUG);
  private static final Set<Response> FAILED =
      Set.of(Response.PARTIAL_RELIEF, Response.NO_IMPROVEMENT, Response.WORSENED);

  private HandWritten() {}

  /** Cervical MRI, initial study (MTUS ACOEM chapter 8, pp. 177-179). */
  static boolean cervicalMriInitial(CaseFile file, Request r) {
    Region region = r.region();
    boolean red = file.redFlags().stream()
        .anyMatch(f -> f.present() && f.region().map(region::equals).orElse(true));
    if (red) {
      return true;
    }
    List<Treatment> care = conservativeCare(file, r);
    if (!failed(care) || weeksOfCare(care, r.decisionDate(file.asOf())) < 4) {
      return false;
    }
    int neuro = (dermatomal(file, region) ? 1 : 0) + (abnormal(file, FindingType.of("motor"), region) ? 1 : 0)
        + (abnormal(file, FindingType.of("reflex"), region) ? 1 : 0);
    boolean emg = file.studies().stream().anyMatch(s -> s.region() == region
        && s.service() == Service.of("emg_ncv") && s.result().orElse(null) == StudyResult.ABNORMAL);
    boolean strengthening = care.stream().anyMatch(t -> t.service().kind() == Service.Kind.EXERCISE
        && t.response().map(x -> x == Response.NO_IMPROVEMENT || x == Response.WORSENED).orElse(false));
    boolean invasive = file.plans().stream().anyMatch(p -> p.present() && p.region() == region
        && (p.service().kind() == Service.Kind.INJECTION || p.service().kind() == Service.Kind.SURGERY));
    return neuro >= 2 || emg || strengthening || invasive;
  }

  /** Whether the cervical MRI rule for an initial study applies: no prior MRI of the region. */
  static boolean noPriorMri(CaseFile file, Request r) {
    return file.studies().stream().noneMatch(s -> s.region() == r.region() && s.service() == r.service());
  }

  /** Epidural steroid injection (MTUS Chronic Pain, p. 46). */
  static boolean epiduralSteroidInjection(CaseFile file, Request r) {
    Region region = r.region();
    boolean radicularPain = file.symptoms().stream()
        .anyMatch(s -> s.region() == region && s.radiation().orElse(null) == Radiation.DERMATOMAL);
    boolean signs = dermatomal(file, region) || abnormal(file, FindingType.of("motor"), region)
        || abnormal(file, FindingType.of("reflex"), region) || abnormal(file, FindingType.of("provocative_test"), region);
    boolean corroborated = file.studies().stream()
        .anyMatch(s -> s.region() == region && s.radiculopathy().orElse(false));
    if (!radicularPain || !signs || !corroborated || !failed(conservativeCare(file, r))) {
      return false;
    }
    List<Treatment> prior = prior(file, r);
    if (!prior.isEmpty()) {
      int relief = prior.stream().flatMap(t -> t.reliefPercent().stream()).max(Integer::compare).orElse(-1);
      int weeks = prior.stream().flatMap(t -> t.reliefWeeks().stream()).max(Integer::compare).orElse(-1);
      boolean function = prior.stream().anyMatch(t -> t.functionalImprovement().orElse(false));
      if (relief < 50 || weeks < 6 || !function) {
        return false;
      }
    }
    // Planned without image guidance: the record says so about this request.
    if (file.observations().stream().anyMatch(o -> o.code().id().equals("image_guidance")
        && o.about().map(r.id()::equals).orElse(false) && !o.present().orElse(true))) {
      return false;
    }
    // The level injected matches the radiculopathy: a sensory deficit or a study at a requested level.
    boolean deficitAtLevel = file.findings().stream().anyMatch(f -> f.type() == FindingType.of("sensory")
        && f.region() == region && onSide(f.side(), r) && f.result() == FindingResult.ABNORMAL
        && f.level().map(l -> touchesAny(l, r.levels())).orElse(false));
    boolean studyAtLevel = file.studies().stream().anyMatch(st -> st.region() == region
        && onSide(st.side(), r) && st.radiculopathy().orElse(false)
        && st.level().map(l -> touchesAny(l, r.levels())).orElse(false));
    if (!deficitAtLevel && !studyAtLevel) {
      return false;
    }
    // At most four blocks in the region a year: at most three in the 52 weeks before.
    LocalDate decision = r.date().orElse(file.asOf());
    LocalDate yearBefore = decision.minusWeeks(52);
    long pastYear = prior.stream()
        .filter(t -> t.start().or(() -> t.dateSpan().flatMap(sp -> sp.exact()))
            .map(day -> !day.isBefore(yearBefore)).orElse(false))
        .mapToLong(t -> t.visits().orElse(1)).sum();
    if (pastYear > 3) {
      return false;
    }
    long levels = levels(r.levels());
    long interlaminar = r.approach().map(a -> a == Approach.TRANSFORAMINAL ? 0L : levels).orElse(0L);
    return levels <= 2 && interlaminar <= 1;
  }

  /** Physical therapy (MTUS Chronic Pain, Physical Medicine, pp. 98-99). */
  static boolean physicalMedicine(CaseFile file, Request r) {
    Region region = r.region();
    if (file.diagnoses().stream().noneMatch(d -> d.region().map(region::equals).orElse(false))) {
      return false;
    }
    List<Treatment> prior = prior(file, r);
    if (!prior.isEmpty()) {
      boolean improved = prior.stream().anyMatch(t -> t.functionalImprovement().orElse(false));
      LocalDate last = prior.stream().map(t -> t.end().or(t::start).or(() -> t.dateSpan().flatMap(s -> s.exact())))
          .flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(null);
      boolean flareUp = file.events().stream().anyMatch(e -> e.present()
          && (e.kind().id().equals("flare_up") || e.kind().id().equals("new_injury"))
          && e.region().map(region::equals).orElse(true)
          && (last == null || e.dateSpan().flatMap(s -> s.exact()).map(d -> d.isAfter(last)).orElse(true)));
      boolean homeExercise = conservativeCare(file, r).stream().anyMatch(t -> t.service() == Service.of("home_exercise")
          && t.response().orElse(null) == Response.UNABLE_TO_PERFORM);
      if (!improved && !flareUp && !homeExercise) {
        return false;
      }
    }
    Optional<Integer> visits = r.quantity().or(() -> r.frequency().map(f -> f.minVisits()));
    if (visits.isEmpty()) {
      return false;
    }
    int allowed = 0;
    for (var d : file.diagnoses()) {
      if (d.region().map(region::equals).orElse(true)) {
        allowed = Math.max(allowed, visitLimit(d.category()));
      }
    }
    return visits.get() <= allowed;
  }

  private static int visitLimit(DiagnosisCategory c) {
    switch (c.id()) {
      case "crps":
        return 24;
      case "myalgia_myositis": case "myofascial_pain": case "neck_pain": case "thoracic_pain":
      case "low_back_pain": case "sprain_strain": case "degenerative_disc_disease": case "spondylosis":
      case "disc_herniation": case "chronic_pain_syndrome": case "radiculopathy":
      case "neuralgia_neuritis": case "peripheral_nerve_entrapment":
        return 10;
      default:
        return 0;
    }
  }

  private static List<Treatment> conservativeCare(CaseFile file, Request r) {
    List<Treatment> out = new ArrayList<>();
    for (Treatment t : file.treatments()) {
      if (CONSERVATIVE.contains(t.service().kind()) && t.region().map(r.region()::equals).orElse(true)
          && t.given().orElse(true)) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<Treatment> prior(CaseFile file, Request r) {
    List<Treatment> out = new ArrayList<>();
    for (Treatment t : file.treatments()) {
      if (t.service() == r.service() && t.region().map(r.region()::equals).orElse(true) && t.given().orElse(true)) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean failed(List<Treatment> care) {
    return care.stream().anyMatch(t -> t.response().map(FAILED::contains).orElse(false));
  }

  /** Weeks covered by the dated periods of care (joined where they overlap), or the longest stated. */
  private static long weeksOfCare(List<Treatment> care, LocalDate decision) {
    List<LocalDate[]> periods = new ArrayList<>();
    long stated = -1;
    for (Treatment t : care) {
      if (t.start().isPresent()) {
        LocalDate end = t.end().orElse(decision);
        periods.add(new LocalDate[] {t.start().get(), end.isBefore(t.start().get()) ? t.start().get() : end});
      } else if (t.weeks().isPresent()) {
        stated = Math.max(stated, t.weeks().get());
      }
    }
    periods.sort(Comparator.comparing(p -> p[0]));
    long days = 0;
    LocalDate from = null;
    LocalDate to = null;
    for (LocalDate[] p : periods) {
      if (to == null || p[0].isAfter(to)) {
        if (to != null) {
          days += ChronoUnit.DAYS.between(from, to);
        }
        from = p[0];
        to = p[1];
      } else if (p[1].isAfter(to)) {
        to = p[1];
      }
    }
    if (to != null) {
      days += ChronoUnit.DAYS.between(from, to);
    }
    return Math.max(days / 7, stated);
  }

  private static boolean dermatomal(CaseFile file, Region region) {
    return file.findings().stream().anyMatch(f -> f.type() == FindingType.of("sensory") && f.region() == region
        && f.result() == FindingResult.ABNORMAL && f.level().isPresent());
  }

  private static boolean abnormal(CaseFile file, FindingType type, Region region) {
    return file.findings().stream()
        .anyMatch(f -> f.type() == type && f.region() == region && f.result() == FindingResult.ABNORMAL);
  }

  /** Spinal segments: L4-L5 is one, L4-S1 two, a single level one. */
  private static long levels(List<String> levels) {
    long n = 0;
    for (String level : levels) {
      int dash = level.indexOf('-');
      if (dash < 0) {
        n += 1;
        continue;
      }
      String a = level.substring(0, dash);
      String b = level.substring(dash + 1);
      if (Character.isDigit(b.charAt(0))) {
        b = a.charAt(0) + b;
      }
      n += Math.max(1, Math.abs(ordinal(b) - ordinal(a)));
    }
    return n;
  }

  private static int ordinal(String level) {
    int number = Integer.parseInt(level.substring(1));
    switch (level.charAt(0)) {
      case 'C':
        return number;
      case 'T':
        return 7 + number;
      case 'L':
        return 19 + number;
      default:
        return 24 + number;
    }
  }

  /** Whether an item's side is on the request's (either side for a bilateral or side-less request). */
  private static boolean onSide(Optional<org.imrengine.model.Side> side, Request r) {
    if (r.side().isEmpty() || r.side().get() == org.imrengine.model.Side.BILATERAL || side.isEmpty()) {
      return true;
    }
    return side.get() == r.side().get() || side.get() == org.imrengine.model.Side.BILATERAL;
  }

  private static final List<String> SPINE = spine();

  private static List<String> spine() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      out.add("C" + i);
    }
    for (int i = 1; i <= 12; i++) {
      out.add("T" + i);
    }
    for (int i = 1; i <= 5; i++) {
      out.add("L" + i);
    }
    out.add("S1");
    return out;
  }

  /** The discs (by the index of the vertebra above) a level concerns: a segment its own, a root the two beside it. */
  private static Set<Integer> discs(String level) {
    String[] ends = level.toUpperCase(java.util.Locale.ROOT).split("-");
    int first = SPINE.indexOf(ends[0]);
    if (first < 0) {
      return Set.of();
    }
    if (ends.length == 1) {
      return Set.of(first - 1, first);
    }
    String last = Character.isDigit(ends[1].charAt(0)) ? ends[0].charAt(0) + ends[1] : ends[1];
    int to = SPINE.indexOf(last);
    Set<Integer> out = new java.util.HashSet<>();
    for (int i = first; i < to; i++) {
      out.add(i);
    }
    return out;
  }

  private static boolean touchesAny(String level, List<String> requested) {
    Set<Integer> mine = discs(level);
    return requested.stream().anyMatch(q -> discs(q).stream().anyMatch(mine::contains));
  }
}
