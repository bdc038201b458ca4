package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.Samples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading case files: the samples read, and every kind of bad input fails with the JSON path of
 * the offending value. The invalid files under {@code src/test/resources/cases-invalid/} are each
 * {@code baseline.json} with one thing broken.
 */
final class CaseFileReaderTest {
  private static final Path INVALID = Path.of("src", "test", "resources", "cases-invalid");
  private static final Path VALID = Path.of("src", "test", "resources", "cases-valid");

  private static String inline(String lists) {
    return "{\"caseId\": \"inline\", \"asOf\": \"2014-06-30\", " + lists
        + " \"requests\": [{\"id\": \"r1\", \"description\": \"MRI\", \"service\": \"mri\", "
        + "\"region\": \"lumbar_spine\"}]}";
  }

  // ---- valid input ------------------------------------------------------------------------

  /** The sample case files, sorted; all five of them. */
  static List<Path> sampleFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Samples.DIR.resolve("cases"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSize(5);
    return files;
  }

  @Test
  void read_sampleCases_allFiveRead() throws IOException {
    List<Path> files = sampleFiles();

    for (Path file : files) {
      CaseFile caseFile = CaseFileReader.read(file);
      assertThat(caseFile.caseId()).as(file.toString())
          .isEqualTo(file.getFileName().toString().replaceFirst("\\.json$", ""));
      assertThat(caseFile.requests()).as(file.toString()).isNotEmpty();
    }
  }

  @Test
  void read_baseline_isValid() throws IOException {
    CaseFile caseFile = CaseFileReader.read(INVALID.resolve("baseline.json"));

    assertThat(caseFile.caseId()).isEqualTo("baseline");
    assertThat(caseFile.asOf()).isEqualTo(LocalDate.of(2014, 6, 30));
    assertThat(caseFile.requests()).extracting(Request::id).containsExactly("req-pt", "req-esi");
    Request pt = caseFile.requests().get(0);
    assertThat(pt.quantity()).contains(12);
    assertThat(pt.frequency()).contains(new Frequency(2, 3, 6));
    assertThat(caseFile.requests().get(1).levels()).containsExactly("C5-C6");
  }

  @Test
  void read_documentedAbsentAndNotDocumented_areKeptApart() throws IOException {
    CaseFile caseFile = CaseFileReader.read(INVALID.resolve("baseline.json"));

    // Documented absent: the record rules out trauma.
    assertThat(caseFile.redFlags()).singleElement().satisfies(flag -> {
      assertThat(flag.kind()).isEqualTo(RedFlagKind.TRAUMA);
      assertThat(flag.present()).isFalse();
    });
    // Not documented: lists the file leaves out are empty, optional fields are empty.
    assertThat(caseFile.events()).isEmpty();
    assertThat(caseFile.plans()).isEmpty();
    assertThat(caseFile.conditions()).isEmpty();
    assertThat(caseFile.diagnoses().get(0).side()).isEmpty();
    assertThat(caseFile.treatments().get(0).functionalImprovement()).isEmpty();
    // The only implied value is the provenance.
    assertThat(caseFile.redFlags().get(0).from()).isEqualTo(Provenance.SUMMARY);
  }

  @Test
  void parse_inlineJson_readsAndNamesTheSourceInErrors() {
    String json = """
        {"caseId": "inline", "asOf": "2014-06-30", "injuryDate": "2014-01-15",
         "requests": [{"id": "r1", "description": "MRI", "service": "mri", "region": "cervical_spine"}]}
        """;

    CaseFile caseFile = CaseFileReader.parse(json, "inline.json");
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.parse(json.replace("\"mri\"", "\"mri_scan\""), "inline.json"));

    assertThat(caseFile.requests()).singleElement()
        .satisfies(r -> assertThat(r.date()).isEqualTo(Optional.empty()));
    assertThat(e).hasMessageStartingWith(
        "inline.json: $.requests[0].service: unknown value 'mri_scan' (expected one of ");
  }

  // ---- invalid input ----------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      malformed-json                 | $                                 | malformed JSON at line 9, column 13
      trailing-content               | $                                 | malformed JSON at line 45, column 1
      not-an-object                  | $                                 | expected an object, was an array
      duplicate-json-key             | $                                 | Duplicate field 'region'
      unknown-top-level-field        | $.employer                        | unknown field (expected one of asOf, caseId,
      unknown-nested-field           | $.findings[0].colour              | unknown field (expected one of codes, date, from, id, level,
      missing-case-id                | $.caseId                          | missing required field
      missing-request-service        | $.requests[0].service             | missing required field
      missing-finding-result         | $.findings[0].result              | missing required field
      missing-requests               | $.requests                        | at least one disputed request
      null-value                     | $.symptoms[0].side                | must not be null
      blank-string                   | $.requests[1].description         | must not be blank
      bad-enum                       | $.requests[0].service             | unknown value 'mri_scan' (expected one of imaging, x_ray, mri, ct,
      string-for-number              | $.treatments[0].reliefPercent     | expected a whole number, was a string
      fractional-number              | $.claimant.age                    | expected a whole number, was a number
      not-a-study                    | $.studies[0].service              | 'physical_therapy' is not a diagnostic study
      bad-date                       | $.findings[0].date                | not a valid date '05/01/2014' (expected yyyy-MM-dd, yyyy-MM or yyyy)
      impossible-date                | $.findings[0].date                | not a valid date '2014-02-30'
      injury-after-as-of             | $.injuryDate                      | injury date 2014-07-01 is after asOf 2014-06-30
      study-after-as-of              | $.studies[0].date                 | date 2014-07-15 is after asOf 2014-06-30
      request-before-injury          | $.requests[0].date                | request date 2013-12-01 is before the injury date 2014-01-15
      ur-before-injury               | $.requests[0].ur.date             | UR decision date 2013-12-01 is before the injury date 2014-01-15
      end-before-start               | $.treatments[0].end               | end 2014-01-25 is before start 2014-02-01
      relief-percent-101             | $.treatments[0].reliefPercent     | must be at most 100, was 101
      negative-quantity              | $.requests[0].quantity            | must be at least 1, was 0
      duplicate-item-id              | $.studies[0].id                   | duplicate id 'exam-sensory' (also at $.findings[0])
      duplicate-request-id           | $.requests[1].id                  | duplicate id 'req-pt' (also at $.requests[0])
      request-id-of-item             | $.requests[1].id                  | duplicate id 'dx-neck' (also at $.diagnoses[0])
      quantity-not-fitting-frequency | $.requests[0].quantity            | quantity 20 does not fit the frequency (12 to 18 visits)
      frequency-max-below-min        | $.requests[0].frequency.perWeekMax | must be at least perWeekMin (3), was 2
      bad-finding-level              | $.findings[0].level               | not a spinal level 'C6 dermatome'
      bad-request-level              | $.requests[1].levels[1]           | not a spinal level 'c6-7'
      frequency-overflow             | $.requests[0].frequency.perWeekMin | must be at most 21, was 65536
      frequency-too-many-a-day       | $.requests[0].frequency.rates[0]  | at most 3 visits a day is possible, was 4
      frequency-longer-than-a-year   | $.requests[0].frequency           | duration must be at most a year (52 weeks, 12 months), was 53 weeks
      quantity-too-large             | $.requests[1].quantity            | must be at most 10000, was 10001
      bad-unit                       | $.requests[1].quantity.unit       | unknown value 'vists' (expected one of visits, sessions,
      bad-partial-date               | $.findings[0].date                | not a valid date '2014-13' (expected yyyy-MM-dd, yyyy-MM or yyyy)
      bounded-end-before-start       | $.treatments[0].end               | end before 2014-03-01 is before start after 2014-03-31
      bad-date-object                | $.treatments[0].start.about       | not allowed together with after
      bad-code                       | $.diagnoses[0].codes[0].code      | not a icd10 code 'neck pain'
      surgery-not-a-surgery          | $.surgeries[0].kind               | 'physical_therapy' is not a surgery
      observation-unknown-about      | $.observations[0].about           | no item of the file has id 'med-x'
      pain-score-11                  | $.medications[0].painWith         | must be at most 10, was 11
      rental-duration-for-purchase   | $.requests[1]                     | a rental duration needs acquisition 'rental'
      regions-without-region         | $.requests[1].regions             | must include region 'cervical_spine'
      """)
  void read_invalidFile_failsAtPath(String name, String path, String problem) {
    String file = name + ".json";

    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.read(INVALID.resolve(file)));

    assertThat(e).as("%s should not read", file).isNotNull();
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.problem()).contains(problem);
    assertThat(e).hasMessageStartingWith(file + ": " + path + ": ");
  }


  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      malformed-json          | malformed_json
      unknown-nested-field    | unknown_field
      missing-finding-result  | missing_field
      null-value              | wrong_type
      string-for-number       | wrong_type
      bad-enum                | unknown_value
      relief-percent-101      | bad_value
      frequency-overflow      | bad_value
      bad-date                | bad_date
      end-before-start        | date_order
      request-before-injury   | date_order
      duplicate-item-id       | duplicate_id
      observation-unknown-about | unknown_reference
      quantity-not-fitting-frequency | inconsistent
      """)
  void validate_invalidFile_givesStableCode(String name, String code) throws IOException {
    List<CaseFileProblem> problems = CaseFileReader.validate(INVALID.resolve(name + ".json"));

    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).code().id()).isEqualTo(code);
  }

  @Test
  void read_manyProblems_reportsEveryOneInFileOrder() {
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.read(INVALID.resolve("many-problems.json")));

    assertThat(e.problems()).extracting(CaseFileProblem::code, CaseFileProblem::path).containsExactly(
        tuple(CaseFileProblem.Code.MISSING_FIELD, "$.diagnoses[0].category"),
        tuple(CaseFileProblem.Code.UNKNOWN_FIELD, "$.findings[0].colour"),
        tuple(CaseFileProblem.Code.UNKNOWN_VALUE, "$.requests[0].service"),
        tuple(CaseFileProblem.Code.DATE_ORDER, "$.treatments[0].end"));
    assertThat(e.getMessage().split("\n")).hasSize(4)
        .allSatisfy(line -> assertThat(line).startsWith("many-problems.json: $."));
    assertThat(e).hasMessageStartingWith("many-problems.json: $.diagnoses[0].category: missing required field\n");
  }

  @Test
  void validate_samplesAndBaseline_haveNoProblems() throws IOException {
    for (Path file : sampleFiles()) {
      assertThat(CaseFileReader.validate(file)).as(file.toString()).isEmpty();
    }
    assertThat(CaseFileReader.validate(VALID.resolve("real-record.json"))).isEmpty();
  }

  // ---- records as they really are ---------------------------------------------------------

  @Test
  void read_partialAndBoundedDates_areSpansWithoutExactDays() throws IOException {
    CaseFile file = CaseFileReader.read(VALID.resolve("real-record.json"));

    assertThat(file.injuryDate()).isEmpty();
    assertThat(file.injuryDateSpan()).isEmpty();
    Diagnosis dx = file.diagnoses().get(0);
    assertThat(dx.date()).isEmpty();
    assertThat(dx.dateSpan()).contains(DateSpan.between(LocalDate.of(2014, 9, 1), LocalDate.of(2014, 9, 30)));
    Symptom leg = file.symptoms().get(0);
    assertThat(leg.onset()).isEmpty();
    assertThat(leg.onsetSpan()).contains(DateSpan.between(LocalDate.of(2014, 6, 2), LocalDate.of(2014, 12, 31)));
    Treatment pt = file.treatments().get(0);
    assertThat(pt.startSpan()).contains(DateSpan.between(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)));
    assertThat(pt.endSpan()).hasValueSatisfying(end -> {
      assertThat(end.approximate()).isTrue();
      assertThat(end.exact()).isEmpty();
    });
    assertThat(file.studies().get(0).date()).contains(LocalDate.of(2015, 1, 20));
  }

  @Test
  void read_boundedDatesThatMayBeInOrder_areAccepted() {
    // Ended "before March 2014", started "in 2014": possible (January or February), so no error.
    String json = inline("\"treatments\": [{\"id\": \"t\", \"service\": \"massage\", "
        + "\"start\": \"2014\", \"end\": {\"before\": \"2014-03\"}}],");

    CaseFile file = CaseFileReader.parse(json, "inline.json");

    assertThat(file.treatments().get(0).endSpan())
        .contains(new DateSpan(Optional.empty(), Optional.of(LocalDate.of(2014, 2, 28)), false));
  }

  @Test
  void read_dateSpanAfterAsOfOnlyWhenCertain() {
    String possible = inline("\"studies\": [{\"id\": \"s\", \"service\": \"mri\", "
        + "\"region\": \"lumbar_spine\", \"date\": \"2014-06\"}],");
    String certain = possible.replace("\"2014-06\"", "{\"after\": \"2014-06\"}");

    assertThat(CaseFileReader.validate(possible)).isEmpty();
    assertThat(CaseFileReader.validate(certain)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(CaseFileProblem.Code.DATE_ORDER);
      assertThat(p.path()).isEqualTo("$.studies[0].date");
    });
  }

  @Test
  void read_newLists_keepWhatTheRecordSays() throws IOException {
    CaseFile file = CaseFileReader.read(VALID.resolve("real-record.json"));

    assertThat(file.treatments().get(1).isNotGiven()).isTrue();
    assertThat(file.treatments().get(2).completed()).contains(false);
    assertThat(file.treatments().get(2).authorized()).contains(true);
    assertThat(file.studies().get(0).side()).contains(Side.BILATERAL);
    assertThat(file.studies().get(0).codes()).containsExactly(new StandardCode(CodeSystem.CPT, "95886"));
    assertThat(file.surgeries()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(Service.of("fusion_surgery"));
      assertThat(s.levels()).containsExactly("L4-L5");
    });
    assertThat(file.examSummaries().get(0).consistentWith()).contains(DiagnosisCategory.of("radiculopathy"));
    Medication norco = file.medications().get(0);
    assertThat(norco.dose()).contains(new Dose(java.math.BigDecimal.TEN, Unit.MG));
    assertThat(norco.quantity()).contains(new Amount(60, Unit.TABLETS));
    assertThat(norco.rate()).contains(new Rate(4, 4, Unit.TABLETS, Per.DAY));
    assertThat(norco.painWith()).contains(5);
    assertThat(norco.sideEffects()).containsExactly("constipation");
    assertThat(file.observations()).extracting(o -> o.code().id())
        .containsExactly("morphine_equivalent_dose", "urine_drug_screen_consistent");
    assertThat(file.observations().get(0).about()).contains("med-norco");
    assertThat(file.item("obs-med")).isPresent();
  }

  @Test
  void read_requestQuantitiesFrequenciesAndEquipment() throws IOException {
    CaseFile file = CaseFileReader.read(VALID.resolve("real-record.json"));

    Request pt = file.request("req-pt").orElseThrow();
    assertThat(pt.quantity()).contains(12);
    assertThat(pt.unit()).contains(Unit.SESSIONS);
    Request frp = file.request("req-frp").orElseThrow();
    assertThat(frp.regions()).containsExactly(Region.LUMBAR_SPINE, Region.CERVICAL_SPINE);
    // 4 days a week for 3 months: 12 to 14 weeks of 4 days.
    assertThat(frp.frequency().orElseThrow().minVisits()).isEqualTo(48);
    assertThat(frp.frequency().orElseThrow().maxVisits()).isEqualTo(56);
    Request tens = file.request("req-tens").orElseThrow();
    assertThat(tens.acquisition()).contains(Acquisition.RENTAL);
    assertThat(tens.rentalDuration()).contains(new Amount(28, Unit.DAYS));
    assertThat(tens.regions()).containsExactly(Region.LUMBAR_SPINE);
    assertThat(file.request("req-esi").orElseThrow().isBilateral()).isTrue();
    // The plain form still means the service's natural unit.
    assertThat(CaseFileReader.read(INVALID.resolve("baseline.json")).requests().get(0).unit()).isEmpty();
  }

  @Test
  @DisplayName("issue 13: 65 536 a week for 65 536 weeks is refused, not wrapped to 0 visits")
  void frequency_absurdRate_isRefusedNotWrapped() throws IOException {
    List<CaseFileProblem> problems = CaseFileReader.validate(INVALID.resolve("frequency-overflow.json"));

    assertThat(problems).extracting(CaseFileProblem::path).containsExactly(
        "$.requests[0].frequency.perWeekMin", "$.requests[0].frequency.perWeekMax",
        "$.requests[0].frequency.weeks");
    assertThatThrownBy(() -> new Frequency(65_536, 65_536, 65_536))
        .isInstanceOf(IllegalArgumentException.class);
    Frequency most = new Frequency(List.of(new Rate(3, 3, Unit.VISITS, Per.DAY)), new Amount(1, Unit.YEARS));
    assertThat(most.maxVisits()).isEqualTo(3 * 366);
    assertThat(most.minVisits()).isPositive();
  }

  @Test
  void parse_emptyText_failsAtRoot() {
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.parse("", "empty.json"));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).isEqualTo("empty file");
  }
}
